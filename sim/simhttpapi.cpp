#include "simhttpapi.h"

#include "simauth.h"
#include "simdataset.h"
#include "simdirectoryapi.h"
#include "simfaults.h"
#include "simfilesapi.h"
#include "simjson.h"
#include "simlistparams.h"
#include "simrequest.h"
#include "simrequestlog.h"
#include "simscope.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {
SimResponse methodNotAllowed()
{
    return SimResponse::error(405, QStringLiteral("MethodNotAllowed"), QStringLiteral("Method not allowed on this route"));
}

QByteArray cookie(const QByteArray &name, const QString &value, bool permanent)
{
    QByteArray c = name + '=' + value.toLatin1() + "; path=/; samesite=strict; httponly";
    if (permanent)
        c += "; expires=Sun, 01 Nov 2046 00:00:00 GMT";
    return c;
}
} // namespace

SimHttpApi::SimHttpApi(const SimDataset &data, SimAuth &auth, SimFilesApi &files, const SimDirectoryApi &directory,
                       SimFaults &faults, SimRequestLog &log)
    : m_data(data)
    , m_auth(auth)
    , m_files(files)
    , m_directory(directory)
    , m_faults(faults)
    , m_log(log)
{
}

SimResponse SimHttpApi::control(const SimRequest &r)
{
    if (r.path == QLatin1String("/__sim/faults")) {
        if (r.method == "DELETE") {
            m_faults.clear();
            return SimResponse::empty(204);
        }
        if (r.method != "POST")
            return methodNotAllowed();
        QString error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.body);
        if (!doc.isObject())
            return SimResponse::badField(QStringLiteral("body"), QStringLiteral("Expected a JSON object"));
        if (!m_faults.queue(doc.object(), &error))
            return SimResponse::badField(QStringLiteral("fault"), error);
        return SimResponse::empty(204);
    }
    if (r.path == QLatin1String("/__sim/requests")) {
        if (r.method == "DELETE") {
            m_log.clear();
            return SimResponse::empty(204);
        }
        return r.method == "GET" ? SimResponse::json(m_log.toJson()) : methodNotAllowed();
    }
    if (r.path == QLatin1String("/__sim/expire-sessions")) {
        if (r.method != "POST")
            return methodNotAllowed();
        m_auth.expireAll();
        return SimResponse::empty(204);
    }
    if (r.path == QLatin1String("/__sim/file-session") && r.method == "GET") {
        const qint64 f = m_data.fileIndex(r.param(QStringLiteral("id")));
        if (f < 0)
            return SimResponse::notFound(QStringLiteral("No such file"));
        return SimResponse::json(QJsonObject{{QStringLiteral("sessionId"), m_data.sessionId(m_data.sessionOf(quint32(f)))}});
    }
    if (r.path == QLatin1String("/__sim/hostile") && r.method == "GET") {
        QJsonObject o;
        for (const char *name : {"dotdot", "con", "separators", "long", "rtl-emoji", "same-1", "same-2",
                                 "formula-customer", "short-body"}) {
            const qint64 f = m_data.hostileFile(QLatin1String(name));
            if (f >= 0)
                o.insert(QLatin1String(name), m_data.fileId(quint32(f)));
        }
        return SimResponse::json(o);
    }
    return SimResponse::notFound(QStringLiteral("No such control route"));
}

SimResponse SimHttpApi::handle(const SimRequest &r)
{
    QString path = r.path;
    if (path.endsWith(QLatin1String(".json")))
        path.chop(5);
    const QStringList seg = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (seg.isEmpty())
        return SimResponse::notFound(QStringLiteral("Unknown route %1").arg(r.path));
    const QString root = seg[0].toLower();
    if (root == QLatin1String("auth"))
        return handleAuth(r, seg);
    const bool known = root == QLatin1String("files") || root == QLatin1String("accounts") || root == QLatin1String("customers")
        || root == QLatin1String("users");
    if (!known || seg.size() > 3)
        return SimResponse::notFound(QStringLiteral("Unknown route %1").arg(r.path));
    const int user = m_auth.userOf(r);
    if (user < 0)
        return SimResponse::unauthorized();
    const bool get = r.method == "GET";
    if (root == QLatin1String("files")) {
        if (seg.size() == 1)
            return get ? m_files.list(r, user) : methodNotAllowed();
        if (seg.size() == 2) {
            if (get)
                return m_files.get(user, seg[1]);
            return r.method == "PATCH" || r.method == "PUT" ? m_files.patch(r, user, seg[1]) : methodNotAllowed();
        }
        if (seg[2] == QLatin1String("content"))
            return get || r.method == "HEAD" ? m_files.content(r, user, seg[1]) : methodNotAllowed();
        return SimResponse::notFound(QStringLiteral("Unknown route %1").arg(r.path));
    }
    if (!get || seg.size() > 2)
        return seg.size() > 2 ? SimResponse::notFound(QStringLiteral("Unknown route %1").arg(r.path)) : methodNotAllowed();
    if (root == QLatin1String("accounts"))
        return seg.size() == 1 ? m_directory.accounts(r, user) : m_directory.account(user, seg[1]);
    if (root == QLatin1String("customers"))
        return seg.size() == 1 ? m_directory.customers(r, user) : m_directory.customer(user, seg[1]);
    return seg.size() == 1 ? m_directory.users(r, user) : m_directory.userInfo(user, seg[1]);
}

