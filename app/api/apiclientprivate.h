#pragma once

#include "apicallimpl.h"
#include "authsession.h"
#include "retrypolicy.h"
#include "userinfo.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QQueue>
#include <QSet>
#include <QUrl>

#include <functional>

class ApiClient;
class QNetworkAccessManager;
class QNetworkReply;

// The transport behind ApiClient: sends ApiCallImpl requests on QNetworkAccessManager with a
// per-host concurrency cap, timeouts, manual redirects under the origin rules, retries with
// backoff, silent re-sign-in on 401, and delivery only to live, uncancelled calls.
class ApiClientPrivate final
{
public:
    explicit ApiClientPrivate(ApiClient *q);
    ~ApiClientPrivate();

    ApiClient *q;
    QNetworkAccessManager *nam;
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
    int maxPerHost = 6;
    int active = 0;

    // Creates a call for a route on the API (path relative to the server's base path).
    ApiCallImpl *newCall(QObject *context);
    QUrl apiUrl(const QString &path, const QByteArray &encodedQuery = {}) const;
    // Starts it (or reports err asynchronously when err is an error).
    void start(ApiCallImpl *call, const ApiError &err = {});
    // Reports the outcome to the caller (unless cancelled or its context died) and retires it.
    void complete(ApiCallImpl *call, const std::function<void()> &deliver);
    void cancelCall(ApiCallImpl *call);

    void setSessionFromSignIn(const QByteArray &body, const ApiResponse &response, const QString &name,
                              const QString &pass, bool remember, ApiError *error);
    void forget();
    static void fire(ApiCallImpl *call, const ApiError &error, const ApiResponse &response);

private:
    void schedule(ApiCallImpl *call);
    void send(ApiCallImpl *call);
    void releaseSlot(ApiCallImpl *call);
    void onReadyRead(ApiCallImpl *call, quint64 generation);
    void onFinished(ApiCallImpl *call, quint64 generation);
    void onTimeout(ApiCallImpl *call, quint64 generation);
    void retryLater(ApiCallImpl *call, const ApiError &error, const QByteArray &retryAfter);
    void handleUnauthorized(ApiCallImpl *call, const ApiError &error, const ApiResponse &response);
    void startReauth();
    void reauthDone(bool ok);
    bool attachCredentials(const ApiCallImpl *call) const;

    QSet<ApiCallImpl *> m_live;
    QHash<QString, int> m_activePerHost;
    QHash<QString, QQueue<QPointer<ApiCallImpl>>> m_waiting;
    QList<QPointer<ApiCallImpl>> m_awaitingReauth;
    bool m_reauthRunning = false;
};
