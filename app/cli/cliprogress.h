#pragma once

#include "export/exportprogress.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QString>

// Export progress on stderr (never stdout): a bar redrawn in place on a terminal, plain lines
// (at most one every two seconds) otherwise.
class CliProgress final
{
    Q_DECLARE_TR_FUNCTIONS(CliProgress)

public:
    CliProgress();

    void update(const ExportProgress &progress);
    void done();  // ends the bar's line

    static QString bytesText(qint64 bytes);
    static QString barLine(const ExportProgress &progress, int width);
    static QString plainLine(const ExportProgress &progress);

private:
    bool m_terminal = false;
    bool m_drawn = false;
    QElapsedTimer m_last;
};
