#pragma once

#include "api/apiclient.h"
#include "clioptions.h"

#include <QObject>

#include <functional>

// Signs the CLI's ApiClient in with the options' server and user and the password from
// EVOVOICE_PASSWORD or stdin (read once, kept in memory only).
class CliConnection final : public QObject
{
    Q_OBJECT
public:
    CliConnection(ApiClient *client, const CliOptions &options, QObject *parent = nullptr);

    // Calls done(exitCode, message): 0 when signed in, else 1 (server refused) or 2 (usage).
    void signIn(std::function<void(int, const QString &)> done);
    // What to print when signing in failed ("Sign-in failed: Invalid UserName or Password").
    static QString signInFailure(const ApiError &error);

private:
    ApiClient *m_client;
    const CliOptions &m_options;
};
