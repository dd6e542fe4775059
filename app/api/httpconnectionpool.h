#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTimer>

class HttpStreamReply;
class QAbstractSocket;
class QNetworkRequest;
class QUrl;

// The downloads' own HTTP/1.1 transport: GETs answered by HttpStreamReply (a QNetworkReply, so
// RequestExecutor treats both transports alike) over keep-alive connections that run on the
// thread of this object. QNetworkAccessManager in Qt 6.4 runs every transfer on a thread of
// its own and hands each piece of a body over to the caller's thread (one manager per 6
// connections, so three busy threads for 8 downloads beside the one that hashes and writes);
// here the bytes go from the socket to the file on one thread, with no hand-over.
// Only what it can carry exactly like the manager comes here (canCarry()): http and https
// (with Qt's default TLS configuration) to a host reached without a proxy.
class HttpConnectionPool final : public QObject
{
    Q_OBJECT
public:
    explicit HttpConnectionPool(QObject *parent = nullptr);
    ~HttpConnectionPool() override;

    // Whether a GET of url may go through this transport rather than QNetworkAccessManager.
    static bool canCarry(const QUrl &url);

    // Starts a GET of request.url() with the request's raw headers. The reply is a child of
    // this pool (deleted with it); its signals come from the event loop, never from inside get().
    HttpStreamReply *get(const QNetworkRequest &request);

    // For the replies: a connected idle socket to url's origin, or null. The caller owns it
    // until it gives it back.
    QAbstractSocket *takeIdle(const QUrl &url);
    // A new, unconnected socket for url's scheme (owned by the caller).
    static QAbstractSocket *newSocket(const QUrl &url);
    // A socket whose last answer was read whole and may carry the next request.
    void giveBack(const QUrl &url, QAbstractSocket *socket);

    int idleCount() const;  // for tests
    static constexpr int kMaxIdlePerOrigin = 16;
    static constexpr int kIdleMs = 20000;

private:
    struct Idle
    {
        QAbstractSocket *socket = nullptr;
        QElapsedTimer since;
    };
    static QString keyOf(const QUrl &url);
    void drop(QAbstractSocket *socket);
    void sweep();

    QHash<QString, QList<Idle>> m_idle;
    QTimer m_sweep;
};
