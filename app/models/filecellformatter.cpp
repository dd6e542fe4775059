#include "filecellformatter.h"

#include <QCoreApplication>
#include <QDateTime>

#include <cstdio>
#include <limits>

namespace {

QString oneLine(const QString &text, int limit)
{
    QString line = text.size() > limit ? text.left(limit) : text;
    for (QChar &c : line) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t'))
            c = QLatin1Char(' ');
    }
    if (text.size() > limit)
        line += QChar(0x2026);
    return line;
}

QString capped(const QString &text, int limit)
{
    if (text.size() <= limit)
        return text;
    return text.left(limit) + QChar(0x2026);
}

} // namespace

FileCellFormatter::FileCellFormatter()
{
    setLocale(QLocale());
}

void FileCellFormatter::setLocale(const QLocale &locale)
{
    m_locale = locale;
    m_dates = {};
    m_secondsFormat = dateTimePattern(locale, true);
}

QString FileCellFormatter::dateTimePattern(const QLocale &locale, bool withSeconds)
{
    // The short date with a four-digit year, and the long time (it has the seconds) without the
    // zone, or the short time.
    QString dateFormat = locale.dateFormat(QLocale::ShortFormat);
    if (!dateFormat.contains(QLatin1String("yyyy")))
        dateFormat.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    QString timeFormat = locale.timeFormat(withSeconds ? QLocale::LongFormat : QLocale::ShortFormat);
    for (const char *zone : {" (t)", "(t)", " tttt", " ttt", " tt", " t", "t"})
        timeFormat.remove(QLatin1String(zone));
    return dateFormat + QLatin1Char(' ') + timeFormat.trimmed();
}

QString FileCellFormatter::dateTimeWithSeconds(const QDateTime &dateTime) const
{
    return dateTime.isValid() ? m_locale.toString(dateTime.toLocalTime(), m_secondsFormat) : QString();
}

