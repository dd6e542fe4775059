#pragma once

#include "api/apiclient.h"
#include "clioptions.h"

#include <QObject>

// "files get ID": one file's fields to stdout; errors to stderr.
class FileGetCommand final : public QObject
{
    Q_OBJECT
public:
    FileGetCommand(ApiClient *client, const CliOptions &options, QObject *parent = nullptr);
    void run();

signals:
    void finished(int exitCode);

private:
    ApiClient *m_client;
    const CliOptions &m_options;
};
