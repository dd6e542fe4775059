#include "httpstreamreply.h"

#include "httpconnectionpool.h"

#include <QSslSocket>

#include <cstring>
#include <utility>

namespace {

constexpr qint64 kMaxRead = 1024 * 1024;  // per read from the socket

bool isSafeHeaderText(const QByteArray &text)
{
    for (char c : text)
        if (c == '\r' || c == '\n' || c == '\0')
            return false;
    return true;
}

QNetworkReply::NetworkError networkErrorOf(QAbstractSocket::SocketError error)
{
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        return QNetworkReply::ConnectionRefusedError;
    case QAbstractSocket::RemoteHostClosedError:
        return QNetworkReply::RemoteHostClosedError;
    case QAbstractSocket::HostNotFoundError:
        return QNetworkReply::HostNotFoundError;
    case QAbstractSocket::SocketTimeoutError:
        return QNetworkReply::TimeoutError;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        return QNetworkReply::SslHandshakeFailedError;
    case QAbstractSocket::TemporaryError:
        return QNetworkReply::TemporaryNetworkFailureError;
    default:
        return QNetworkReply::UnknownNetworkError;
    }
}

} // namespace

HttpStreamReply::HttpStreamReply(HttpConnectionPool *pool, const QNetworkRequest &request, QObject *parent)
    : QNetworkReply(parent)
    , m_pool(pool)
{
    setRequest(request);
    setUrl(request.url());
    setOperation(QNetworkAccessManager::GetOperation);
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    // On an idle connection the request leaves at once (writing to a connected socket reports
    // nothing synchronously); a new connection is opened from the event loop, since a failure
    // to connect may be reported at once, and nothing may be emitted before get() returns.
    if (QAbstractSocket *idle = pool ? pool->takeIdle(request.url()) : nullptr) {
        m_constructing = true;
        attach(idle, true);
        m_constructing = false;
        return;
    }
    QMetaObject::invokeMethod(this, &HttpStreamReply::start, Qt::QueuedConnection);
}

HttpStreamReply::~HttpStreamReply()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void HttpStreamReply::start()
{
    if (isFinished())
        return;
    if (!m_pool) {
        fail(UnknownNetworkError, tr("The connection pool is gone."));
        return;
    }
    attachAny();
}

void HttpStreamReply::attachAny()
{
    // An idle connection if one came back meanwhile, else a new one.
    QAbstractSocket *idle = m_pool->takeIdle(url());
    attach(idle ? idle : HttpConnectionPool::newSocket(url()), idle != nullptr);
}

void HttpStreamReply::attach(QAbstractSocket *socket, bool reused)
{
    m_socket = socket;
    m_reused = reused;
    m_sawBytes = false;
    socket->setParent(this);
    connect(socket, &QAbstractSocket::readyRead, this, &HttpStreamReply::onReadyRead);
    connect(socket, &QAbstractSocket::disconnected, this, &HttpStreamReply::onClosed);
    connect(socket, &QAbstractSocket::errorOccurred, this, &HttpStreamReply::onSocketError);
    if (reused) {
        sendRequest();
        return;
    }
    const QUrl u = url();
    if (auto *tls = qobject_cast<QSslSocket *>(socket)) {
        connect(tls, &QSslSocket::encrypted, this, &HttpStreamReply::sendRequest);
        tls->connectToHostEncrypted(u.host(), quint16(u.port(443)));
    } else {
        connect(socket, &QAbstractSocket::connected, this, &HttpStreamReply::sendRequest);
        socket->connectToHost(u.host(), quint16(u.port(80)));
    }
}

