#include "apiclient.h"

#include "apiclientprivate.h"
#include "apijson.h"
#include "fileinforeader.h"
#include "originguard.h"

#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

namespace {

QByteArray enc(const QString &v)
{
    return QUrl::toPercentEncoding(v);
}

void addParam(QByteArray &q, const char *name, const QByteArray &encodedValue)
{
    if (!q.isEmpty())
        q += '&';
    q += name;
    q += '=';
    q += encodedValue;
}

QByteArray encList(const QStringList &values)
{
    QByteArray out;
    for (const QString &v : values) {
        if (!out.isEmpty())
            out += ',';
        out += enc(v);
    }
    return out;
}

void addPaging(QByteArray &q, const LookupQuery &query)
{
    addParam(q, "page", QByteArray::number(qMax(0, query.page)));
    addParam(q, "countPerPage", QByteArray::number(query.countPerPage));
    if (query.all)
        addParam(q, "all", "true");
    if (!query.sortField.isEmpty())
        addParam(q, "sortField", enc(query.sortField));
}

ApiError badResponse(int status, const QString &detail)
{
    ApiError e(ApiError::Kind::BadResponse, status, ApiError::tr("The server's answer could not be read."));
    e.setDetail(detail);
    return e;
}

} // namespace

ApiClient::ApiClient(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<ApiClientPrivate>(this))
{
}

ApiClient::~ApiClient() = default;

bool ApiClient::setServer(const QUrl &baseUrl, QString *error)
{
    const QString scheme = baseUrl.scheme().toLower();
    QString why;
    if (!baseUrl.isValid())
        why = tr("The server address is not a valid URL.");
    else if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        why = tr("The server address must start with https:// (or http:// for a local test server).");
    else if (baseUrl.host().isEmpty())
        why = tr("The server address has no host name.");
    else if (!baseUrl.userInfo().isEmpty())
        why = tr("The server address must not contain a user name or password.");
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return false;
    }
    QUrl normalized = baseUrl.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash);
    if (normalized == d->server)
        return true;
    const bool wasSignedIn = isSignedIn();
    d->server = normalized;
    if (wasSignedIn || !d->userName.isEmpty()) {
        d->forget();
        emit sessionChanged();
        if (wasSignedIn)
            emit signedOut();
    }
    return true;
}

QUrl ApiClient::server() const { return d->server; }
void ApiClient::setRequestTimeout(int ms) { d->timeoutMs = qMax(1, ms); }
int ApiClient::requestTimeout() const { return d->timeoutMs; }
void ApiClient::setMaxRetries(int count) { d->retry.setMaxRetries(count); }
int ApiClient::maxRetries() const { return d->retry.maxRetries(); }
void ApiClient::setRetryBaseDelay(int ms) { d->retry.setBaseDelay(ms); }
void ApiClient::setMaxConcurrentPerHost(int count) { d->maxPerHost = qMax(1, count); }
QNetworkAccessManager *ApiClient::networkAccessManager() const { return d->nam; }
bool ApiClient::isSignedIn() const { return d->session.isValid(); }
AuthSession ApiClient::session() const { return d->session; }
UserInfo ApiClient::currentUser() const { return d->user; }
int ApiClient::activeRequests() const { return d->active; }

void ApiClient::restoreSession(const AuthSession &session)
{
    if (!session.isValid())
        return;
    if (d->server.isEmpty() && !session.origin.isEmpty())
        setServer(QUrl(session.origin));
    if (!session.origin.isEmpty() && session.origin != OriginGuard::originOf(d->server))
        return;  // it belongs to another server
    d->forget();
    d->session = session;
    d->session.origin = OriginGuard::originOf(d->server);
    emit sessionChanged();
    authStatus(this, [this](const ApiResult<UserInfo> &r) {
        if (r.ok() && r.value.isAuthenticated)
            emit signedIn();
    });
}

void ApiClient::forgetSession()
{
    const bool had = isSignedIn();
    d->forget();
    if (had)
        emit sessionChanged();
}

