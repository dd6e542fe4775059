#pragma once

#include "export/exportprogress.h"
#include "export/exportsummary.h"

#include <QCoreApplication>
#include <QString>

// The words of the export panel: sizes, speed, time left, the progress line and the summary.
class ExportProgressText final
{
    Q_DECLARE_TR_FUNCTIONS(ExportProgressText)

public:
    static QString bytes(qint64 bytes);                 // "812 KB", "1.4 MB"
    static QString speed(double bytesPerSecond);        // "8.1 MB/s"
    static QString timeLeft(qint64 seconds);            // "about 12 s left", "3 min 05 s left"
    // "312 of 1,234 files · 45.2 MB of 120 MB · 8.1 MB/s · about 12 s left"
    static QString progressLine(const ExportProgress &progress);
    // The percentage for the overall bar (-1: busy, unknown): by bytes when known, else by files.
    static int percent(const ExportProgress &progress);
    // "Exported 10 files, skipped 2, 1 failed." plus the stop reason, cancel and total-change notes.
    static QString summaryLine(const ExportSummary &summary);
    // One line a failure: "path (id): reason".
    static QString failuresText(const ExportSummary &summary, int max = 50);
};
