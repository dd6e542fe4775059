#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

// One file being downloaded right now.
struct ExportFileProgress
{
    QString id;
    QString path;                  // relative to the export folder
    qint64 bytesDone = 0;
    qint64 bytesTotal = -1;        // -1 when unknown
};

// A snapshot of a running export, emitted at most ~10 times a second.
struct ExportProgress
{
    enum class Phase { Listing, Downloading, Finishing };
    Phase phase = Phase::Listing;
    qint64 filesListed = 0;        // rows read from the API so far
    qint64 filesDone = 0;          // finished (ok + skipped + failed)
    qint64 filesTotal = -1;        // -1 while unknown
    qint64 bytesDone = 0;
    qint64 bytesTotal = -1;        // sum of the known contentLength, -1 while unknown
    double bytesPerSecond = 0;     // over the last few seconds
    qint64 secondsLeft = -1;       // -1 when unknown
    bool paused = false;
    QList<ExportFileProgress> running;
};
Q_DECLARE_METATYPE(ExportProgress)
