#include "authsession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

QByteArray AuthSession::serialize() const
{
    QJsonObject o;
    o.insert(QStringLiteral("v"), 1);
    o.insert(QStringLiteral("origin"), origin);
    o.insert(QStringLiteral("userId"), userId);
    o.insert(QStringLiteral("sessionId"), sessionId);
    o.insert(QStringLiteral("userName"), userName);
    o.insert(QStringLiteral("displayName"), displayName);
    o.insert(QStringLiteral("roles"), QJsonArray::fromStringList(roles));
    o.insert(QStringLiteral("bearerToken"), QString::fromLatin1(bearerToken));
    o.insert(QStringLiteral("ssId"), QString::fromLatin1(ssId));
    o.insert(QStringLiteral("ssPid"), QString::fromLatin1(ssPid));
    o.insert(QStringLiteral("permanent"), permanent);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

AuthSession AuthSession::deserialize(const QByteArray &blob)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(blob, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return {};
    const QJsonObject o = doc.object();
    AuthSession s;
    s.origin = o.value(QStringLiteral("origin")).toString();
    s.userId = o.value(QStringLiteral("userId")).toString();
    s.sessionId = o.value(QStringLiteral("sessionId")).toString();
    s.userName = o.value(QStringLiteral("userName")).toString();
    s.displayName = o.value(QStringLiteral("displayName")).toString();
    for (const QJsonValue &r : o.value(QStringLiteral("roles")).toArray())
        if (r.isString())
            s.roles << r.toString();
    s.bearerToken = o.value(QStringLiteral("bearerToken")).toString().toLatin1();
    s.ssId = o.value(QStringLiteral("ssId")).toString().toLatin1();
    s.ssPid = o.value(QStringLiteral("ssPid")).toString().toLatin1();
    s.permanent = o.value(QStringLiteral("permanent")).toBool();
    return s;
}
