#pragma once

#include "clioptions.h"
#include "cliprogress.h"

#include <QObject>

class ApiClient;
class ExportJob;
struct ExportSummary;

// `files export` (metadata of every matching file to CSV/JSON, --output - for stdout) and
// `files download` (media and/or transcripts into --dest with manifest.csv): one ExportJob,
// progress on stderr, a summary line at the end, exit code 1 when anything failed.
class FileExportCommand final : public QObject
{
    Q_OBJECT
public:
    FileExportCommand(ApiClient *client, const CliOptions &options, QObject *parent = nullptr);

    void run();

signals:
    void finished(int exitCode);

private:
    void onFinished(const ExportSummary &summary);

    ApiClient *m_client;
    CliOptions m_options;
    CliProgress m_progress;
    bool m_quiet = false;
};