QString FileCellFormatter::sortableDateTime(const QDateTime &dateTime)
{
    return dateTime.isValid() ? dateTime.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QString FileCellFormatter::longDuration(int seconds)
{
    if (seconds < 0)
        return {};
    return QCoreApplication::translate("FileCellFormatter", "%1 (%Ln seconds)", "duration: clock (seconds)", seconds)
        .arg(duration(seconds));
}

QString FileCellFormatter::detail(const FileInfo &file, FileField field, QString *toolTip) const
{
    switch (field) {
    case FileField::RecordingDuration:
        return longDuration(file.recordingDuration());
    case FileField::ContentLength: {
        const qint64 bytes = file.contentLength();
        if (bytes < 0)
            return {};
        return QCoreApplication::translate("FileCellFormatter", "%1 (%2 bytes)").arg(size(bytes), number(bytes));
    }
    case FileField::DateCreated:
    case FileField::DateLastModified: {
        const QDateTime dt = field == FileField::DateCreated ? file.dateCreated() : file.dateLastModified();
        if (!dt.isValid())
            return field == FileField::DateCreated ? file.dateCreatedText() : file.dateLastModifiedText();
        if (toolTip)
            *toolTip = file.text(field);   // ISO 8601 UTC, as the server sent it
        return dateTimeWithSeconds(dt);
    }
    case FileField::Uri:
        return file.uri().toString();
    case FileField::Type:
    case FileField::Transcription:
    case FileField::AITranscription:
        return display(file, field);
    default:
        return file.text(field);
    }
}

QString FileCellFormatter::duration(int seconds)
{
    if (seconds < 0)
        return {};
    char buf[32];
    const int h = seconds / 3600;
    const int m = (seconds / 60) % 60;
    const int s = seconds % 60;
    const int n = h > 0 ? std::snprintf(buf, sizeof buf, "%d:%02d:%02d", h, m, s)
                        : std::snprintf(buf, sizeof buf, "%d:%02d", m, s);
    return QString::fromLatin1(buf, n);
}

QString FileCellFormatter::size(qint64 bytes) const
{
    if (bytes < 0)
        return {};
    return m_locale.formattedDataSize(bytes, 1);
}

QString FileCellFormatter::date(qint64 ms, QLocale::FormatType format) const
{
    if (ms == std::numeric_limits<qint64>::min())
        return {};
    if (format != QLocale::ShortFormat)
        return m_locale.toString(QDateTime::fromMSecsSinceEpoch(ms, Qt::LocalTime), format);
    CachedDate &slot = m_dates[std::size_t((quint64(ms) * 0x9E3779B97F4A7C15ull) >> 54)];
    if (slot.ms != ms || slot.text.isNull()) {
        slot.ms = ms;
        slot.text = m_locale.toString(QDateTime::fromMSecsSinceEpoch(ms, Qt::LocalTime), format);
    }
    return slot.text;
}

QString FileCellFormatter::display(const FileInfo &file, FileField field) const
{
    switch (field) {
    case FileField::Id: return file.id();
    case FileField::DateCreated: {
        const qint64 ms = file.dateCreatedMs();
        return ms == std::numeric_limits<qint64>::min() ? file.dateCreatedText() : date(ms);
    }
    case FileField::DateLastModified: {
        const QDateTime dt = file.dateLastModified();
        return dt.isValid() ? m_locale.toString(dt.toLocalTime(), QLocale::ShortFormat)
                            : file.dateLastModifiedText();
    }
    case FileField::CreatedBy: return file.createdBy();
    case FileField::LastModifiedBy: return file.lastModifiedBy();
    case FileField::Type:
        return file.type() == FileType::Unknown ? file.typeText() : fileTypeLabel(file.type());
    case FileField::AccountId: return file.accountId();
    case FileField::AccountName: return file.accountName();
    case FileField::CustomerId: return file.customerId();
    case FileField::CustomerName: return file.customerName();
    case FileField::CustomerBreadcrumb: return file.text(FileField::CustomerBreadcrumb);
    case FileField::UserId: return file.userId();
    case FileField::UserName: return file.userName();
    case FileField::FileName: return file.fileName();
    case FileField::Uri: return file.text(FileField::Uri);
    case FileField::ContentType: return file.contentType();
    case FileField::ContentLength: return size(file.contentLength());
    case FileField::RecordingSid: return file.recordingSid();
    case FileField::RecordingDuration: {
        const int seconds = file.recordingDuration();
        if (seconds <= 0 && !fileTypeIsAudio(file.type()))
            return {};  // a fax or an upload: "0:00" would be noise
        return duration(seconds);
    }
    case FileField::RecordingFrom: return file.recordingFrom();
    case FileField::Transcription:
        return file.hasTranscription() ? oneLine(file.transcription(), kDisplayTextLimit) : QString();
    case FileField::FromAddress: return file.fromAddress();
    case FileField::ToAddress: return file.toAddress();
    case FileField::AITranscription:
        return file.hasAiTranscription() ? oneLine(file.aiTranscription(), kDisplayTextLimit) : QString();
    case FileField::Count: break;
    }
    return {};
}

QString FileCellFormatter::toolTip(const FileInfo &file, FileField field) const
{
    switch (field) {
    case FileField::DateCreated: {
        const qint64 ms = file.dateCreatedMs();
        return ms == std::numeric_limits<qint64>::min() ? file.dateCreatedText()
                                                         : date(ms, QLocale::LongFormat);
    }
    case FileField::DateLastModified: {
        const QDateTime dt = file.dateLastModified();
        return dt.isValid() ? m_locale.toString(dt.toLocalTime(), QLocale::LongFormat)
                            : file.dateLastModifiedText();
    }
    case FileField::ContentLength: {
        const qint64 bytes = file.contentLength();
        if (bytes < 0)
            return {};
        return QCoreApplication::translate("FileCellFormatter", "%1 (%2 bytes)").arg(size(bytes), number(bytes));
    }
    case FileField::Transcription:
        return capped(file.transcription(), kToolTipTextLimit);
    case FileField::AITranscription:
        return capped(file.aiTranscription(), kToolTipTextLimit);
    default:
        return capped(display(file, field), kToolTipTextLimit);
    }
}
