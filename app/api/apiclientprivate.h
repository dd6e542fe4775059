#pragma once

#include "apicallimpl.h"
#include "apiresult.h"
#include "authsession.h"
#include "hostqueue.h"
#include "requestexecutor.h"
#include "retrypolicy.h"
#include "sessionauthenticator.h"
#include "userinfo.h"

#include <QSet>
#include <QUrl>

#include <functional>

class ApiClient;
class HttpConnectionPool;
class QNetworkAccessManager;

// The state behind ApiClient and the life of its calls: creates them, starts them through the
// per-host queue (HostQueue) onto the network (RequestExecutor), with the session kept by
// SessionAuthenticator, and delivers each outcome once, only to live, uncancelled calls.
class ApiClientPrivate final
{
public:
    // Reads a successful answer's body into a value; false (with *why) when it cannot.
    template<typename T>
    using BodyReader = std::function<bool(const QByteArray &body, T *value, QString *why)>;

    explicit ApiClientPrivate(ApiClient *q);
    ~ApiClientPrivate();

    ApiClient *q;
    QNetworkAccessManager *nam;
    // Downloads run on these (created on demand, set up like nam): Qt 6.4 opens at most 6
    // connections per host and manager, so N parallel transfers need ceil(N / 6) of them.
    // Credentials are still decided per request (attachCredentials), whichever manager sends it.
    QList<QNetworkAccessManager *> bulkNams;
    QNetworkAccessManager *bulkNam();
    // Downloads that HttpConnectionPool can carry go there instead (created on demand), unless
    // EVOVOICE_DOWNLOAD_TRANSPORT=qt asks for the managers (to compare, or to work around).
    HttpConnectionPool *streams();
    bool streamDownloads = true;
    QUrl server;
    AuthSession session;
    UserInfo user;
    quint64 sessionGeneration = 1;
    // In memory only, for the silent re-sign-in.
    QString userName;
    QString password;
    bool rememberMe = false;

    int timeoutMs = 30000;
    RetryPolicy retry;
    int active = 0;

    RequestExecutor executor;
    HostQueue hosts;
    SessionAuthenticator auth;

    // Creates a call (its request and handler are set before start()).
    ApiCallImpl *newCall(QObject *context);
    // A GET of a route on the API (path relative to the server's base path).
    ApiRequest apiGet(const QString &path, const QByteArray &encodedQuery = {}) const;
    QUrl apiUrl(const QString &path, const QByteArray &encodedQuery = {}) const;
    // Starts it (or reports err asynchronously when err is an error).
    void start(ApiCallImpl *call, const ApiError &err = {});
    // Queues a (new, redirected, retried or replayed) attempt unless the call is over.
    void schedule(ApiCallImpl *call);
    // Reports the outcome to the caller (unless cancelled or its context died) and retires it.
    void complete(ApiCallImpl *call, const std::function<void()> &deliver);
    void cancelCall(ApiCallImpl *call);
    bool attachCredentials(const ApiCallImpl *call) const;

    void forget();

    // Usage errors found before a request is sent (none when the returned error is empty).
    ApiError noServerError() const;
    ApiError fileCallError(const QString &fileId) const;
    static ApiError badResponse(int status, const QString &detail);

    // Makes call deliver ApiResult<T> read by read from the body of a successful answer.
    template<typename T>
    void deliverAs(ApiCallImpl *call, std::function<void(const ApiResult<T> &)> done, BodyReader<T> read)
    {
        call->setHandler([this, call, done, read](const ApiError &err, const ApiResponse &response) {
            ApiResult<T> r{err, {}};
            QString why;
            if (!err.isError() && !read(response.body, &r.value, &why)) {
                if (executor.retryUnreadable(call))
                    return;
                r.error = badResponse(response.status, why);
            }
            complete(call, [done, r = std::move(r)] { done(r); });
        });
    }

private:
    QSet<ApiCallImpl *> m_live;
    HttpConnectionPool *m_streams = nullptr;
};
