#include "exportprogresstext.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>


QString ExportProgressText::bytes(qint64 bytes)
{
    return QLocale().formattedDataSize(qMax<qint64>(bytes, 0), 1, QLocale::DataSizeSIFormat);
}

QString ExportProgressText::speed(double bytesPerSecond)
{
    return tr("%1/s", "a download speed").arg(bytes(qint64(bytesPerSecond)));
}

QString ExportProgressText::timeLeft(qint64 seconds)
{
    if (seconds < 0)
        return QString();
    if (seconds < 60)
        return tr("about %1 s left").arg(qMax<qint64>(seconds, 1));
    if (seconds < 3600)
        return tr("about %1 min %2 s left").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return tr("about %1 h %2 min left").arg(seconds / 3600).arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
}

QString ExportProgressText::progressLine(const ExportProgress &p)
{
    const QLocale locale;
    QStringList parts;
    switch (p.phase) {
    case ExportProgress::Phase::Listing:
        if (p.filesTotal >= 0)
            parts << tr("Listing files: %1 of %2").arg(locale.toString(p.filesListed), locale.toString(p.filesTotal));
        else
            parts << tr("Listing files: %1").arg(locale.toString(p.filesListed));
        break;
    case ExportProgress::Phase::Downloading:
    case ExportProgress::Phase::Finishing:
        if (p.filesTotal >= 0)
            parts << tr("%1 of %2 files").arg(locale.toString(p.filesDone), locale.toString(p.filesTotal));
        else
            parts << tr("%1 files").arg(locale.toString(p.filesDone));
        break;
    }
    if (p.bytesTotal > 0)
        parts << tr("%1 of %2", "bytes done of total").arg(bytes(p.bytesDone), bytes(p.bytesTotal));
    else if (p.bytesDone > 0)
        parts << bytes(p.bytesDone);
    if (p.paused) {
        parts << tr("paused");
    } else {
        if (p.bytesPerSecond > 0)
            parts << speed(p.bytesPerSecond);
        const QString left = timeLeft(p.secondsLeft);
        if (!left.isEmpty())
            parts << left;
    }
    if (p.phase == ExportProgress::Phase::Finishing)
        parts << tr("finishing");
    return parts.join(QStringLiteral(" · "));
}

int ExportProgressText::percent(const ExportProgress &p)
{
    if (p.bytesTotal > 0)
        return int(qBound(qint64(0), p.bytesDone * 100 / p.bytesTotal, qint64(100)));
    if (p.filesTotal > 0)
        return int(qBound(qint64(0), p.filesDone * 100 / p.filesTotal, qint64(100)));
    return -1;
}

QString ExportProgressText::summaryLine(const ExportSummary &s)
{
    const QLocale locale;
    QStringList parts;
    const QString exported = s.exported == 1 ? tr("Exported 1 file") : tr("Exported %1 files").arg(locale.toString(s.exported));
    parts << tr("%1, skipped %2 already complete, %3 failed.", "Exported N files, ...")
                 .arg(exported, locale.toString(s.skipped), locale.toString(s.failed));
    if (s.cancelled)
        parts << tr("The export was cancelled; what is finished is kept and listed in the manifest.");
    if (!s.error.isEmpty())
        parts << tr("It stopped early: %1").arg(s.error);
    if (s.totalChanged)
        parts << (s.totalChangedNote.isEmpty() ? tr("The number of matching files changed while exporting.")
                                               : s.totalChangedNote);
    return parts.join(QLatin1Char(' '));
}

QString ExportProgressText::failuresText(const ExportSummary &s, int max)
{
    QStringList lines;
    for (const ExportFailure &f : s.failures) {
        if (lines.size() >= max) {
            lines << tr("… and %1 more (see the manifest)").arg(QLocale().toString(s.failures.size() - max));
            break;
        }
        const QString what = f.path.isEmpty() ? f.id : tr("%1 (%2)", "path (id)").arg(f.path, f.id);
        lines << tr("%1: %2", "file: reason").arg(what, f.reason);
    }
    return lines.join(QLatin1Char('\n'));
}