ApiCall *ApiClient::signIn(const QString &userName, const QString &password, bool rememberMe, QObject *context,
                           Callback<AuthSession> done)
{
    ApiCallImpl *call = d->newCall(context);
    call->method = "POST";
    call->url = d->apiUrl(QStringLiteral("/auth/credentials"));
    call->contentType = "application/json";
    call->idempotent = false;
    call->authCall = true;
    QJsonObject body{{QStringLiteral("userName"), userName}, {QStringLiteral("password"), password},
                     {QStringLiteral("rememberMe"), rememberMe}};
    call->body = QJsonDocument(body).toJson(QJsonDocument::Compact);

    auto fail = [this, call, done](const ApiError &e) {
        d->complete(call, [done, e] { done(ApiResult<AuthSession>{e, {}}); });
    };
    // The second step: GET /auth/status fills currentUser(); its failure does not undo the sign-in.
    auto statusStep = [this, call, done](const ApiError &err, const ApiResponse &response) {
        QJsonObject o;
        if (!err.isError() && ApiJson::object(response.body, &o, nullptr)) {
            d->user = ApiJson::user(o);
            if (d->session.displayName.isEmpty())
                d->session.displayName = d->user.displayName();
            if (d->session.roles.isEmpty())
                d->session.roles = d->user.roles;
        }
        const AuthSession s = d->session;
        emit signedIn();
        d->complete(call, [done, s] { done(ApiResult<AuthSession>{ApiError(), s}); });
    };
    call->handler = [this, call, userName, password, rememberMe, fail, statusStep](const ApiError &err,
                                                                                    const ApiResponse &response) {
        if (err.isError()) {
            fail(err);
            return;
        }
        ApiError e;
        d->setSessionFromSignIn(response.body, response, userName, password, rememberMe, &e);
        if (e.isError()) {
            fail(e);
            return;
        }
        d->user = UserInfo();
        d->user.id = d->session.userId;
        d->user.name = d->session.displayName;
        d->user.roles = d->session.roles;
        d->user.isAuthenticated = true;
        call->method = "GET";
        call->url = d->apiUrl(QStringLiteral("/auth/status"));
        call->body.clear();
        call->contentType.clear();
        call->idempotent = true;
        call->authCall = true;
        call->retries = 0;
        call->redirects = 0;
        call->handler = statusStep;
        d->start(call);
    };
    ApiError pre;
    if (d->server.isEmpty())
        pre = ApiError(ApiError::Kind::Usage, 0, tr("No server is set."));
    else if (!OriginGuard::passwordAllowed(d->server))
        pre = ApiError(ApiError::Kind::Usage, 0,
                       tr("A password is never sent over plain HTTP except to this computer; use https://."));
    else if (userName.isEmpty() || password.isEmpty())
        pre = ApiError(ApiError::Kind::Usage, 0, tr("A user name and a password are needed."));
    d->start(call, pre);
    return call;
}

ApiCall *ApiClient::authStatus(QObject *context, Callback<UserInfo> done)
{
    ApiCallImpl *call = d->newCall(context);
    call->url = d->apiUrl(QStringLiteral("/auth/status"));
    call->handler = [this, call, done](const ApiError &err, const ApiResponse &response) {
        ApiResult<UserInfo> r{err, {}};
        if (!err.isError()) {
            const QByteArray body = response.body.trimmed();
            QJsonObject o;
            QString why;
            if (body.isEmpty() || body == "null")
                r.value = UserInfo();
            else if (ApiJson::object(body, &o, &why))
                r.value = ApiJson::user(o);
            else
                r.error = badResponse(response.status, why);
            if (r.ok() && r.value.isAuthenticated)
                d->user = r.value;
        }
        d->complete(call, [done, r] { done(r); });
    };
    d->start(call, d->server.isEmpty() ? ApiError(ApiError::Kind::Usage, 0, tr("No server is set.")) : ApiError());
    return call;
}

ApiCall *ApiClient::signOut(QObject *context, Callback<NoValue> done)
{
    ApiCallImpl *call = d->newCall(context);
    call->url = d->apiUrl(QStringLiteral("/auth/logout"));
    call->authCall = true;
    call->idempotent = false;
    d->password.clear();  // no silent re-sign-in from here on
    call->handler = [this, call, done](const ApiError &err, const ApiResponse &) {
        const bool had = isSignedIn();
        d->forget();
        if (had) {
            emit sessionChanged();
            emit signedOut();
        }
        // Signing out of a session the server already forgot is still signed out.
        ApiError e = err.kind() == ApiError::Kind::Unauthorized ? ApiError() : err;
        d->complete(call, [done, e] { done(ApiResult<NoValue>{e, {}}); });
    };
    d->start(call, d->server.isEmpty() ? ApiError(ApiError::Kind::Usage, 0, tr("No server is set.")) : ApiError());
    return call;
}

