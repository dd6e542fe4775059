#include "cliprogress.h"

#include "tablewriter.h"

#include <QCoreApplication>

#include <cstdio>
#include <unistd.h>

namespace {

QString timeText(qint64 seconds)
{
    if (seconds < 0)
        return QStringLiteral("--:--");
    return seconds >= 3600 ? QStringLiteral("%1:%2:%3").arg(seconds / 3600).arg((seconds / 60) % 60, 2, 10, QLatin1Char('0')).arg(seconds % 60, 2, 10, QLatin1Char('0'))
                           : QStringLiteral("%1:%2").arg(seconds / 60, 2, 10, QLatin1Char('0')).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}
} // namespace

CliProgress::CliProgress()
    : m_terminal(isatty(fileno(stderr)) != 0)
{
}

QString CliProgress::bytesText(qint64 bytes)
{
    const double b = double(qMax<qint64>(0, bytes));
    if (b >= 1e9)
        return QStringLiteral("%1 GB").arg(b / 1e9, 0, 'f', 2);
    if (b >= 1e6)
        return QStringLiteral("%1 MB").arg(b / 1e6, 0, 'f', 1);
    if (b >= 1e3)
        return QStringLiteral("%1 kB").arg(b / 1e3, 0, 'f', 0);
    return QStringLiteral("%1 B").arg(qint64(b));
}

QString CliProgress::plainLine(const ExportProgress &p)
{
    const QString total = p.filesTotal >= 0 ? QString::number(p.filesTotal) : QStringLiteral("?");
    QString line = tr("%1/%2 files").arg(p.filesDone).arg(total);
    if (p.phase == ExportProgress::Phase::Listing)
        line = tr("listed %1/%2 files").arg(p.filesListed).arg(total);
    if (p.bytesDone > 0 || p.bytesTotal > 0)
        line += QStringLiteral(", %1").arg(bytesText(p.bytesDone))
            + (p.bytesTotal >= 0 ? QStringLiteral(" / %1").arg(bytesText(p.bytesTotal)) : QString());
    if (p.bytesPerSecond > 0)
        line += QStringLiteral(", %1/s").arg(bytesText(qint64(p.bytesPerSecond)));
    if (p.secondsLeft >= 0)
        line += tr(", %1 left").arg(timeText(p.secondsLeft));
    if (p.paused)
        line += tr(" (paused)");
    return line;
}

QString CliProgress::barLine(const ExportProgress &p, int width)
{
    const QString text = plainLine(p);
    const int barWidth = qMax(10, width - TableWriter::displayWidth(text) - 4);
    double fraction = 0;
    if (p.bytesTotal > 0)
        fraction = double(p.bytesDone) / double(p.bytesTotal);
    else if (p.filesTotal > 0)
        fraction = double(p.phase == ExportProgress::Phase::Listing ? p.filesListed : p.filesDone) / double(p.filesTotal);
    const int filled = qBound(0, int(fraction * barWidth), barWidth);
    return QLatin1Char('[') + QString(filled, QLatin1Char('#')) + QString(barWidth - filled, QLatin1Char('-'))
        + QStringLiteral("] ") + text;
}

void CliProgress::update(const ExportProgress &p)
{
    if (m_terminal) {
        if (m_last.isValid() && m_last.elapsed() < 200)
            return;
        m_last.start();
        const QString line = barLine(p, qMin(TableWriter::terminalWidth(), 120) - 1);
        std::fprintf(stderr, "\r%s\x1b[K", qPrintable(line));
        std::fflush(stderr);
        m_drawn = true;
        return;
    }
    if (m_last.isValid() && m_last.elapsed() < 2000)
        return;
    m_last.start();
    std::fprintf(stderr, "evovoice-cli: %s\n", qPrintable(plainLine(p)));
    std::fflush(stderr);
}

void CliProgress::done()
{
    if (m_terminal && m_drawn)
        std::fputs("\n", stderr);
}