QByteArray HttpStreamReply::requestBytes(QString *why) const
{
    const QUrl u = url();
    QByteArray target = u.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment);
    if (!target.startsWith('/'))
        target.prepend('/');
    QByteArray out;
    out.reserve(512);
    out += "GET " + target + " HTTP/1.1\r\nHost: " + u.adjusted(QUrl::RemoveUserInfo).authority(QUrl::FullyEncoded).toLatin1()
         + "\r\n";
    const QNetworkRequest r = request();
    for (const QByteArray &name : r.rawHeaderList()) {
        const QByteArray lower = name.toLower();
        if (lower == "host" || lower == "connection" || lower == "accept-encoding" || lower == "content-length")
            continue;
        const QByteArray value = r.rawHeader(name);
        if (!isSafeHeaderText(name) || !isSafeHeaderText(value)) {
            *why = tr("A request header holds a line break.");
            return {};
        }
        out += name + ": " + value + "\r\n";
    }
    out += "Accept-Encoding: identity\r\nConnection: keep-alive\r\n\r\n";
    return out;
}

void HttpStreamReply::sendRequest()
{
    QString why;
    const QByteArray bytes = requestBytes(&why);
    if (bytes.isEmpty()) {
        fail(ProtocolInvalidOperationError, why);
        return;
    }
    if (!m_reused)
        m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_parser.reset();
    m_headPublished = false;
    m_extraBytes = false;
    m_received = 0;
    m_socket->write(bytes);
}

void HttpStreamReply::readSome(bool *gotBody)
{
    m_sawBytes = true;
    if (m_parser.state() == HttpResponseParser::State::Body && m_parser.framing() == HttpResponseParser::Framing::Length) {
        // The common case: straight from the socket into the body.
        const qint64 n = qMin(qMin(m_parser.remaining(), m_socket->bytesAvailable()), kMaxRead);
        if (m_bodyPos > 0 && m_bodyPos == m_body.size()) {
            m_body.clear();
            m_bodyPos = 0;
        }
        const qsizetype old = m_body.size();
        m_body.resize(old + qsizetype(n));
        const qint64 got = m_socket->read(m_body.data() + old, n);
        m_body.resize(old + qsizetype(qMax<qint64>(0, got)));
        if (got > 0) {
            m_parser.consumedBody(got);
            m_received += got;
            *gotBody = true;
        }
        return;
    }
    const QByteArray chunk = m_socket->read(qMin(m_socket->bytesAvailable(), kMaxRead));
    const qsizetype before = m_body.size();
    const qsizetype used = m_parser.feed(chunk.constData(), chunk.size(), &m_body);
    if (used < chunk.size())
        m_extraBytes = true;
    if (m_body.size() > before) {
        m_received += m_body.size() - before;
        *gotBody = true;
    }
}

void HttpStreamReply::onReadyRead()
{
    if (!m_socket || isFinished())
        return;
    bool gotBody = false;
    while (m_socket->bytesAvailable() > 0 && !m_extraBytes
           && (m_parser.state() == HttpResponseParser::State::Head || m_parser.state() == HttpResponseParser::State::Body)) {
        readSome(&gotBody);
        if (!m_headPublished && m_parser.headReady())
            publishHead();
    }
    if (m_socket->bytesAvailable() > 0 && m_parser.state() == HttpResponseParser::State::Done)
        m_extraBytes = true;
    if (m_parser.state() == HttpResponseParser::State::Failed) {
        fail(ProtocolFailure, m_parser.errorString());
        return;
    }
    QPointer<HttpStreamReply> self(this);
    if (gotBody) {
        emit downloadProgress(m_received, m_parser.contentLength());
        if (!self || isFinished())
            return;
        emit readyRead();
        if (!self || isFinished())
            return;
    }
    if (m_parser.state() == HttpResponseParser::State::Done)
        succeed();
}

void HttpStreamReply::publishHead()
{
    m_headPublished = true;
    setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_parser.status());
    setAttribute(QNetworkRequest::HttpReasonPhraseAttribute, QString::fromLatin1(m_parser.reason()));
    // A repeated header once, its values joined as QNetworkAccessManager joins them.
    QList<QByteArray> seen;
    for (const auto &h : m_parser.headers()) {
        const QByteArray lower = h.first.toLower();
        if (seen.contains(lower))
            continue;
        seen.append(lower);
        setRawHeader(h.first, m_parser.header(h.first, lower == "set-cookie" ? "\n" : ", "));
    }
    emit metaDataChanged();
}

