#include "apijson.h"

#include <QJsonArray>
#include <QJsonDocument>

QJsonValue ApiJson::member(const QJsonObject &o, QLatin1String name)
{
    const auto exact = o.constFind(name);
    if (exact != o.constEnd())
        return exact.value();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        if (it.key().compare(name, Qt::CaseInsensitive) == 0)
            return it.value();
    return QJsonValue(QJsonValue::Undefined);
}

QString ApiJson::string(const QJsonObject &o, QLatin1String name)
{
    const QJsonValue v = member(o, name);
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    return {};
}

QStringList ApiJson::stringList(const QJsonObject &o, QLatin1String name)
{
    QStringList out;
    const QJsonValue v = member(o, name);
    if (v.isArray()) {
        for (const QJsonValue &e : v.toArray())
            if (e.isString())
                out << e.toString();
    } else if (v.isString() && !v.toString().isEmpty()) {
        out = v.toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    }
    return out;
}

bool ApiJson::boolean(const QJsonObject &o, QLatin1String name, bool fallback)
{
    const QJsonValue v = member(o, name);
    if (v.isBool())
        return v.toBool();
    if (v.isString())
        return v.toString().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
    return fallback;
}

int ApiJson::integer(const QJsonObject &o, QLatin1String name, int fallback)
{
    const QJsonValue v = member(o, name);
    if (v.isDouble())
        return v.toInt(fallback);
    if (v.isString()) {
        bool ok = false;
        const int i = v.toString().toInt(&ok);
        return ok ? i : fallback;
    }
    return fallback;
}

CustomerBreadcrumb ApiJson::breadcrumb(const QJsonValue &v)
{
    CustomerBreadcrumb out;
    for (const QJsonValue &e : v.toArray()) {
        if (!e.isObject())
            continue;
        const QJsonObject o = e.toObject();
        out.append(CustomerCrumb{string(o, QLatin1String("id")), string(o, QLatin1String("name"))});
    }
    return out;
}

AccountInfo ApiJson::account(const QJsonObject &o)
{
    AccountInfo a;
    a.id = string(o, QLatin1String("id"));
    a.name = string(o, QLatin1String("name"));
    a.parentAccountId = string(o, QLatin1String("parentAccountId"));
    a.ancestorIds = stringList(o, QLatin1String("ancestorIds"));
    return a;
}

CustomerInfo ApiJson::customer(const QJsonObject &o)
{
    CustomerInfo c;
    c.id = string(o, QLatin1String("id"));
    c.accountId = string(o, QLatin1String("accountId"));
    c.accountName = string(o, QLatin1String("accountName"));
    c.parentCustomerId = string(o, QLatin1String("parentCustomerId"));
    c.breadcrumb = breadcrumb(member(o, QLatin1String("breadcrumb")));
    c.name = string(o, QLatin1String("name"));
    c.referenceId = string(o, QLatin1String("referenceId"));
    c.isStaging = boolean(o, QLatin1String("isStaging"));
    return c;
}

UserInfo ApiJson::user(const QJsonObject &o)
{
    UserInfo u;
    u.id = string(o, QLatin1String("id"));
    u.isAuthenticated = boolean(o, QLatin1String("isAuthenticated"));
    u.firstName = string(o, QLatin1String("firstName"));
    u.lastName = string(o, QLatin1String("lastName"));
    u.name = string(o, QLatin1String("name"));
    u.avatarUrl = string(o, QLatin1String("avatarUrl"));
    u.emailAddress = string(o, QLatin1String("emailAddress"));
    u.roles = stringList(o, QLatin1String("roles"));
    u.accountIds = stringList(o, QLatin1String("accountIds"));
    u.accountNames = stringList(o, QLatin1String("accountNames"));
    u.managerAccess = string(o, QLatin1String("managerAccess"));
    u.dashboardPermissions = stringList(o, QLatin1String("dashboardPermissions"));
    return u;
}

bool ApiJson::object(const QByteArray &body, QJsonObject *out, QString *error)
{
    QJsonParseError perr{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &perr);
    if (perr.error != QJsonParseError::NoError) {
        if (error)
            *error = QStringLiteral("not JSON: %1 at offset %2").arg(perr.errorString()).arg(perr.offset);
        return false;
    }
    if (!doc.isObject()) {
        if (error)
            *error = QStringLiteral("the top level is not an object");
        return false;
    }
    *out = doc.object();
    return true;
}

void ApiJson::readResponseStatus(const QByteArray &body, ApiError *error)
{
    QJsonObject top;
    if (body.isEmpty() || !object(body, &top, nullptr))
        return;
    QJsonValue status = member(top, QLatin1String("responseStatus"));
    const QJsonObject rs = status.isObject() ? status.toObject() : top;
    const QString code = string(rs, QLatin1String("errorCode"));
    const QString message = string(rs, QLatin1String("message"));
    if (!code.isEmpty())
        error->setErrorCode(code);
    if (!message.isEmpty())
        error->setMessage(message);
    QList<ApiError::FieldError> fields;
    for (const QJsonValue &e : member(rs, QLatin1String("errors")).toArray()) {
        if (!e.isObject())
            continue;
        const QJsonObject fo = e.toObject();
        fields.append({string(fo, QLatin1String("errorCode")), string(fo, QLatin1String("fieldName")),
                       string(fo, QLatin1String("message"))});
    }
    if (!fields.isEmpty())
        error->setFieldErrors(fields);
}
