#pragma once

#include "fileinfo.h"

#include <QLocale>
#include <QString>

#include <array>

// Turns one FileInfo field into the text a table cell shows (DisplayRole) and the full text of
// its tooltip. Cheap: dates and sizes go through one QLocale kept here (copying the default
// locale per cell would be wasted work), and the short date texts, the one costly format
// (a few microseconds), are kept in a small direct-mapped cache so that repaints of the visible
// rows do not format them again (like Wireshark's bounded column-string cache). GUI thread only.
class FileCellFormatter final
{
public:
    FileCellFormatter();

    void setLocale(const QLocale &locale)
    {
        m_locale = locale;
        m_dates = {};
    }
    QLocale locale() const { return m_locale; }

    // The cell text: dates in local time, locale short format; durations m:ss / h:mm:ss (empty
    // when unknown, or 0 on a file that is not audio); sizes human-readable (empty when unknown);
    // long texts (transcriptions) cut to one short line.
    QString display(const FileInfo &file, FileField field) const;
    // The full value for a tooltip (long date format, exact byte count, transcription up to a
    // few thousand characters). Plain text.
    QString toolTip(const FileInfo &file, FileField field) const;

    QString date(qint64 msSinceEpochUtc, QLocale::FormatType format = QLocale::ShortFormat) const;
    QString size(qint64 bytes) const;
    static QString duration(int seconds);

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
    mutable std::array<CachedDate, kDateCacheSize> m_dates;
};