bool HttpStreamReply::retryStale()
{
    // Taken idle from the pool and closed before any byte of the answer: the server had closed
    // it meanwhile. The request is sent again on another connection.
    if (!m_reused || m_sawBytes || !m_pool)
        return false;
    releaseSocket(false);
    attachAny();
    return true;
}

void HttpStreamReply::onClosed()
{
    if (!m_socket || isFinished())
        return;
    if (m_socket->bytesAvailable() > 0) {
        QPointer<HttpStreamReply> self(this);
        onReadyRead();
        if (!self || isFinished())
            return;
    }
    if (retryStale())
        return;
    m_parser.endOfInput();
    if (m_parser.state() == HttpResponseParser::State::Done) {
        succeed();  // a body that ran until the close (the parser says: not kept alive)
    } else {
        fail(RemoteHostClosedError, m_parser.errorString());
    }
}

void HttpStreamReply::onSocketError(QAbstractSocket::SocketError error)
{
    if (!m_socket || isFinished())
        return;
    if (error == QAbstractSocket::RemoteHostClosedError) {
        onClosed();
        return;
    }
    if (error == QAbstractSocket::NetworkError && retryStale())
        return;  // a reset on a reused connection
    QString message = m_socket->errorString();
    if (auto *tls = qobject_cast<QSslSocket *>(m_socket)) {
        QStringList reasons;
        for (const QSslError &e : tls->sslHandshakeErrors())
            reasons.append(e.errorString());
        if (!reasons.isEmpty())
            message = tr("SSL handshake failed: %1").arg(reasons.join(QLatin1String("; ")));
    }
    fail(networkErrorOf(error), message);
}

void HttpStreamReply::releaseSocket(bool keepAlive)
{
    if (!m_socket)
        return;
    QAbstractSocket *socket = std::exchange(m_socket, nullptr);
    socket->disconnect(this);
    if (keepAlive && m_pool) {
        m_pool->giveBack(url(), socket);
        return;
    }
    socket->setParent(nullptr);
    socket->abort();
    socket->deleteLater();
}

void HttpStreamReply::succeed()
{
    releaseSocket(m_parser.keepAlive() && !m_extraBytes);
    setFinished(true);
    QPointer<HttpStreamReply> self(this);
    emit readChannelFinished();
    if (self)
        emit finished();
}

void HttpStreamReply::fail(NetworkError code, const QString &message)
{
    if (m_constructing) {
        // Nothing is emitted before get() returns: the caller connects to us after it.
        releaseSocket(false);
        QMetaObject::invokeMethod(
            this,
            [this, code, message] {
                if (!isFinished())
                    fail(code, message);
            },
            Qt::QueuedConnection);
        return;
    }
    releaseSocket(false);
    setError(code, message);
    setFinished(true);
    QPointer<HttpStreamReply> self(this);
    emit errorOccurred(code);
    if (self)
        emit finished();
}

void HttpStreamReply::abort()
{
    if (isFinished())
        return;
    releaseSocket(false);
    setError(OperationCanceledError, tr("Operation canceled"));
    close();
    setFinished(true);
    QPointer<HttpStreamReply> self(this);
    emit errorOccurred(OperationCanceledError);
    if (self)
        emit finished();
}

qint64 HttpStreamReply::bytesAvailable() const
{
    return qint64(m_body.size() - m_bodyPos) + QNetworkReply::bytesAvailable();
}

qint64 HttpStreamReply::readData(char *data, qint64 maxSize)
{
    const qint64 n = qMin<qint64>(maxSize, m_body.size() - m_bodyPos);
    if (n <= 0)
        return isFinished() ? -1 : 0;
    std::memcpy(data, m_body.constData() + m_bodyPos, size_t(n));
    m_bodyPos += qsizetype(n);
    if (m_bodyPos == m_body.size()) {
        m_body.clear();
        m_bodyPos = 0;
    }
    return n;
}

QByteArray HttpStreamReply::takeBody()
{
    QByteArray out = m_bodyPos == 0 ? std::exchange(m_body, QByteArray()) : m_body.mid(m_bodyPos);
    m_body.clear();
    m_bodyPos = 0;
    return out;
}
