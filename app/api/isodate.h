#pragma once

#include <QDateTime>
#include <QString>

#include <cstddef>
#include <limits>

// Date reading and writing for the API: ISO 8601 (with or without offset and fraction) and
// ServiceStack's "/Date(ms±zzzz)/" form, to ms since the epoch (UTC); ISO 8601 UTC out.
class IsoDate final
{
public:
    static constexpr qint64 kInvalid = std::numeric_limits<qint64>::min();

    // UTF-8 text of a JSON string; kInvalid when unreadable. Without an offset the time is UTC.
    static qint64 parseMs(const char *text, std::size_t length);
    static qint64 parseMs(const QString &text);

    // "2026-11-28T08:00:00Z" (".zzz" only when the milliseconds are not zero).
    static QString toIsoUtc(const QDateTime &dateTime);
    static QString msToIsoUtc(qint64 ms);
    // The same text as msToIsoUtc, as ASCII appended to out, without QDateTime (the CSV export
    // writes two dates a row). Returns the number of bytes appended (0 for kInvalid).
    static int appendIsoUtc(qint64 ms, char *out);
    static QDateTime msToDateTime(qint64 ms);  // invalid for kInvalid

    // A date typed by a user: ISO date-time (offset optional: UTC) or a bare date. A bare date
    // is its start (00:00:00 UTC), or its end (23:59:59.999 UTC) when endOfDay.
    static QDateTime parseUserDate(const QString &text, bool endOfDay);
};