ApiCall *ApiClient::listFiles(const FileQuery &query, QObject *context, Callback<ListPage<FileInfo>> done)
{
    ApiCallImpl *call = d->newCall(context);
    call->url = d->apiUrl(QStringLiteral("/files"), query.toApiQuery().query(QUrl::FullyEncoded).toLatin1());
    const bool simplified = query.simplifiedPaging;
    call->handler = [this, call, done, simplified](const ApiError &err, const ApiResponse &response) {
        ApiResult<ListPage<FileInfo>> r{err, {}};
        QString why;
        if (!err.isError() && !FileInfoReader::readList(response.body, &r.value, &why, simplified))
            r.error = badResponse(response.status, why);
        d->complete(call, [done, r = std::move(r)] { done(r); });
    };
    d->start(call, d->server.isEmpty() ? ApiError(ApiError::Kind::Usage, 0, tr("No server is set.")) : ApiError());
    return call;
}

ApiCall *ApiClient::getFile(const QString &fileId, QObject *context, Callback<FileInfo> done)
{
    ApiCallImpl *call = d->newCall(context);
    call->url = d->apiUrl(QStringLiteral("/files/") + QString::fromLatin1(enc(fileId)));
    call->handler = [this, call, done](const ApiError &err, const ApiResponse &response) {
        ApiResult<FileInfo> r{err, {}};
        QString why;
        if (!err.isError() && !FileInfoReader::readOne(response.body, &r.value, &why))
            r.error = badResponse(response.status, why);
        d->complete(call, [done, r] { done(r); });
    };
    ApiError pre;
    if (d->server.isEmpty())
        pre = ApiError(ApiError::Kind::Usage, 0, tr("No server is set."));
    else if (fileId.trimmed().isEmpty())
        pre = ApiError(ApiError::Kind::Usage, 0, tr("No file ID was given."));
    d->start(call, pre);
    return call;
}

ApiCall *ApiClient::patchFile(const QString &fileId, const FilePatch &patch, QObject *context, Callback<FileInfo> done)
{
    ApiCallImpl *call = d->newCall(context);
    QByteArray q;
    QJsonObject body;
    if (patch.fileName) {
        addParam(q, "fileName", enc(*patch.fileName));
        body.insert(QStringLiteral("fileName"), *patch.fileName);
    }
    if (patch.customerId) {
        addParam(q, "customerId", enc(*patch.customerId));
        body.insert(QStringLiteral("customerId"), *patch.customerId);
    }
    if (patch.userId) {
        addParam(q, "userId", enc(*patch.userId));
        body.insert(QStringLiteral("userId"), *patch.userId);
    }
    call->method = "PATCH";
    call->url = d->apiUrl(QStringLiteral("/files/") + QString::fromLatin1(enc(fileId)), q);
    call->contentType = "application/json";
    call->body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    call->idempotent = false;
    call->handler = [this, call, done](const ApiError &err, const ApiResponse &response) {
        ApiResult<FileInfo> r{err, {}};
        QString why;
        if (!err.isError() && !FileInfoReader::readOne(response.body, &r.value, &why))
            r.error = badResponse(response.status, why);
        d->complete(call, [done, r] { done(r); });
    };
    ApiError pre;
    if (d->server.isEmpty())
        pre = ApiError(ApiError::Kind::Usage, 0, tr("No server is set."));
    else if (fileId.trimmed().isEmpty())
        pre = ApiError(ApiError::Kind::Usage, 0, tr("No file ID was given."));
    d->start(call, pre);
    return call;
}

