#include "requestexecutor.h"

#include "apicallimpl.h"
#include "apiclientprivate.h"
#include "apijson.h"
#include "contentrange.h"
#include "evovoiceversion.h"
#include "originguard.h"

#include <QIODevice>
#include <QNetworkAccessManager>
#include <QNetworkCookie>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace {

quint64 nextGeneration()
{
    static quint64 generation = 0;
    return ++generation;
}

bool isTransportError(QNetworkReply::NetworkError e)
{
    const int code = int(e);
    return (code > 0 && code < 200) || e == QNetworkReply::ProtocolFailure;
}

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

} // namespace

RequestExecutor::RequestExecutor(ApiClientPrivate *client)
    : m_client(client)
{
}

void RequestExecutor::addCredentials(QNetworkRequest &request) const
{
    const AuthSession &session = m_client->session;
    if (!session.bearerToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + session.bearerToken);
    QByteArray cookies;
    auto addCookie = [&cookies](const char *name, const QByteArray &value) {
        if (value.isEmpty())
            return;
        if (!cookies.isEmpty())
            cookies += "; ";
        cookies += name;
        cookies += '=';
        cookies += value;
    };
    addCookie("ss-id", session.ssId);
    addCookie("ss-pid", session.ssPid);
    if (session.permanent && !session.ssPid.isEmpty())
        addCookie("ss-opt", "perm");
    if (!cookies.isEmpty())
        request.setRawHeader("Cookie", cookies);
}

QNetworkRequest RequestExecutor::buildRequest(ApiCallImpl *call) const
{
    QNetworkRequest request(call->url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setRawHeader("User-Agent", EVOVOICE_USER_AGENT);
    request.setRawHeader("Accept", call->target ? QByteArray("*/*") : QByteArray("application/json"));
    if (!call->contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, call->contentType);
    if (m_client->attachCredentials(call))
        addCredentials(request);
    if (call->target) {
        call->attemptBase = call->offset + call->written;
        call->skip = 0;
        call->statusChecked = false;
        if (call->attemptBase > 0)
            request.setRawHeader("Range", ContentRange::requestFrom(call->attemptBase));
    }
    return request;
}

void RequestExecutor::send(ApiCallImpl *call)
{
    const quint64 generation = nextGeneration();
    call->generation = generation;
    call->timedOut = false;
    call->sessionGeneration = m_client->sessionGeneration;

    const QNetworkRequest request = buildRequest(call);
    QNetworkAccessManager *nam = call->target ? m_client->bulkNam() : m_client->nam;
    QNetworkReply *reply = nullptr;
    if (call->method == "GET")
        reply = nam->get(request);
    else if (call->method == "POST")
        reply = nam->post(request, call->body);
    else
        reply = nam->sendCustomRequest(request, call->method, call->body);
    call->reply = reply;
    if (call->target) {
        // Counted until the reply finishes (abort() on timeout or cancel emits finished too).
        nam->setProperty("evovoiceActive", nam->property("evovoiceActive").toInt() + 1);
        QObject::connect(reply, &QNetworkReply::finished, nam, [nam] {
            nam->setProperty("evovoiceActive", nam->property("evovoiceActive").toInt() - 1);
        });
    }

    QObject::connect(reply, &QNetworkReply::finished, call, [this, call, generation] { onFinished(call, generation); });
    QObject::connect(reply, &QNetworkReply::downloadProgress, call, [call, generation](qint64 received, qint64 total) {
        if (call->generation != generation || call->cancelled)
            return;
        const qint64 base = call->target ? call->attemptBase : 0;
        emit call->progress(base + received, total < 0 ? -1 : base + total);
    });
    if (call->target)
        QObject::connect(reply, &QNetworkReply::readyRead, call, [this, call, generation] { onReadyRead(call, generation); });

    if (!call->timer) {
        call->timer = new QTimer(call);
        call->timer->setSingleShot(true);
    }
    QObject::disconnect(call->timer, nullptr, call, nullptr);
    QObject::connect(call->timer, &QTimer::timeout, call, [this, call, generation] { onTimeout(call, generation); });
    call->timer->start(qMax(1, m_client->timeoutMs));
}

void RequestExecutor::onTimeout(ApiCallImpl *call, quint64 generation)
{
    if (call->generation != generation || !call->reply)
        return;
    call->timedOut = true;
    call->reply->abort();  // finished() follows, synchronously
}

void RequestExecutor::onReadyRead(ApiCallImpl *call, quint64 generation)
{
    QNetworkReply *reply = call->reply;
    if (call->generation != generation || call->cancelled || !reply)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200 && status != 206)
        return;  // an error or a redirect: its body is read at the end
    if (call->timer)
        call->timer->start(qMax(1, m_client->timeoutMs));  // downloads: an inactivity timeout
    if (!call->statusChecked) {
        call->statusChecked = true;
        if (status == 206) {
            ContentRange range;
            if (!ContentRange::parse(reply->rawHeader("Content-Range"), &range) || range.first != call->attemptBase) {
                call->downloadError = ApiError(ApiError::Kind::BadResponse, status,
                                               ApiError::tr("The server sent a different part of the file than asked for."));
                reply->abort();
                return;
            }
        } else if (call->restartWhenRangeIgnored && call->attemptBase > 0) {
            // The server ignored Range: start the file over from this body's first byte.
            if (!call->target->seek(0)) {
                call->downloadError = ApiError(ApiError::Kind::Usage, 0, ApiError::tr("The file could not be written."));
                call->downloadError.setDetail(call->target->errorString());
                reply->abort();
                return;
            }
            call->offset = 0;
            call->written = 0;
            call->attemptBase = 0;
        } else {
            call->skip = call->attemptBase;  // the server ignored Range: drop what we already have
        }
    }
    QByteArray data = reply->readAll();
    if (call->skip > 0) {
        const qint64 drop = qMin<qint64>(call->skip, data.size());
        data.remove(0, drop);
        call->skip -= drop;
    }
    if (data.isEmpty())
        return;
    const qint64 n = call->target->write(data);
    if (n != data.size()) {
        call->downloadError = ApiError(ApiError::Kind::Usage, 0, ApiError::tr("The file could not be written."));
        call->downloadError.setDetail(call->target->errorString());
        reply->abort();
        return;
    }
    call->written += n;
}

