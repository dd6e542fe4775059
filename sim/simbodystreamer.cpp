#include "simbodystreamer.h"

#include <QHttpServerResponder>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

namespace {
constexpr qint64 kSlice = 256 * 1024;
constexpr qint64 kMaxQueued = 1024 * 1024;

// Bytes written but not yet sent. Over TLS, bytesToWrite() counts only the plain text not yet
// encrypted; what is encrypted and waiting for the network is encryptedBytesToWrite().
qint64 queued(const QTcpSocket *socket)
{
    const auto *ssl = qobject_cast<const QSslSocket *>(socket);
    return socket->bytesToWrite() + (ssl ? ssl->encryptedBytesToWrite() : 0);
}
} // namespace

void SimBodyStreamer::start(std::shared_ptr<QHttpServerResponder> responder, QTcpSocket *socket, SimResponse response,
                            qint64 bytesPerSecond, QObject *parent)
{
    new SimBodyStreamer(std::move(responder), socket, std::move(response), bytesPerSecond, parent);
}

SimBodyStreamer::SimBodyStreamer(std::shared_ptr<QHttpServerResponder> responder, QTcpSocket *socket,
                                 SimResponse response, qint64 bytesPerSecond, QObject *parent)
    : QObject(parent)
    , m_responder(std::move(responder))
    , m_socket(socket)
    , m_response(std::move(response))
    , m_rate(bytesPerSecond)
    , m_timer(new QTimer(this))
{
    m_size = m_response.bodySource ? m_response.bodySize : m_response.body.size();
    m_responder->writeStatusLine(QHttpServerResponder::StatusCode(m_response.status));
    for (const auto &h : m_response.headers)
        m_responder->writeHeader(h.first, h.second);
    m_responder->writeHeader("Content-Length", QByteArray::number(m_size));
    m_clock.start();
    // The first slice goes with the headers (writeBody ends the header block).
    // Uncapped, a small first slice too: the headers and the first bytes leave at once.
    const qint64 first = m_rate > 0 ? qMin(m_size, qMax<qint64>(4096, m_rate / 50)) : qMin<qint64>(m_size, 32 * 1024);
    m_responder->writeBody(take(first));
    if (m_sent >= m_size) {
        done();
        return;
    }
    m_timer->setInterval(10);
    connect(m_timer, &QTimer::timeout, this, &SimBodyStreamer::pump);
    connect(socket, &QTcpSocket::bytesWritten, this, &SimBodyStreamer::pump);
    if (auto *ssl = qobject_cast<QSslSocket *>(socket))
        connect(ssl, &QSslSocket::encryptedBytesWritten, this, &SimBodyStreamer::pump);
    connect(socket, &QTcpSocket::disconnected, this, &SimBodyStreamer::done);
    connect(socket, &QObject::destroyed, this, &SimBodyStreamer::done);
    m_timer->start();
}

QByteArray SimBodyStreamer::take(qint64 length)
{
    QByteArray out = m_response.bodySource ? m_response.bodySource(m_sent, length) : m_response.body.mid(int(m_sent), int(length));
    m_sent += out.size();
    return out;
}

void SimBodyStreamer::pump()
{
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState) {
        done();
        return;
    }
    while (m_sent < m_size && queued(m_socket) < kMaxQueued) {
        qint64 n = qMin(kSlice, m_size - m_sent);
        if (m_rate > 0) {
            const qint64 allowed = m_rate * m_clock.elapsed() / 1000 + qMax<qint64>(4096, m_rate / 50) - m_sent;
            n = qMin(n, allowed);
        }
        if (n <= 0)
            break;
        m_socket->write(take(n));
    }
    if (m_sent >= m_size)
        done();
}

void SimBodyStreamer::done()
{
    if (!m_timer->isActive() && m_responder == nullptr)
        return;
    m_timer->stop();
    if (m_socket)
        disconnect(m_socket, nullptr, this, nullptr);
    m_responder.reset();
    deleteLater();
}
