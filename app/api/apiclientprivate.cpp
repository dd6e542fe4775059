#include "apiclientprivate.h"

#include "apiclient.h"
#include "apijson.h"
#include "nocookiejar.h"
#include "originguard.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkCookie>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QThread>
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

bool parseContentRangeStart(const QByteArray &header, qint64 *start)
{
    // "bytes START-END/TOTAL"
    const QByteArray h = header.trimmed();
    if (!h.startsWith("bytes "))
        return false;
    const int dash = h.indexOf('-', 6);
    if (dash < 0)
        return false;
    bool ok = false;
    *start = h.mid(6, dash - 6).trimmed().toLongLong(&ok);
    return ok;
}

} // namespace

void ApiClientPrivate::fire(ApiCallImpl *call, const ApiError &error, const ApiResponse &response)
{
    // A copy: a handler may replace itself (a call with a second step).
    const ApiCallImpl::Handler handler = call->handler;
    if (handler)
        handler(error, response);
}

ApiClientPrivate::ApiClientPrivate(ApiClient *qq)
    : q(qq)
    , nam(new QNetworkAccessManager)
{
    nam->setCookieJar(new NoCookieJar);
    nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

ApiClientPrivate::~ApiClientPrivate()
{
    const QSet<ApiCallImpl *> live = m_live;
    for (ApiCallImpl *call : live) {
        call->cancelled = true;
        call->m_finished = true;
        if (call->reply)
            QObject::disconnect(call->reply, nullptr, call, nullptr);
    }
    delete nam;
}

ApiCallImpl *ApiClientPrivate::newCall(QObject *context)
{
    auto *call = new ApiCallImpl(this, q);
    call->context = context;
    call->hasContext = context != nullptr;
    m_live.insert(call);
    ++active;
    emit q->requestStarted();
    return call;
}

QUrl ApiClientPrivate::apiUrl(const QString &path, const QByteArray &encodedQuery) const
{
    QUrl u = server;
    QString base = u.path(QUrl::FullyEncoded);
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    u.setPath(base + path, QUrl::TolerantMode);
    if (!encodedQuery.isEmpty())
        u.setQuery(QString::fromLatin1(encodedQuery), QUrl::TolerantMode);
    else
        u.setQuery(QString());
    u.setFragment(QString());
    return u;
}

void ApiClientPrivate::start(ApiCallImpl *call, const ApiError &err)
{
    if (err.isError()) {
        QTimer::singleShot(0, call, [call, err] {
            if (!call->cancelled)
                fire(call, err, ApiResponse{});
        });
        return;
    }
    schedule(call);
}

void ApiClientPrivate::schedule(ApiCallImpl *call)
{
    if (call->cancelled || call->m_finished)
        return;
    call->hostKey = OriginGuard::originOf(call->url);
    if (m_activePerHost.value(call->hostKey) >= qMax(1, maxPerHost)) {
        call->queued = true;
        m_waiting[call->hostKey].enqueue(call);
        return;
    }
    send(call);
}

bool ApiClientPrivate::attachCredentials(const ApiCallImpl *call) const
{
    return session.isValid() && call->credentialsAllowed && OriginGuard::sameOrigin(call->url, server);
}

void ApiClientPrivate::send(ApiCallImpl *call)
{
    call->queued = false;
    call->holdsSlot = true;
    ++m_activePerHost[call->hostKey];
    const quint64 generation = nextGeneration();
    call->generation = generation;
    call->timedOut = false;
    call->sessionGeneration = sessionGeneration;

    QNetworkRequest request(call->url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setRawHeader("User-Agent", "EvoVoiceConsole/0.1");
    request.setRawHeader("Accept", call->target ? QByteArray("*/*") : QByteArray("application/json"));
    if (!call->contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, call->contentType);
    if (attachCredentials(call)) {
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
    if (call->target) {
        call->attemptBase = call->offset + call->written;
        call->skip = 0;
        call->statusChecked = false;
        if (call->attemptBase > 0)
            request.setRawHeader("Range", "bytes=" + QByteArray::number(call->attemptBase) + '-');
    }

    QNetworkReply *reply = nullptr;
    if (call->method == "GET")
        reply = nam->get(request);
    else if (call->method == "POST")
        reply = nam->post(request, call->body);
    else
        reply = nam->sendCustomRequest(request, call->method, call->body);
    call->reply = reply;

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
    call->timer->start(qMax(1, timeoutMs));
}

void ApiClientPrivate::releaseSlot(ApiCallImpl *call)
{
    if (!call->holdsSlot)
        return;
    call->holdsSlot = false;
    int &count = m_activePerHost[call->hostKey];
    count = qMax(0, count - 1);
    auto it = m_waiting.find(call->hostKey);
    while (it != m_waiting.end() && !it->isEmpty() && count < qMax(1, maxPerHost)) {
        QPointer<ApiCallImpl> next = it->dequeue();
        if (next && !next->cancelled && !next->m_finished && next->queued)
            send(next);
    }
}

void ApiClientPrivate::onTimeout(ApiCallImpl *call, quint64 generation)
{
    if (call->generation != generation || !call->reply)
        return;
    call->timedOut = true;
    call->reply->abort();  // finished() follows, synchronously
}

void ApiClientPrivate::onReadyRead(ApiCallImpl *call, quint64 generation)
{
    QNetworkReply *reply = call->reply;
    if (call->generation != generation || call->cancelled || !reply)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200 && status != 206)
        return;  // an error or a redirect: its body is read at the end
    if (call->timer)
        call->timer->start(qMax(1, timeoutMs));  // downloads: an inactivity timeout
    if (!call->statusChecked) {
        call->statusChecked = true;
        if (status == 206) {
            qint64 start = -1;
            if (!parseContentRangeStart(reply->rawHeader("Content-Range"), &start) || start != call->attemptBase) {
                call->downloadError = ApiError(ApiError::Kind::BadResponse, status,
                                               ApiError::tr("The server sent a different part of the file than asked for."));
                reply->abort();
                return;
            }
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

void ApiClientPrivate::onFinished(ApiCallImpl *call, quint64 generation)
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
    releaseSlot(call);

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
        ApiError e(ApiError::Kind::Timeout, 0, ApiError::tr("No answer within %1 ms.").arg(timeoutMs));
        fire(call, e, response);
        return;
    }
    if (call->downloadError.isError()) {
        fire(call, call->downloadError, response);
        return;
    }
    if (isTransportError(netError) || status == 0) {
        ApiError e(ApiError::Kind::Network, status, reply->errorString());
        if (call->idempotent && call->retries < retry.maxRetries())
            retryLater(call, e, {});
        else
            fire(call, e, response);
        return;
    }
    if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
        const QUrl location = call->url.resolved(QUrl::fromEncoded(response.header("Location")));
        ApiError e(ApiError::Kind::Network, status);
        if (call->method != "GET")
            e.setMessage(ApiError::tr("The server redirected a request that cannot be repeated."));
        else if (++call->redirects > 5)
            e.setMessage(ApiError::tr("Too many redirects."));
        else if (!location.isValid() || location.host().isEmpty())
            e.setMessage(ApiError::tr("The server redirected to an invalid address."));
        else if (OriginGuard::isDowngrade(call->url, location))
            e.setMessage(ApiError::tr("Refused a redirect from HTTPS to an insecure address."));
        if (!e.message().isEmpty()) {
            fire(call, e, response);
            return;
        }
        if (!OriginGuard::sameOrigin(call->url, location))
            call->credentialsAllowed = false;  // and never again in this chain
        call->url = location;
        schedule(call);
        return;
    }
    if (status >= 200 && status < 300) {
        fire(call, ApiError(), response);
        return;
    }
    if (status == 401) {
        handleUnauthorized(call, ApiError(ApiError::Kind::Unauthorized, status), response);
        return;
    }
    ApiError e(status == 403 ? ApiError::Kind::Forbidden : ApiError::Kind::Http, status);
    ApiJson::readResponseStatus(response.body, &e);
    if (e.message().isEmpty())
        e.setMessage(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString());
    if (RetryPolicy::isRetryableStatus(status) && call->idempotent && call->retries < retry.maxRetries()) {
        retryLater(call, e, response.header("Retry-After"));
        return;
    }
    fire(call, e, response);
}

void ApiClientPrivate::retryLater(ApiCallImpl *call, const ApiError &, const QByteArray &retryAfter)
{
    ++call->retries;
    const int delay = retry.delayFor(call->retries, retryAfter);
    QTimer::singleShot(delay, call, [this, call] { schedule(call); });
}

void ApiClientPrivate::handleUnauthorized(ApiCallImpl *call, const ApiError &error, const ApiResponse &response)
{
    ApiError e = error;
    ApiJson::readResponseStatus(response.body, &e);
    if (call->authCall) {
        fire(call, e, response);
        return;
    }
    if (!call->replayed && session.isValid() && call->sessionGeneration != sessionGeneration) {
        call->replayed = true;  // the session was renewed while this call was under way
        schedule(call);
        return;
    }
    if (!call->replayed && !userName.isEmpty() && !password.isEmpty()) {
        m_awaitingReauth.append(call);
        startReauth();
        return;
    }
    fire(call, e, response);
    emit q->authenticationRequired();
}

void ApiClientPrivate::startReauth()
{
    if (m_reauthRunning)
        return;
    m_reauthRunning = true;
    ApiCallImpl *call = newCall(nullptr);
    call->method = "POST";
    call->url = apiUrl(QStringLiteral("/auth/credentials"));
    call->contentType = "application/json";
    QJsonObject body{{QStringLiteral("userName"), userName}, {QStringLiteral("password"), password},
                     {QStringLiteral("rememberMe"), rememberMe}};
    call->body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    call->idempotent = false;
    call->authCall = true;
    const QString name = userName;
    const QString pass = password;
    const bool remember = rememberMe;
    call->handler = [this, call, name, pass, remember](const ApiError &err, const ApiResponse &response) {
        ApiError e = err;
        if (!e.isError())
            setSessionFromSignIn(response.body, response, name, pass, remember, &e);
        complete(call, {});
        reauthDone(!e.isError());
    };
    start(call, OriginGuard::passwordAllowed(call->url) ? ApiError()
                                                        : ApiError(ApiError::Kind::Usage, 0, QString()));
}

void ApiClientPrivate::reauthDone(bool ok)
{
    m_reauthRunning = false;
    const QList<QPointer<ApiCallImpl>> waiting = std::exchange(m_awaitingReauth, {});
    bool anyFailed = false;
    for (const QPointer<ApiCallImpl> &call : waiting) {
        if (!call || call->cancelled || call->m_finished)
            continue;
        call->replayed = true;
        if (ok) {
            schedule(call);
        } else {
            anyFailed = true;
            fire(call, ApiError(ApiError::Kind::Unauthorized, 401,
                                   ApiError::tr("Signing in again with the saved credentials failed.")),
                          ApiResponse{});
        }
    }
    Q_UNUSED(anyFailed)
    if (!ok)
        emit q->authenticationRequired();
}

void ApiClientPrivate::complete(ApiCallImpl *call, const std::function<void()> &deliver)
{
    if (call->m_finished)
        return;
    call->m_finished = true;
    if (call->timer)
        call->timer->stop();
    releaseSlot(call);
    m_live.remove(call);
    m_awaitingReauth.removeAll(call);
    --active;
    const bool alive = !call->cancelled && (!call->hasContext || call->context);
    if (alive && deliver) {
        QObject *context = call->context;
        if (context && context->thread() != QThread::currentThread())
            QMetaObject::invokeMethod(context, deliver, Qt::QueuedConnection);
        else
            deliver();
    }
    call->deleteLater();
    emit q->requestFinished();
}

void ApiClientPrivate::cancelCall(ApiCallImpl *call)
{
    call->cancelled = true;
    if (QNetworkReply *reply = call->reply) {
        call->reply = nullptr;
        QObject::disconnect(reply, nullptr, call, nullptr);
        reply->abort();
        reply->deleteLater();
    }
    complete(call, {});
}

void ApiClientPrivate::setSessionFromSignIn(const QByteArray &body, const ApiResponse &response, const QString &name,
                                            const QString &pass, bool remember, ApiError *error)
{
    QJsonObject o;
    QString why;
    if (!ApiJson::object(body, &o, &why)) {
        *error = ApiError(ApiError::Kind::BadResponse, response.status, ApiError::tr("The sign-in answer could not be read."));
        error->setDetail(why);
        return;
    }
    AuthSession s;
    s.origin = OriginGuard::originOf(server);
    s.userId = ApiJson::string(o, QLatin1String("userId"));
    s.sessionId = ApiJson::string(o, QLatin1String("sessionId"));
    s.userName = ApiJson::string(o, QLatin1String("userName"));
    s.displayName = ApiJson::string(o, QLatin1String("displayName"));
    s.roles = ApiJson::stringList(o, QLatin1String("roles"));
    s.bearerToken = ApiJson::string(o, QLatin1String("bearerToken")).toLatin1();
    bool perm = false;
    for (const auto &h : response.headers) {
        if (h.first.compare("set-cookie", Qt::CaseInsensitive) != 0)
            continue;
        for (const QNetworkCookie &c : QNetworkCookie::parseCookies(h.second)) {
            if (c.name() == "ss-id")
                s.ssId = c.value();
            else if (c.name() == "ss-pid")
                s.ssPid = c.value();
            else if (c.name() == "ss-opt")
                perm = c.value() == "perm";
        }
    }
    if (s.ssId.isEmpty() && s.bearerToken.isEmpty() && !s.sessionId.isEmpty())
        s.ssId = s.sessionId.toLatin1();  // ServiceStack's session id is the ss-id cookie's value
    s.permanent = perm || remember;
    if (s.userName.isEmpty())
        s.userName = name;
    if (!s.isValid()) {
        *error = ApiError(ApiError::Kind::BadResponse, response.status,
                          ApiError::tr("The server accepted the sign-in but sent no session."));
        return;
    }
    session = s;
    userName = name;
    password = pass;
    rememberMe = remember;
    ++sessionGeneration;
    emit q->sessionChanged();
}

void ApiClientPrivate::forget()
{
    session = AuthSession();
    user = UserInfo();
    userName.clear();
    password.clear();
    ++sessionGeneration;
}
