#include "requestexecutor.h"

#include "apicallimpl.h"
#include "apiclientprivate.h"
#include "apijson.h"
#include "contentrange.h"
#include "downloadsink.h"
#include "evovoiceversion.h"
#include "httpconnectionpool.h"
#include "httpstreamreply.h"
#include "originguard.h"

#include <QIODevice>
#include <QNetworkAccessManager>
#include <QNetworkCookie>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace {

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

QNetworkRequest RequestExecutor::buildRequest(const ApiCallImpl *call) const
{
    const ApiRequest &r = call->request();
    QNetworkRequest request(r.url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setRawHeader("User-Agent", EVOVOICE_USER_AGENT);
    request.setRawHeader("Accept", call->isDownload() ? QByteArray("*/*") : QByteArray("application/json"));
    if (!r.contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, r.contentType);
    if (m_client->attachCredentials(call))
        addCredentials(request);
    return request;
}

void RequestExecutor::send(ApiCallImpl *call)
{
    const quint64 generation = call->beginAttempt(m_client->sessionGeneration);
    QNetworkRequest request = buildRequest(call);
    const ApiRequest &r = call->request();
    const bool download = call->isDownload();
    if (download && call->download()->attemptBase() > 0)
        request.setRawHeader("Range", ContentRange::requestFrom(call->download()->attemptBase()));

    QNetworkReply *reply = nullptr;
    QNetworkAccessManager *nam = nullptr;
    if (download && r.method == "GET" && m_client->streamDownloads && HttpConnectionPool::canCarry(r.url)) {
        // Bodies go from the socket to the file on this thread (HttpConnectionPool).
        reply = m_client->streams()->get(request);
    } else {
        nam = download ? m_client->bulkNam() : m_client->nam;
        if (r.method == "GET")
            reply = nam->get(request);
        else if (r.method == "POST")
            reply = nam->post(request, r.body);
        else
            reply = nam->sendCustomRequest(request, r.method, r.body);
    }
    if (nam && download) {
        // Counted until the reply finishes (abort() on timeout or cancel emits finished too).
        nam->setProperty("evovoiceActive", nam->property("evovoiceActive").toInt() + 1);
        QObject::connect(reply, &QNetworkReply::finished, nam, [nam] {
            nam->setProperty("evovoiceActive", nam->property("evovoiceActive").toInt() - 1);
        });
    }

    QObject::connect(reply, &QNetworkReply::finished, call, [this, call, generation] { onFinished(call, generation); });
    QObject::connect(reply, &QNetworkReply::downloadProgress, call, [call, generation](qint64 received, qint64 total) {
        if (call->currentReply(generation))
            call->reportProgress(received, total);
    });
    if (download)
        QObject::connect(reply, &QNetworkReply::readyRead, call, [this, call, generation] { onReadyRead(call, generation); });
    call->attachReply(reply, m_client->timeoutMs);
}

void RequestExecutor::onReadyRead(ApiCallImpl *call, quint64 generation)
{
    QNetworkReply *reply = call->currentReply(generation);
    if (!reply)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200 && status != 206)
        return;  // an error or a redirect: its body is read at the end
    call->restartTimeout();
    auto *stream = qobject_cast<HttpStreamReply *>(reply);
    if (!call->download()->write(status, reply->rawHeader("Content-Range"), stream ? stream->takeBody() : reply->readAll()))
        reply->abort();
}

bool RequestExecutor::mayRetry(const ApiCallImpl *call) const
{
    return call->mayRetry(m_client->retry.maxRetries());
}

void RequestExecutor::onFinished(ApiCallImpl *call, quint64 generation)
{
    QNetworkReply *reply = call->currentReply(generation);
    if (!reply)
        return;
    const bool download = call->isDownload();
    const bool timedOut = call->takeTimedOut();
    if (download && reply->isOpen() && !timedOut && !call->download()->failed())
        onReadyRead(call, generation);  // whatever is left in the buffer
    call->takeReply();
    reply->deleteLater();
    m_client->hosts.release(call);

    ApiResponse response;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.headers = reply->rawHeaderPairs();
    const bool streamed = download && (response.status == 200 || response.status == 206);
    if (!streamed && reply->isOpen())
        response.body = reply->readAll();
    const QNetworkReply::NetworkError netError = reply->error();
    const int status = response.status;

    if (timedOut) {
        // A late answer is retried like a network error (a download resumes where it was).
        if (mayRetry(call)) {
            retryLater(call, {});
            return;
        }
        ApiError e(ApiError::Kind::Timeout, 0, ApiError::tr("No answer within %1 ms.").arg(m_client->timeoutMs));
        call->deliver(e, response);
        return;
    }
    if (download && call->download()->failed()) {
        call->deliver(call->download()->error(), response);
        return;
    }
    if (isTransportError(netError) || status == 0) {
        ApiError e(ApiError::Kind::Network, status, reply->errorString());
        if (mayRetry(call))
            retryLater(call, {});
        else
            call->deliver(e, response);
        return;
    }
    if (isRedirect(status)) {
        followRedirect(call, response);
        return;
    }
    if (status >= 200 && status < 300) {
        call->deliver(ApiError(), response);
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
    call->deliver(e, response);
}

bool RequestExecutor::retryUnreadable(ApiCallImpl *call)
{
    if (call->request().method != "GET" || call->isDownload() || !mayRetry(call))
        return false;
    retryLater(call, {});
    return true;
}

void RequestExecutor::followRedirect(ApiCallImpl *call, const ApiResponse &response)
{
    const QUrl &from = call->request().url;
    const QUrl location = from.resolved(QUrl::fromEncoded(response.header("Location")));
    ApiError e(ApiError::Kind::Network, response.status);
    if (call->request().method != "GET")
        e.setMessage(ApiError::tr("The server redirected a request that cannot be repeated."));
    else if (call->countRedirect() > 5)
        e.setMessage(ApiError::tr("Too many redirects."));
    else if (!location.isValid() || location.host().isEmpty())
        e.setMessage(ApiError::tr("The server redirected to an invalid address."));
    else if (OriginGuard::isDowngrade(from, location))
        e.setMessage(ApiError::tr("Refused a redirect from HTTPS to an insecure address."));
    if (!e.message().isEmpty()) {
        call->deliver(e, response);
        return;
    }
    call->moveTo(location);
    m_client->schedule(call);
}

void RequestExecutor::retryLater(ApiCallImpl *call, const QByteArray &retryAfter)
{
    const int delay = m_client->retry.delayFor(call->countRetry(), retryAfter);
    ApiClientPrivate *client = m_client;
    QTimer::singleShot(delay, call, [client, call] { client->schedule(call); });
}