bool RequestExecutor::mayRetry(const ApiCallImpl *call) const
{
    return call->idempotent && call->retries < m_client->retry.maxRetries();
}

void RequestExecutor::onFinished(ApiCallImpl *call, quint64 generation)
{
    QNetworkReply *reply = call->reply;
    if (call->generation != generation || call->cancelled || call->m_finished || !reply)
        return;
    if (call->target && reply->isOpen() && !call->timedOut && !call->downloadError.isError())
        onReadyRead(call, generation);  // whatever is left in the buffer
    call->reply = nullptr;
    reply->deleteLater();
    if (call->timer)
        call->timer->stop();
    m_client->hosts.release(call);

    ApiResponse response;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.headers = reply->rawHeaderPairs();
    const bool streamed = call->target && (response.status == 200 || response.status == 206);
    if (!streamed && reply->isOpen())
        response.body = reply->readAll();
    const QNetworkReply::NetworkError netError = reply->error();
    const int status = response.status;

    if (call->timedOut) {
        call->timedOut = false;
        // A late answer is retried like a network error (a download resumes where it was).
        if (mayRetry(call)) {
            retryLater(call, {});
            return;
        }
        ApiError e(ApiError::Kind::Timeout, 0, ApiError::tr("No answer within %1 ms.").arg(m_client->timeoutMs));
        ApiClientPrivate::fire(call, e, response);
        return;
    }
    if (call->downloadError.isError()) {
        ApiClientPrivate::fire(call, call->downloadError, response);
        return;
    }
    if (isTransportError(netError) || status == 0) {
        ApiError e(ApiError::Kind::Network, status, reply->errorString());
        if (mayRetry(call))
            retryLater(call, {});
        else
            ApiClientPrivate::fire(call, e, response);
        return;
    }
    if (isRedirect(status)) {
        followRedirect(call, response);
        return;
    }
    if (status >= 200 && status < 300) {
        ApiClientPrivate::fire(call, ApiError(), response);
        return;
    }
    if (status == 401) {
        m_client->auth.handleUnauthorized(call, ApiError(ApiError::Kind::Unauthorized, status), response);
        return;
    }
    ApiError e(status == 403 ? ApiError::Kind::Forbidden : ApiError::Kind::Http, status);
    ApiJson::readResponseStatus(response.body, &e);
    if (e.message().isEmpty())
        e.setMessage(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString());
    if (RetryPolicy::isRetryableStatus(status) && mayRetry(call)) {
        retryLater(call, response.header("Retry-After"));
        return;
    }
    ApiClientPrivate::fire(call, e, response);
}

bool RequestExecutor::retryUnreadable(ApiCallImpl *call)
{
    if (call->method != "GET" || call->target || !mayRetry(call))
        return false;
    retryLater(call, {});
    return true;
}

void RequestExecutor::followRedirect(ApiCallImpl *call, const ApiResponse &response)
{
    const QUrl location = call->url.resolved(QUrl::fromEncoded(response.header("Location")));
    ApiError e(ApiError::Kind::Network, response.status);
    if (call->method != "GET")
        e.setMessage(ApiError::tr("The server redirected a request that cannot be repeated."));
    else if (++call->redirects > 5)
        e.setMessage(ApiError::tr("Too many redirects."));
    else if (!location.isValid() || location.host().isEmpty())
        e.setMessage(ApiError::tr("The server redirected to an invalid address."));
    else if (OriginGuard::isDowngrade(call->url, location))
        e.setMessage(ApiError::tr("Refused a redirect from HTTPS to an insecure address."));
    if (!e.message().isEmpty()) {
        ApiClientPrivate::fire(call, e, response);
        return;
    }
    if (!OriginGuard::sameOrigin(call->url, location))
        call->credentialsAllowed = false;  // and never again in this chain
    call->url = location;
    m_client->schedule(call);
}

void RequestExecutor::retryLater(ApiCallImpl *call, const QByteArray &retryAfter)
{
    ++call->retries;
    const int delay = m_client->retry.delayFor(call->retries, retryAfter);
    ApiClientPrivate *client = m_client;
    QTimer::singleShot(delay, call, [client, call] { client->schedule(call); });
}
