#pragma once

#include "apiresult.h"
#include "authsession.h"

#include <QList>
#include <QPointer>
#include <QString>

#include <functional>

class ApiCallImpl;
class ApiClientPrivate;
struct ApiResponse;

// Signing in and staying signed in: the credentials POST (then a second, chained call: GET
// /auth/status), the
// session read from the answer's JSON and cookies, and the silent re-sign-in on a 401 with the
// credentials kept in memory, after which the calls that waited for it are replayed once.
class SessionAuthenticator final
{
public:
    using SignInCallback = std::function<void(const ApiResult<AuthSession> &)>;

    explicit SessionAuthenticator(ApiClientPrivate *client);

    // Makes call the two-step sign-in; done gets the session (or the error). Not started here.
    void prepareSignIn(ApiCallImpl *call, const QString &userName, const QString &password, bool rememberMe,
                       const SignInCallback &done);
    // A 401 on call: replay it, queue it behind a silent re-sign-in, or report it.
    void handleUnauthorized(ApiCallImpl *call, const ApiError &error, const ApiResponse &response);
    // The call is retired: it no longer waits for a re-sign-in.
    void drop(ApiCallImpl *call);

private:
    void prepareCredentialsPost(ApiCallImpl *call, const QString &userName, const QString &password,
                                bool rememberMe) const;
    void acceptSignIn(const ApiResponse &response, const QString &userName, const QString &password, bool rememberMe,
                      ApiError *error);
    AuthSession readSession(const ApiResponse &response, bool rememberMe, ApiError *error) const;
    void startStatusStep(ApiCallImpl *signInCall, const SignInCallback &done);
    void startReauth();
    void reauthDone(bool ok);

    ApiClientPrivate *m_client;
    QList<QPointer<ApiCallImpl>> m_awaitingReauth;
    bool m_reauthRunning = false;
};