template<typename T>
static ApiCall *lookupList(ApiClientPrivate *d, const QString &path, const QByteArray &query, QObject *context,
                           std::function<void(const ApiResult<ListPage<T>> &)> done,
                           std::function<T(const QJsonObject &)> read)
{
    ApiCallImpl *call = d->newCall(context);
    call->url = d->apiUrl(path, query);
    call->handler = [d, call, done, read](const ApiError &err, const ApiResponse &response) {
        ApiResult<ListPage<T>> r{err, {}};
        QString why;
        if (!err.isError() && !ApiJson::list<T>(response.body, &r.value, &why, read))
            r.error = badResponse(response.status, why);
        d->complete(call, [done, r] { done(r); });
    };
    d->start(call, d->server.isEmpty() ? ApiError(ApiError::Kind::Usage, 0, ApiClient::tr("No server is set."))
                                       : ApiError());
    return call;
}

ApiCall *ApiClient::listAccounts(const LookupQuery &query, QObject *context, Callback<ListPage<AccountInfo>> done)
{
    QByteArray q;
    if (!query.nameFilter.isEmpty())
        addParam(q, "nameFilter", enc(query.nameFilter));
    addPaging(q, query);
    return lookupList<AccountInfo>(d.get(), QStringLiteral("/accounts"), q, context, done, &ApiJson::account);
}

ApiCall *ApiClient::getAccount(const QString &accountId, QObject *context, Callback<AccountInfo> done)
{
    ApiCallImpl *call = d->newCall(context);
    call->url = d->apiUrl(QStringLiteral("/accounts/") + QString::fromLatin1(enc(accountId)));
    call->handler = [this, call, done](const ApiError &err, const ApiResponse &response) {
        ApiResult<AccountInfo> r{err, {}};
        QJsonObject o;
        QString why;
        if (!err.isError()) {
            if (ApiJson::object(response.body, &o, &why))
                r.value = ApiJson::account(o);
            else
                r.error = badResponse(response.status, why);
        }
        d->complete(call, [done, r] { done(r); });
    };
    d->start(call, d->server.isEmpty() ? ApiError(ApiError::Kind::Usage, 0, tr("No server is set.")) : ApiError());
    return call;
}

ApiCall *ApiClient::listCustomers(const LookupQuery &query, QObject *context, Callback<ListPage<CustomerInfo>> done)
{
    QByteArray q;
    if (!query.accountIds.isEmpty())
        addParam(q, "accountIds", encList(query.accountIds));
    if (!query.nameFilter.isEmpty())
        addParam(q, "nameFilter", enc(query.nameFilter));
    if (!query.parentCustomerIds.isEmpty())
        addParam(q, "parentCustomerIds", encList(query.parentCustomerIds));
    if (query.shallowParent)
        addParam(q, "shallowParent", "true");
    addPaging(q, query);
    return lookupList<CustomerInfo>(d.get(), QStringLiteral("/customers"), q, context, done, &ApiJson::customer);
}

ApiCall *ApiClient::listUsers(const LookupQuery &query, QObject *context, Callback<ListPage<UserInfo>> done)
{
    QByteArray q;
    if (!query.accountIds.isEmpty())
        addParam(q, "accountIds", encList(query.accountIds));
    if (!query.emailFilter.isEmpty())
        addParam(q, "emailFilter", enc(query.emailFilter));
    addPaging(q, query);
    return lookupList<UserInfo>(d.get(), QStringLiteral("/users"), q, context, done, &ApiJson::user);
}

ApiCall *ApiClient::download(const QUrl &uri, QIODevice *target, qint64 offset, QObject *context, Callback<qint64> done)
{
    ApiCallImpl *call = d->newCall(context);
    call->url = d->server.isEmpty() ? uri : d->server.resolved(uri);
    call->target = target;
    call->offset = qMax<qint64>(0, offset);
    call->handler = [this, call, done](const ApiError &err, const ApiResponse &) {
        const qint64 written = call->written;
        d->complete(call, [done, err, written] { done(ApiResult<qint64>{err, written}); });
    };
    ApiError pre;
    const QString scheme = call->url.scheme().toLower();
    if (!target || !target->isWritable())
        pre = ApiError(ApiError::Kind::Usage, 0, tr("The download has nowhere to write to."));
    else if (!call->url.isValid() || call->url.host().isEmpty()
             || (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
        pre = ApiError(ApiError::Kind::Usage, 0, tr("The file's address is not usable: %1").arg(uri.toDisplayString()));
    d->start(call, pre);
    return call;
}
