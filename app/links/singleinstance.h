#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

// One console per user: the first start listens on a local socket (QLocalServer); a later start
// hands its message (a link, or "" = just come to the front) to it and exits.
//
// The socket is per user: $XDG_RUNTIME_DIR/evovoice-console.socket when that private folder
// exists, else <temp>/evovoice-console-<user>.socket, and it is opened for the user only. A
// socket left behind by a console that crashed (nobody answers) is removed before listening.
// Protocol: the client writes "EVOVOICE-LINK 1\n" then the message (UTF-8, at most kMaxMessage
// bytes) and "\n"; the server answers "ok\n" once it took the message.
class SingleInstance final : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxMessage = 64 * 1024;

    explicit SingleInstance(QObject *parent = nullptr);
    explicit SingleInstance(const QString &socketName, QObject *parent = nullptr);
    ~SingleInstance() override;

    static QString defaultSocketName();
    QString socketName() const { return m_name; }

    // Hands message to the running console; true when it answered. Blocks at most timeoutMs
    // (a start, before any window exists).
    bool sendToRunning(const QString &message, int timeoutMs = 5000) const;
    // Becomes the running console. false (and errorString()) when another one listens already
    // or the socket cannot be made; a stale socket is removed first.
    bool listen();
    bool isListening() const;
    QString errorString() const { return m_error; }

signals:
    void messageReceived(const QString &message);

private:
    void onNewConnection();

    QString m_name;
    QString m_error;
    QLocalServer *m_server = nullptr;
};
