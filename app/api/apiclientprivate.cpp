#include "apiclientprivate.h"

#include "apiclient.h"
#include "httpconnectionpool.h"
#include "nocookiejar.h"
#include "originguard.h"

#include <QNetworkAccessManager>
#include <QNetworkCookie>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QThread>
#include <QTimer>

ApiClientPrivate::ApiClientPrivate(ApiClient *qq)
    : q(qq)
    , nam(new QNetworkAccessManager)
    , executor(this)
    , hosts([this](ApiCallImpl *call) { executor.send(call); })
    , auth(this)
{
    nam->setCookieJar(new NoCookieJar);
    nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    streamDownloads = qEnvironmentVariable("EVOVOICE_DOWNLOAD_TRANSPORT") != QLatin1String("qt");
}

HttpConnectionPool *ApiClientPrivate::streams()
{
    if (!m_streams)
        m_streams = new HttpConnectionPool;
    return m_streams;
}

QNetworkAccessManager *ApiClientPrivate::bulkNam()
{
    // The least busy manager with a free connection (6 per host in Qt 6.4), else a new one.
    constexpr int kConnectionsPerManager = 6;
    constexpr int kMaxManagers = 3;  // 16 downloads at most (DownloadQueue's jobs)
    QNetworkAccessManager *best = nullptr;
    int bestActive = 0;
    for (QNetworkAccessManager *m : std::as_const(bulkNams)) {
        const int active = m->property("evovoiceActive").toInt();
        if (!best || active < bestActive) {
            best = m;
            bestActive = active;
        }
    }
    if (!best || (bestActive >= kConnectionsPerManager && bulkNams.size() < kMaxManagers)) {
        best = new QNetworkAccessManager;
        best->setCookieJar(new NoCookieJar);
        best->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
        bulkNams.append(best);
    }
    return best;
}

ApiClientPrivate::~ApiClientPrivate()
{
    const QSet<ApiCallImpl *> live = m_live;
    for (ApiCallImpl *call : live)
        call->abandon();
    qDeleteAll(bulkNams);
    delete m_streams;
    delete nam;
}

ApiCallImpl *ApiClientPrivate::newCall(QObject *context)
{
    auto *call = new ApiCallImpl(this, context, q);
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

ApiRequest ApiClientPrivate::apiGet(const QString &path, const QByteArray &encodedQuery) const
{
    ApiRequest request;
    request.url = apiUrl(path, encodedQuery);
    return request;
}

void ApiClientPrivate::start(ApiCallImpl *call, const ApiError &err)
{
    if (err.isError()) {
        QTimer::singleShot(0, call, [call, err] {
            if (!call->isCancelled())
                call->deliver(err, ApiResponse{});
        });
        return;
    }
    schedule(call);
}

void ApiClientPrivate::schedule(ApiCallImpl *call)
{
    if (call->isOpen())
        hosts.schedule(call);
}

bool ApiClientPrivate::attachCredentials(const ApiCallImpl *call) const
{
    return session.isValid() && call->credentialsAllowed() && OriginGuard::sameOrigin(call->request().url, server);
}

void ApiClientPrivate::complete(ApiCallImpl *call, const std::function<void()> &deliver)
{
    if (!call->retire())
        return;
    hosts.release(call);
    m_live.remove(call);
    auth.drop(call);
    --active;
    if (call->deliverable() && deliver) {
        QObject *context = call->context();
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
    call->markCancelled();
    if (QNetworkReply *reply = call->takeReply()) {
        reply->abort();
        reply->deleteLater();
    }
    complete(call, {});
}

void ApiClientPrivate::forget()
{
    session = AuthSession();
    user = UserInfo();
    userName.clear();
    password.clear();
    ++sessionGeneration;
}

ApiError ApiClientPrivate::noServerError() const
{
    return server.isEmpty() ? ApiError(ApiError::Kind::Usage, 0, ApiClient::tr("No server is set.")) : ApiError();
}

ApiError ApiClientPrivate::fileCallError(const QString &fileId) const
{
    if (server.isEmpty())
        return noServerError();
    if (fileId.trimmed().isEmpty())
        return ApiError(ApiError::Kind::Usage, 0, ApiClient::tr("No file ID was given."));
    return {};
}

ApiError ApiClientPrivate::badResponse(int status, const QString &detail)
{
    // No message of its own: userText() already says the answer could not be read (the why is
    // the detail).
    ApiError e(ApiError::Kind::BadResponse, status);
    e.setDetail(detail);
    return e;
}
