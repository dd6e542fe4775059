#include "apicallimpl.h"

#include "apiclientprivate.h"
#include "downloadsink.h"
#include "originguard.h"

#include <QNetworkReply>
#include <QTimer>

#include <utility>

namespace {

quint64 nextGeneration()
{
    static quint64 generation = 0;
    return ++generation;
}

} // namespace

ApiCallImpl::ApiCallImpl(ApiClientPrivate *client, QObject *context, QObject *parent)
    : ApiCall(parent)
    , m_client(client)
    , m_context(context)
    , m_hasContext(context != nullptr)
{
}

ApiCallImpl::~ApiCallImpl() = default;

void ApiCallImpl::cancel()
{
    if (!isOpen())
        return;
    m_client->cancelCall(this);
}

void ApiCallImpl::setDownload(QIODevice *target, qint64 offset, bool restartWhenRangeIgnored)
{
    m_download = std::make_unique<DownloadSink>(target, offset, restartWhenRangeIgnored);
}

qint64 ApiCallImpl::bytesWritten() const
{
    return m_download ? m_download->written() : 0;
}

quint64 ApiCallImpl::beginAttempt(quint64 sessionGeneration)
{
    m_generation = nextGeneration();
    m_timedOut = false;
    m_sessionGeneration = sessionGeneration;
    if (m_download)
        m_download->beginAttempt();
    return m_generation;
}

void ApiCallImpl::attachReply(QNetworkReply *reply, int timeoutMs)
{
    m_reply = reply;
    m_timeoutMs = qMax(1, timeoutMs);
    if (!m_timer) {
        m_timer = new QTimer(this);
        m_timer->setSingleShot(true);
        connect(m_timer, &QTimer::timeout, this, &ApiCallImpl::onTimeout);
    }
    m_timer->start(m_timeoutMs);
}

QNetworkReply *ApiCallImpl::currentReply(quint64 generation) const
{
    return generation == m_generation && isOpen() ? m_reply : nullptr;
}

QNetworkReply *ApiCallImpl::takeReply()
{
    if (m_timer)
        m_timer->stop();
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    if (reply)
        disconnect(reply, nullptr, this, nullptr);
    return reply;
}

void ApiCallImpl::restartTimeout()
{
    if (m_timer && m_reply)
        m_timer->start(m_timeoutMs);
}

void ApiCallImpl::onTimeout()
{
    if (!m_reply)
        return;
    m_timedOut = true;
    m_reply->abort();  // finished() follows, synchronously
}

bool ApiCallImpl::takeTimedOut()
{
    return std::exchange(m_timedOut, false);
}

void ApiCallImpl::reportProgress(qint64 received, qint64 total)
{
    if (!isOpen())
        return;
    const qint64 base = m_download ? m_download->attemptBase() : 0;
    emit progress(base + received, total < 0 ? -1 : base + total);
}

void ApiCallImpl::moveTo(const QUrl &location)
{
    if (!OriginGuard::sameOrigin(m_request.url, location))
        m_credentialsAllowed = false;  // and never again in this chain
    m_request.url = location;
}

void ApiCallImpl::deliver(const ApiError &error, const ApiResponse &response)
{
    // A copy: the handler may retire the call (and with it the closure) while it runs.
    const Handler handler = m_handler;
    if (handler)
        handler(error, response);
}

bool ApiCallImpl::retire()
{
    if (m_finished)
        return false;
    m_finished = true;
    if (m_timer)
        m_timer->stop();
    return true;
}

void ApiCallImpl::abandon()
{
    m_cancelled = true;
    m_finished = true;
    if (m_timer)
        m_timer->stop();
    if (m_reply)
        disconnect(m_reply, nullptr, this, nullptr);
}
