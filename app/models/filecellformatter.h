#pragma once

#include "api/fileinfo.h"

#include <QLocale>
#include <QString>

#include <array>

// The one place where file values become text, in the locale of the chosen language (QLocale's
// default, which LanguageManager sets): the table's cells (display) and tooltips (toolTip), the
// detail pane's values (detail), the status bar's counts (number) and the CLI table.
// Turns one FileInfo field into the text a table cell shows (DisplayRole) and the full text of
// its tooltip. Cheap: dates and sizes go through one QLocale kept here (copying the default
// locale per cell would be wasted work), and the short date texts, the one costly format
// (a few microseconds), are kept in a small direct-mapped cache so that repaints of the visible
// rows do not format them again (like Wireshark's bounded column-string cache). GUI thread only.
class FileCellFormatter final
{
public:
    FileCellFormatter();

    void setLocale(const QLocale &locale);
    QLocale locale() const { return m_locale; }

    // The cell text: dates in local time, locale short format; durations m:ss / h:mm:ss (empty
    // when unknown, or 0 on a file that is not audio); sizes human-readable (empty when unknown);
    // long texts (transcriptions) cut to one short line.
    QString display(const FileInfo &file, FileField field) const;
    // The full value for a tooltip (long date format, exact byte count, transcription up to a
    // few thousand characters). Plain text.
    QString toolTip(const FileInfo &file, FileField field) const;

    // The detail pane's value: durations with the seconds spelled out ("1:05 (65 seconds)"),
    // sizes with the exact byte count, dates with seconds; *toolTip gets what a tooltip adds
    // (the server's ISO 8601 UTC text for dates), or stays empty.
    QString detail(const FileInfo &file, FileField field, QString *toolTip = nullptr) const;

    QString date(qint64 msSinceEpochUtc, QLocale::FormatType format = QLocale::ShortFormat) const;
    // Date and time to the second in the locale's short date and time order ("28.11.2026 08:00:05").
    QString dateTimeWithSeconds(const QDateTime &dateTime) const;
    // The locale's short date (four-digit year) and time, with or without seconds, as a
    // QDateTime pattern: "dd.MM.yyyy HH:mm" (de), "d/M/yyyy H:mm" (es), "M/d/yyyy h:mm AP" (en_US).
    static QString dateTimePattern(const QLocale &locale, bool withSeconds);
    // Sortable and locale-free, to the minute ("2026-11-28 08:00"), for a terminal's table.
    static QString sortableDateTime(const QDateTime &dateTime);
    QString size(qint64 bytes) const;
    QString number(qint64 value) const { return m_locale.toString(value); }
    static QString duration(int seconds);
    // "1:05 (65 seconds)"; empty when unknown.
    static QString longDuration(int seconds);

    static constexpr int kDisplayTextLimit = 240;
    static constexpr int kToolTipTextLimit = 4000;

private:
    struct CachedDate
    {
        qint64 ms = 0;
        QString text;
    };
    static constexpr int kDateCacheSize = 1024;  // 2^10: the slot is the top 10 bits of a hash

    QLocale m_locale;
    QString m_secondsFormat;   // dateTimeWithSeconds()'s pattern for m_locale
    mutable std::array<CachedDate, kDateCacheSize> m_dates;
};
