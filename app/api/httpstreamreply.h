#pragma once

#include "httpresponseparser.h"

#include <QAbstractSocket>
#include <QNetworkReply>
#include <QPointer>

class HttpConnectionPool;

// One GET over a connection of HttpConnectionPool, seen as a QNetworkReply: the status and
// headers arrive as attributes and raw headers (metaDataChanged), the body as readyRead and
// downloadProgress, the end as finished; a connection error, a cut or malformed answer sets a
// network error (RemoteHostClosedError, ProtocolFailure, ...) before finished, as the manager
// does. abort() ends it at once, synchronously, with OperationCanceledError. A connection taken
// idle from the pool that turns out closed before any byte of the answer is replaced by a new
// one (the server may close an idle connection at any time); a connection goes back to the pool
// only when the answer was read whole and the server keeps it open.
class HttpStreamReply final : public QNetworkReply
{
    Q_OBJECT
public:
    HttpStreamReply(HttpConnectionPool *pool, const QNetworkRequest &request, QObject *parent);
    ~HttpStreamReply() override;

    void abort() override;
    qint64 bytesAvailable() const override;
    bool isSequential() const override { return true; }

    // The body bytes received and not read yet, handed over without a copy.
    QByteArray takeBody();

protected:
    qint64 readData(char *data, qint64 maxSize) override;

private:
    void start();
    void attachAny();
    void attach(QAbstractSocket *socket, bool reused);
    void sendRequest();
    void onReadyRead();
    void readSome(bool *gotBody);
    void onClosed();
    void onSocketError(QAbstractSocket::SocketError error);
    bool retryStale();
    void publishHead();
    void succeed();
    void fail(NetworkError code, const QString &message);
    void releaseSocket(bool keepAlive);
    QByteArray requestBytes(QString *why) const;

    QPointer<HttpConnectionPool> m_pool;
    QAbstractSocket *m_socket = nullptr;
    bool m_reused = false;       // the socket came idle from the pool
    bool m_sawBytes = false;     // of an answer, on this socket
    bool m_extraBytes = false;   // bytes after the answer: the connection cannot be reused
    bool m_headPublished = false;
    bool m_constructing = false; // a failure now is reported from the event loop
    HttpResponseParser m_parser;
    QByteArray m_body;           // received, from m_bodyPos on not read yet
    qsizetype m_bodyPos = 0;
    qint64 m_received = 0;       // body bytes of this answer
};