SimResponse SimHttpApi::authResponse(int user, const QString &sessionId, const QString &bearer) const
{
    const SimDataset::User &u = m_data.users()[user];
    QJsonObject o{{QStringLiteral("userId"), u.id},
                  {QStringLiteral("sessionId"), sessionId},
                  {QStringLiteral("userName"), u.email},
                  {QStringLiteral("displayName"), u.name()},
                  {QStringLiteral("referrerUrl"), QString()},
                  {QStringLiteral("profileUrl"), QStringLiteral("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg'/%3E")},
                  {QStringLiteral("roles"), QJsonArray{u.role}},
                  {QStringLiteral("permissions"), QJsonArray()},
                  {QStringLiteral("authProvider"), QStringLiteral("credentials")}};
    if (!bearer.isEmpty())
        o.insert(QStringLiteral("bearerToken"), bearer);
    return SimResponse::json(o);
}

SimResponse SimHttpApi::signIn(const SimRequest &r, const QString &provider)
{
    if (provider != QLatin1String("credentials"))
        return SimResponse::notFound(QStringLiteral("No configuration was added for OAuth provider '%1'").arg(provider));
    const QString name = r.param(QStringLiteral("username")).trimmed();
    const QString password = r.param(QStringLiteral("password"));
    if (name.isEmpty())
        return SimResponse::badField(QStringLiteral("UserName"), QStringLiteral("'User Name' must not be empty."), QStringLiteral("NotEmpty"));
    if (password.isEmpty())
        return SimResponse::badField(QStringLiteral("Password"), QStringLiteral("'Password' must not be empty."), QStringLiteral("NotEmpty"));
    bool remember = false;
    if (r.has(QStringLiteral("rememberme")))
        SimListParams::parseBool(r.param(QStringLiteral("rememberme")), &remember);
    const int user = m_data.userByEmail(name);
    if (user < 0 || password != QLatin1String("demo"))
        return SimResponse::unauthorized(QStringLiteral("Invalid UserName or Password"));
    const SimAuth::Login login = m_auth.signIn(user, remember);
    SimResponse res = authResponse(user, login.sessionId, login.bearerToken);
    res.headers.append({"Set-Cookie", cookie("ss-id", login.sessionId, false)});
    res.headers.append({"Set-Cookie", cookie("ss-pid", login.permId, true)});
    if (remember)
        res.headers.append({"Set-Cookie", cookie("ss-opt", QStringLiteral("perm"), true)});
    return res;
}

SimResponse SimHttpApi::handleAuth(const SimRequest &r, const QStringList &seg)
{
    const QString sub = seg.size() > 1 ? seg[1].toLower() : QString();
    QString sessionId;
    const int user = m_auth.userOf(r, &sessionId);
    if (sub == QLatin1String("logout") || (sub.isEmpty() && r.method == "DELETE")) {
        if (!sessionId.isEmpty())
            m_auth.signOut(sessionId);
        SimResponse res = SimResponse::json(QJsonObject{});
        for (const char *name : {"ss-id", "ss-pid", "ss-opt"})
            res.headers.append({"Set-Cookie", QByteArray(name) + "=; path=/; expires=Thu, 01 Jan 1970 00:00:00 GMT"});
        return res;
    }
    if (sub == QLatin1String("status")) {
        if (r.method != "GET")
            return methodNotAllowed();
        return user < 0 ? SimResponse::empty(204) : SimResponse::json(SimJson::user(m_data, user));
    }
    if (sub == QLatin1String("token")) {
        if (r.method != "GET")
            return methodNotAllowed();
        if (user < 0)
            return SimResponse::unauthorized();
        const SimScope scope(m_data, user);
        if (!scope.mayListUsers())
            return SimResponse::forbidden();
        int target = m_data.userIndex(r.param(QStringLiteral("userid")).trimmed());
        if (target < 0)
            target = m_data.userByEmail(r.param(QStringLiteral("useremailaddress")));
        if (target < 0)
            return SimResponse::badField(QStringLiteral("UserEmailAddress"), QStringLiteral("User not found"), QStringLiteral("NotFound"));
        if (!scope.seesUser(target))
            return SimResponse::forbidden(QStringLiteral("No access to that user"));
        return SimResponse::json(QJsonObject{{QStringLiteral("authToken"), m_auth.signIn(target, false).bearerToken}});
    }
    if (r.method == "POST")
        return signIn(r, sub.isEmpty() ? QStringLiteral("credentials") : sub);
    if (r.method == "GET" && sub.isEmpty()) {
        if (user < 0)
            return SimResponse::unauthorized();
        return authResponse(user, sessionId, QString());
    }
    return methodNotAllowed();
}
