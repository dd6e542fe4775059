#include "singleinstance.h"

#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QTimer>

#include <memory>

namespace {
const QByteArray kHello = QByteArrayLiteral("EVOVOICE-LINK 1\n");
const QByteArray kOk = QByteArrayLiteral("ok\n");
constexpr int kReadTimeoutMs = 5000;

QString userName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("LOGNAME");
    if (name.isEmpty())
        name = QStringLiteral("user");
    QString safe;
    for (const QChar c : name)
        safe += c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('-') ? c : QLatin1Char('_');
    return safe;
}
} // namespace

SingleInstance::SingleInstance(QObject *parent)
    : SingleInstance(defaultSocketName(), parent)
{
}

SingleInstance::SingleInstance(const QString &socketName, QObject *parent)
    : QObject(parent)
    , m_name(socketName)
{
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::defaultSocketName()
{
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty() && QFileInfo(runtime).isDir())
        return QDir(runtime).filePath(QStringLiteral("evovoice-console.socket"));
    return QDir(QDir::tempPath()).filePath(QStringLiteral("evovoice-console-%1.socket").arg(userName()));
}

bool SingleInstance::sendToRunning(const QString &message, int timeoutMs) const
{
    const QByteArray body = message.toUtf8();
    if (body.size() > kMaxMessage || body.contains('\n'))
        return false;
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    socket.write(kHello + body + '\n');
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    QByteArray answer;
    while (!answer.contains('\n')) {
        if (!socket.waitForReadyRead(timeoutMs))
            return false;
        answer += socket.readAll();
    }
    return answer.startsWith(kOk);
}

bool SingleInstance::isListening() const
{
    return m_server && m_server->isListening();
}

bool SingleInstance::listen()
{
    if (isListening())
        return true;
    if (!m_server) {
        m_server = new QLocalServer(this);
        m_server->setSocketOptions(QLocalServer::UserAccessOption);
        connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
    }
    // Someone answers: a console runs (QLocalServer with access options would replace its socket
    // silently, so ask first). Nobody: a crashed console's socket, removed before listening.
    QLocalSocket probe;
    probe.connectToServer(m_name);
    if (probe.waitForConnected(1000)) {
        probe.abort();
        m_error = tr("Another console is running.");
        return false;
    }
    QLocalServer::removeServer(m_name);
    if (m_server->listen(m_name))
        return true;
    m_error = m_server->errorString();
    return false;
}

void SingleInstance::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        // A client that connects and says nothing (or too much) is dropped.
        QTimer::singleShot(kReadTimeoutMs, socket, [socket] { socket->abort(); });
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QLocalSocket::readyRead, this, [this, socket, buffer] {
            *buffer += socket->readAll();
            if (buffer->size() > kHello.size() + kMaxMessage + 1) {
                socket->abort();
                return;
            }
            if (buffer->size() < kHello.size())
                return;
            if (!buffer->startsWith(kHello)) {
                socket->abort();
                return;
            }
            const int end = buffer->indexOf('\n', kHello.size());
            if (end < 0)
                return;
            const QString message = QString::fromUtf8(buffer->mid(kHello.size(), end - kHello.size()));
            socket->write(kOk);
            socket->flush();
            socket->disconnectFromServer();
            emit messageReceived(message);
        });
    }
}
