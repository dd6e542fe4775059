#include "simresponse.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

void SimResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            h.second = value;
            return;
        }
    }
    headers.append({name, value});
}

QByteArray SimResponse::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

SimResponse SimResponse::json(const QJsonValue &value, int status)
{
    SimResponse r;
    r.status = status;
    if (value.isObject())
        r.body = QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    else if (value.isArray())
        r.body = QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    else
        r.body = "null";
    r.setHeader("Content-Type", "application/json; charset=utf-8");
    return r;
}

SimResponse SimResponse::empty(int status)
{
    SimResponse r;
    r.status = status;
    return r;
}

SimResponse SimResponse::error(int status, const QString &errorCode, const QString &message, const QList<FieldError> &errors)
{
    QJsonArray list;
    for (const FieldError &e : errors)
        list.append(QJsonObject{{QStringLiteral("errorCode"), e.errorCode}, {QStringLiteral("fieldName"), e.fieldName},
                                {QStringLiteral("message"), e.message}});
    const QJsonObject status_{{QStringLiteral("errorCode"), errorCode}, {QStringLiteral("message"), message},
                              {QStringLiteral("errors"), list}};
    return json(QJsonObject{{QStringLiteral("responseStatus"), status_}}, status);
}

SimResponse SimResponse::badField(const QString &field, const QString &message, const QString &code)
{
    return error(400, code, message, {{code, field, message}});
}

SimResponse SimResponse::unauthorized(const QString &message)
{
    return error(401, QStringLiteral("Unauthorized"), message);
}

SimResponse SimResponse::forbidden(const QString &message)
{
    return error(403, QStringLiteral("Forbidden"), message);
}

SimResponse SimResponse::notFound(const QString &message)
{
    return error(404, QStringLiteral("NotFound"), message);
}

std::optional<SimResponse> SimResponse::lookupError(qint64 index, bool visible, const QString &kind, const QString &id)
{
    if (index < 0)
        return notFound(QStringLiteral("%1 %2 not found").arg(kind, id));
    if (!visible)
        return forbidden(QStringLiteral("No access to %1 %2").arg(kind.toLower(), id));
    return std::nullopt;
}
