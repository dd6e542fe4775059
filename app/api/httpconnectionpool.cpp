#include "httpconnectionpool.h"

#include "httpstreamreply.h"

#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QNetworkRequest>
#include <QSslSocket>
#include <QTcpSocket>
#include <QUrl>

HttpConnectionPool::HttpConnectionPool(QObject *parent)
    : QObject(parent)
{
    m_sweep.setInterval(kIdleMs / 4);
    connect(&m_sweep, &QTimer::timeout, this, &HttpConnectionPool::sweep);
}

HttpConnectionPool::~HttpConnectionPool()
{
    // Replies first (children): each gives up its socket before the idle ones go.
    const QList<HttpStreamReply *> replies = findChildren<HttpStreamReply *>(QString(), Qt::FindDirectChildrenOnly);
    qDeleteAll(replies);
    for (const QList<Idle> &list : std::as_const(m_idle))
        for (const Idle &idle : list)
            delete idle.socket;
}

bool HttpConnectionPool::canCarry(const QUrl &url)
{
    const QString scheme = url.scheme();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return false;
    if (url.host().isEmpty() || !url.userInfo().isEmpty())
        return false;
    if (scheme == QLatin1String("https") && !QSslSocket::supportsSsl())
        return false;
    const QList<QNetworkProxy> proxies = QNetworkProxyFactory::proxyForQuery(QNetworkProxyQuery(url));
    return proxies.isEmpty() || proxies.constFirst().type() == QNetworkProxy::NoProxy;
}

HttpStreamReply *HttpConnectionPool::get(const QNetworkRequest &request)
{
    return new HttpStreamReply(this, request, this);
}

QString HttpConnectionPool::keyOf(const QUrl &url)
{
    const bool tls = url.scheme() == QLatin1String("https");
    return url.scheme() + QLatin1String("://") + url.host(QUrl::FullyEncoded).toLower() + QLatin1Char(':')
         + QString::number(url.port(tls ? 443 : 80));
}

QAbstractSocket *HttpConnectionPool::takeIdle(const QUrl &url)
{
    auto it = m_idle.find(keyOf(url));
    while (it != m_idle.end() && !it->isEmpty()) {
        const Idle idle = it->takeLast();  // the most recently used: the least likely closed
        idle.socket->disconnect(this);
        if (idle.socket->state() == QAbstractSocket::ConnectedState && idle.socket->bytesAvailable() == 0)
            return idle.socket;
        idle.socket->deleteLater();
    }
    return nullptr;
}

QAbstractSocket *HttpConnectionPool::newSocket(const QUrl &url)
{
    QAbstractSocket *socket = nullptr;
    if (url.scheme() == QLatin1String("https"))
        socket = new QSslSocket;
    else
        socket = new QTcpSocket;
    socket->setProxy(QNetworkProxy::NoProxy);  // canCarry() said none applies
    return socket;
}

void HttpConnectionPool::giveBack(const QUrl &url, QAbstractSocket *socket)
{
    QList<Idle> &list = m_idle[keyOf(url)];
    if (socket->state() != QAbstractSocket::ConnectedState || list.size() >= kMaxIdlePerOrigin) {
        socket->deleteLater();
        return;
    }
    socket->setParent(this);
    Idle idle;
    idle.socket = socket;
    idle.since.start();
    list.append(idle);
    // An idle connection that the server closes, or that receives bytes nobody asked for, is
    // of no further use.
    connect(socket, &QAbstractSocket::disconnected, this, [this, socket] { drop(socket); });
    connect(socket, &QAbstractSocket::readyRead, this, [this, socket] { drop(socket); });
    connect(socket, &QAbstractSocket::errorOccurred, this, [this, socket] { drop(socket); });
    if (!m_sweep.isActive())
        m_sweep.start();
}

void HttpConnectionPool::drop(QAbstractSocket *socket)
{
    for (auto it = m_idle.begin(); it != m_idle.end(); ++it) {
        for (qsizetype i = 0; i < it->size(); ++i) {
            if (it->at(i).socket == socket) {
                it->removeAt(i);
                socket->disconnect(this);
                socket->abort();
                socket->deleteLater();
                return;
            }
        }
    }
}

void HttpConnectionPool::sweep()
{
    bool any = false;
    for (auto it = m_idle.begin(); it != m_idle.end(); ++it) {
        for (qsizetype i = it->size() - 1; i >= 0; --i) {
            if (it->at(i).since.hasExpired(kIdleMs)) {
                QAbstractSocket *socket = it->at(i).socket;
                it->removeAt(i);
                socket->disconnect(this);
                socket->disconnectFromHost();
                socket->deleteLater();
            }
        }
        any = any || !it->isEmpty();
    }
    if (!any)
        m_sweep.stop();
}

int HttpConnectionPool::idleCount() const
{
    int n = 0;
    for (const QList<Idle> &list : m_idle)
        n += int(list.size());
    return n;
}
