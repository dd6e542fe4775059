#include "apiclient.h"

#include "apiclientprivate.h"
#include "apijson.h"
#include "fileinforeader.h"
#include "originguard.h"
#include "querystringbuilder.h"

#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

namespace {

QString pathOf(const char *collection, const QString &id)
{
    return QLatin1String(collection) + QLatin1Char('/') + QString::fromLatin1(QueryStringBuilder::encode(id));
}

void addPaging(QueryStringBuilder &q, const LookupQuery &query)
{
    q.addEncoded("page", QByteArray::number(qMax(0, query.page)));
    q.addEncoded("countPerPage", QByteArray::number(query.countPerPage));
    if (query.all)
        q.addEncoded("all", "true");
    if (!query.sortField.isEmpty())
        q.add("sortField", query.sortField);
}

bool readFile(const QByteArray &body, FileInfo *file, QString *why)
{
    return FileInfoReader::readOne(body, file, why);
}

bool readAccount(const QByteArray &body, AccountInfo *account, QString *why)
{
    QJsonObject o;
    if (!ApiJson::object(body, &o, why))
        return false;
    *account = ApiJson::account(o);
    return true;
}

template<typename T>
ApiClientPrivate::BodyReader<ListPage<T>> listReader(T (*read)(const QJsonObject &))
{
    return [read](const QByteArray &body, ListPage<T> *page, QString *why) {
        return ApiJson::list<T>(body, page, why, read);
    };
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
void ApiClient::setMaxConcurrentPerHost(int count) { d->hosts.setMaxPerHost(count); }
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
    d->auth.prepareSignIn(call, userName, password, rememberMe, done);
    ApiError pre;
    if (d->server.isEmpty())
        pre = d->noServerError();
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
    call->setRequest(d->apiGet(QStringLiteral("/auth/status")));
    ApiClientPrivate *dd = d.get();
    d->deliverAs<UserInfo>(call, done, [dd](const QByteArray &answer, UserInfo *user, QString *why) {
        const QByteArray body = answer.trimmed();
        QJsonObject o;
        if (body.isEmpty() || body == "null")
            *user = UserInfo();
        else if (ApiJson::object(body, &o, why))
            *user = ApiJson::user(o);
        else
            return false;
        if (user->isAuthenticated)
            dd->user = *user;
        return true;
    });
    d->start(call, d->noServerError());
    return call;
}

ApiCall *ApiClient::signOut(QObject *context, Callback<NoValue> done)
{
    ApiCallImpl *call = d->newCall(context);
    ApiRequest request = d->apiGet(QStringLiteral("/auth/logout"));
    request.authCall = true;
    request.idempotent = false;
    call->setRequest(request);
    d->password.clear();  // no silent re-sign-in from here on
    call->setHandler([this, call, done](const ApiError &err, const ApiResponse &) {
        const bool had = isSignedIn();
        d->forget();
        if (had) {
            emit sessionChanged();
            emit signedOut();
        }
        // Signing out of a session the server already forgot is still signed out.
        ApiError e = err.kind() == ApiError::Kind::Unauthorized ? ApiError() : err;
        d->complete(call, [done, e] { done(ApiResult<NoValue>{e, {}}); });
    });
    d->start(call, d->noServerError());
    return call;
}

ApiCall *ApiClient::listFiles(const FileQuery &query, QObject *context, Callback<ListPage<FileInfo>> done)
{
    return listFiles(query, ListOptions(), context, std::move(done));
}

ApiCall *ApiClient::listFiles(const FileQuery &query, const ListOptions &options, QObject *context,
                              Callback<ListPage<FileInfo>> done)
{
    ApiCallImpl *call = d->newCall(context);
    call->setRequest(d->apiGet(QStringLiteral("/files"), query.toApiQuery().query(QUrl::FullyEncoded).toLatin1()));
    const bool simplified = query.simplifiedPaging;
    const bool keepRaw = options.keepRawItems;
    d->deliverAs<ListPage<FileInfo>>(call, done, [simplified, keepRaw](const QByteArray &body, ListPage<FileInfo> *page,
                                                                       QString *why) {
        return FileInfoReader::readList(body, page, why, simplified, keepRaw);
    });
    d->start(call, d->noServerError());
    return call;
}

ApiCall *ApiClient::getFile(const QString &fileId, QObject *context, Callback<FileInfo> done)
{
    ApiCallImpl *call = d->newCall(context);
    call->setRequest(d->apiGet(pathOf("/files", fileId)));
    d->deliverAs<FileInfo>(call, done, &readFile);
    d->start(call, d->fileCallError(fileId));
    return call;
}

ApiCall *ApiClient::patchFile(const QString &fileId, const FilePatch &patch, QObject *context, Callback<FileInfo> done)
{
    ApiCallImpl *call = d->newCall(context);
    QueryStringBuilder q;
    QJsonObject body;
    auto set = [&q, &body](const char *name, const std::optional<QString> &value) {
        if (!value)
            return;
        q.add(name, *value);
        body.insert(QLatin1String(name), *value);
    };
    set("fileName", patch.fileName);
    set("customerId", patch.customerId);
    set("userId", patch.userId);
    ApiRequest request = d->apiGet(pathOf("/files", fileId), q.toByteArray());
    request.method = "PATCH";
    request.contentType = "application/json";
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    request.idempotent = false;
    call->setRequest(request);
    d->deliverAs<FileInfo>(call, done, &readFile);
    d->start(call, d->fileCallError(fileId));
    return call;
}

template<typename T>
static ApiCall *getJson(ApiClientPrivate *d, const QString &path, const QByteArray &query, QObject *context,
                        std::function<void(const ApiResult<T> &)> done, ApiClientPrivate::BodyReader<T> read)
{
    ApiCallImpl *call = d->newCall(context);
    call->setRequest(d->apiGet(path, query));
    d->deliverAs<T>(call, std::move(done), std::move(read));
    d->start(call, d->noServerError());
    return call;
}

ApiCall *ApiClient::listAccounts(const LookupQuery &query, QObject *context, Callback<ListPage<AccountInfo>> done)
{
    QueryStringBuilder q;
    if (!query.nameFilter.isEmpty())
        q.add("nameFilter", query.nameFilter);
    addPaging(q, query);
    return getJson<ListPage<AccountInfo>>(d.get(), QStringLiteral("/accounts"), q.toByteArray(), context, done,
                                          listReader(&ApiJson::account));
}

ApiCall *ApiClient::getAccount(const QString &accountId, QObject *context, Callback<AccountInfo> done)
{
    return getJson<AccountInfo>(d.get(), pathOf("/accounts", accountId), {}, context, done, &readAccount);
}

ApiCall *ApiClient::listCustomers(const LookupQuery &query, QObject *context, Callback<ListPage<CustomerInfo>> done)
{
    QueryStringBuilder q;
    if (!query.accountIds.isEmpty())
        q.addList("accountIds", query.accountIds);
    if (!query.nameFilter.isEmpty())
        q.add("nameFilter", query.nameFilter);
    if (!query.parentCustomerIds.isEmpty())
        q.addList("parentCustomerIds", query.parentCustomerIds);
    if (query.shallowParent)
        q.addEncoded("shallowParent", "true");
    addPaging(q, query);
    return getJson<ListPage<CustomerInfo>>(d.get(), QStringLiteral("/customers"), q.toByteArray(), context, done,
                                           listReader(&ApiJson::customer));
}

ApiCall *ApiClient::listUsers(const LookupQuery &query, QObject *context, Callback<ListPage<UserInfo>> done)
{
    QueryStringBuilder q;
    if (!query.accountIds.isEmpty())
        q.addList("accountIds", query.accountIds);
    if (!query.emailFilter.isEmpty())
        q.add("emailFilter", query.emailFilter);
    addPaging(q, query);
    return getJson<ListPage<UserInfo>>(d.get(), QStringLiteral("/users"), q.toByteArray(), context, done,
                                       listReader(&ApiJson::user));
}

ApiCall *ApiClient::download(const QUrl &uri, QIODevice *target, qint64 offset, QObject *context, Callback<qint64> done)
{
    return download(uri, target, offset, DownloadOptions(), context, std::move(done));
}

ApiCall *ApiClient::download(const QUrl &uri, QIODevice *target, qint64 offset, const DownloadOptions &options,
                             QObject *context, Callback<qint64> done)
{
    ApiCallImpl *call = d->newCall(context);
    ApiRequest request;
    request.url = d->server.isEmpty() ? uri : d->server.resolved(uri);
    call->setRequest(request);
    call->setDownload(target, offset, options.restartWhenRangeIgnored);
    call->setHandler([this, call, done](const ApiError &err, const ApiResponse &) {
        const qint64 written = call->bytesWritten();
        d->complete(call, [done, err, written] { done(ApiResult<qint64>{err, written}); });
    });
    ApiError pre;
    const QUrl &url = request.url;
    const QString scheme = url.scheme().toLower();
    if (!target || !target->isWritable())
        pre = ApiError(ApiError::Kind::Usage, 0, tr("The download has nowhere to write to."));
    else if (!url.isValid() || url.host().isEmpty()
             || (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
        pre = ApiError(ApiError::Kind::Usage, 0, tr("The file's address is not usable: %1").arg(uri.toDisplayString()));
    d->start(call, pre);
    return call;
}
