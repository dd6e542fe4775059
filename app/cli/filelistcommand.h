#pragma once

#include "api/apiclient.h"
#include "clioptions.h"

#include <QObject>

class FilePager;

// "files list": one page (default), or every page up to --limit through FilePager; the result is
// written to stdout in the chosen format; errors go to stderr.
class FileListCommand final : public QObject
{
    Q_OBJECT
public:
    FileListCommand(ApiClient *client, const CliOptions &options, QObject *parent = nullptr);
    void run();

signals:
    void finished(int exitCode);

private:
    void fail(const ApiError &error);
    void print();

    ApiClient *m_client;
    const CliOptions &m_options;
    QList<FileInfo> m_files;
};
