#pragma once

#include <QByteArray>
#include <QtGlobal>

// A byte range of a partial response (RFC 9110 14.4): the Content-Range header of a 206,
// "bytes FIRST-LAST/TOTAL" or "bytes FIRST-LAST/*" (total unknown), and the Range request header
// the client resumes a download with ("bytes=OFFSET-").
class ContentRange final
{
public:
    qint64 first = -1;
    qint64 last = -1;   // inclusive
    qint64 total = -1;  // the whole file's size; -1 when the server wrote "*"

    // 0 <= first <= last, and last < total when the total is known.
    bool isValid() const;
    qint64 length() const { return isValid() ? last - first + 1 : 0; }

    // A Content-Range header; false (and *out untouched) unless it is one valid range: the unit
    // "bytes" (any case), decimal numbers without sign, and first <= last < total. The form of
    // a 416 ("bytes */TOTAL") names no range: false.
    static bool parse(const QByteArray &header, ContentRange *out);
    // The header for a valid range ("bytes 0-99/1000"); empty for an invalid one.
    QByteArray format() const;

    // The Range request header for the bytes from offset to the end ("bytes=OFFSET-").
    static QByteArray requestFrom(qint64 offset);

    bool operator==(const ContentRange &o) const { return first == o.first && last == o.last && total == o.total; }
    bool operator!=(const ContentRange &o) const { return !(*this == o); }
};
