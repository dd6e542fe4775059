#pragma once

#include "exportoptions.h"
#include "exportprogress.h"
#include "exportsummary.h"

#include <QObject>

#include <memory>

class ApiClient;
class ExportJobPrivate;

// Runs one export: lists the files (ExportOptions::Source), writes the metadata file streamed,
// downloads media and writes transcripts through a DownloadQueue, appends manifest.csv as files
// finish, and reports a summary. Lives on the client's thread; never blocks it.
class ExportJob final : public QObject
{
    Q_OBJECT
public:
    ExportJob(ApiClient *client, const ExportOptions &options, QObject *parent = nullptr);
    ~ExportJob() override;  // cancels when still running

    const ExportOptions &options() const;
    bool isRunning() const;
    bool isPaused() const;

public slots:
    void start();    // once; finished() follows (also for options that do not validate)
    void pause();    // running downloads are aborted, their bytes kept; listing stops
    void resume();   // continues, with Range requests for the partial files
    void cancel();   // finished() with cancelled=true; partial files are never marked complete

signals:
    void progressChanged(const ExportProgress &progress);
    void finished(const ExportSummary &summary);

private:
    std::unique_ptr<ExportJobPrivate> d;
};
