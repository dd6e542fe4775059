#include "cliconnection.h"

#include <QFile>
#include <QProcessEnvironment>

CliConnection::CliConnection(ApiClient *client, const CliOptions &options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_options(options)
{
}

void CliConnection::signIn(std::function<void(int, const QString &)> done)
{
    QString error;
    if (!m_client->setServer(m_options.server, &error)) {
        done(CliOptions::ExitUsage, error);
        return;
    }
    // For scripts and tests on slow links: the per-request (inactivity) timeout in ms.
    const int timeoutMs = QProcessEnvironment::systemEnvironment().value(QStringLiteral("EVOVOICE_REQUEST_TIMEOUT_MS")).toInt();
    if (timeoutMs > 0)
        m_client->setRequestTimeout(timeoutMs);
    QString password;
    if (m_options.passwordFromStdin) {
        QFile in;
        if (in.open(stdin, QIODevice::ReadOnly))
            password = QString::fromUtf8(in.readLine()).remove(QLatin1Char('\n')).remove(QLatin1Char('\r'));
    } else {
        password = QProcessEnvironment::systemEnvironment().value(QStringLiteral("EVOVOICE_PASSWORD"));
    }
    if (password.isEmpty()) {
        done(CliOptions::ExitUsage, tr("The password is empty."));
        return;
    }
    m_client->signIn(m_options.user, password, false, this, [done](const ApiResult<AuthSession> &r) {
        if (r.ok())
            done(CliOptions::ExitOk, {});
        else
            done(r.error.kind() == ApiError::Kind::Usage ? CliOptions::ExitUsage : CliOptions::ExitError, signInFailure(r.error));
    });
}

// "Sign-in failed: <the server's message>": a refused password is not an expired session.
QString CliConnection::signInFailure(const ApiError &error)
{
    if (error.kind() == ApiError::Kind::Usage)
        return error.userText();
    if (error.kind() == ApiError::Kind::Unauthorized) {
        const QString message = error.message().trimmed();
        return tr("Sign-in failed: %1").arg(message.isEmpty() ? tr("the server refused the user name or password.") : message);
    }
    return tr("Sign-in failed: %1").arg(error.userText());
}
