#include "sessionauthenticator.h"

#include "apicallimpl.h"
#include "apiclient.h"
#include "apiclientprivate.h"
#include "apijson.h"
#include "originguard.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkCookie>

#include <utility>

SessionAuthenticator::SessionAuthenticator(ApiClientPrivate *client)
    : m_client(client)
{
}

void SessionAuthenticator::prepareCredentialsPost(ApiCallImpl *call, const QString &userName, const QString &password,
                                                  bool rememberMe) const
{
    ApiRequest request;
    request.method = "POST";
    request.url = m_client->apiUrl(QStringLiteral("/auth/credentials"));
    request.contentType = "application/json";
    request.idempotent = false;
    request.authCall = true;
    const QJsonObject body{{QStringLiteral("userName"), userName}, {QStringLiteral("password"), password},
                           {QStringLiteral("rememberMe"), rememberMe}};
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    call->setRequest(request);
}

void SessionAuthenticator::prepareSignIn(ApiCallImpl *call, const QString &userName, const QString &password,
                                         bool rememberMe, const SignInCallback &done)
{
    prepareCredentialsPost(call, userName, password, rememberMe);
    ApiClientPrivate *d = m_client;
    auto fail = [d, call, done](const ApiError &e) {
        d->complete(call, [done, e] { done(ApiResult<AuthSession>{e, {}}); });
    };
    // Two chained calls: the POST (the handle the caller holds) and then its own GET /auth/status,
    // which fills currentUser(); the status call's failure does not undo the sign-in. No handler
    // is swapped in flight: the POST's call stays open until the status call has answered.
    call->setHandler([this, d, call, userName, password, rememberMe, fail, done](const ApiError &err,
                                                                           const ApiResponse &response) {
        if (err.isError()) {
            fail(err);
            return;
        }
        ApiError e;
        acceptSignIn(response, userName, password, rememberMe, &e);
        if (e.isError()) {
            fail(e);
            return;
        }
        d->user = UserInfo();
        d->user.id = d->session.userId;
        d->user.name = d->session.displayName;
        d->user.roles = d->session.roles;
        d->user.isAuthenticated = true;
        startStatusStep(call, done);
    });
}

void SessionAuthenticator::startStatusStep(ApiCallImpl *signInCall, const SignInCallback &done)
{
    ApiClientPrivate *d = m_client;
    QPointer<ApiCallImpl> outer = signInCall;
    ApiCallImpl *status = d->newCall(signInCall);
    ApiRequest request;
    request.url = d->apiUrl(QStringLiteral("/auth/status"));
    request.authCall = true;
    status->setRequest(request);
    status->setHandler([d, status, outer, done](const ApiError &err, const ApiResponse &response) {
        QJsonObject o;
        if (!err.isError() && ApiJson::object(response.body, &o, nullptr)) {
            d->user = ApiJson::user(o);
            if (d->session.displayName.isEmpty())
                d->session.displayName = d->user.displayName();
            if (d->session.roles.isEmpty())
                d->session.roles = d->user.roles;
        }
        d->complete(status, {});
        if (!outer || !outer->isOpen())
            return;  // the caller cancelled the sign-in meanwhile
        const AuthSession s = d->session;
        emit d->q->signedIn();
        d->complete(outer, [done, s] { done(ApiResult<AuthSession>{ApiError(), s}); });
    });
    // Cancelling the sign-in also cancels this step.
    QObject::connect(signInCall, &QObject::destroyed, status, [status] { status->cancel(); });
    d->start(status);
}

AuthSession SessionAuthenticator::readSession(const ApiResponse &response, bool rememberMe, ApiError *error) const
{
    QJsonObject o;
    QString why;
    if (!ApiJson::object(response.body, &o, &why)) {
        *error = ApiError(ApiError::Kind::BadResponse, response.status);  // userText() says it could not be read
        error->setDetail(why);
        return {};
    }
    AuthSession s;
    s.origin = OriginGuard::originOf(m_client->server);
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
    s.permanent = perm || rememberMe;
    return s;
}

void SessionAuthenticator::acceptSignIn(const ApiResponse &response, const QString &userName, const QString &password,
                                        bool rememberMe, ApiError *error)
{
    AuthSession s = readSession(response, rememberMe, error);
    if (error->isError())
        return;
    if (s.userName.isEmpty())
        s.userName = userName;
    if (!s.isValid()) {
        *error = ApiError(ApiError::Kind::BadResponse, response.status,
                          ApiError::tr("The server accepted the sign-in but sent no session."));
        return;
    }
    m_client->session = s;
    m_client->userName = userName;
    m_client->password = password;
    m_client->rememberMe = rememberMe;
    ++m_client->sessionGeneration;
    emit m_client->q->sessionChanged();
}

void SessionAuthenticator::handleUnauthorized(ApiCallImpl *call, const ApiError &error, const ApiResponse &response)
{
    ApiError e = error;
    ApiJson::readResponseStatus(response.body, &e);
    if (call->request().authCall) {
        call->deliver(e, response);
        return;
    }
    if (!call->wasReplayed() && m_client->session.isValid()
        && call->sessionGeneration() != m_client->sessionGeneration) {
        call->markReplayed();  // the session was renewed while this call was under way
        m_client->schedule(call);
        return;
    }
    if (!call->wasReplayed() && !m_client->userName.isEmpty() && !m_client->password.isEmpty()) {
        m_awaitingReauth.append(call);
        startReauth();
        return;
    }
    call->deliver(e, response);
    emit m_client->q->authenticationRequired();
}

void SessionAuthenticator::startReauth()
{
    if (m_reauthRunning)
        return;
    m_reauthRunning = true;
    ApiCallImpl *call = m_client->newCall(nullptr);
    const QString name = m_client->userName;
    const QString pass = m_client->password;
    const bool remember = m_client->rememberMe;
    prepareCredentialsPost(call, name, pass, remember);
    call->setHandler([this, call, name, pass, remember](const ApiError &err, const ApiResponse &response) {
        ApiError e = err;
        if (!e.isError())
            acceptSignIn(response, name, pass, remember, &e);
        m_client->complete(call, {});
        reauthDone(!e.isError());
    });
    m_client->start(call, OriginGuard::passwordAllowed(call->request().url) ? ApiError()
                                                                  : ApiError(ApiError::Kind::Usage, 0, QString()));
}

void SessionAuthenticator::reauthDone(bool ok)
{
    m_reauthRunning = false;
    const QList<QPointer<ApiCallImpl>> waiting = std::exchange(m_awaitingReauth, {});
    for (const QPointer<ApiCallImpl> &call : waiting) {
        if (!call || !call->isOpen())
            continue;
        call->markReplayed();
        if (ok)
            m_client->schedule(call);
        else
            call->deliver(ApiError(ApiError::Kind::Unauthorized, 401,
                                   ApiError::tr("Signing in again with the saved credentials failed.")),
                          ApiResponse{});
    }
    if (!ok)
        emit m_client->q->authenticationRequired();
}

void SessionAuthenticator::drop(ApiCallImpl *call)
{
    m_awaitingReauth.removeAll(call);
}
