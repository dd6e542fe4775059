#pragma once

#include "simprocess.h"

#include <QJsonDocument>
#include <QJsonObject>

// Small helpers for the simulator's own suites: signed-in JSON GETs over real HTTP.
class SimTestClient final
{
public:
    explicit SimTestClient(SimProcess &sim) : m_sim(sim) {}

    bool signIn(const QString &user = QStringLiteral("admin@example.com"))
    {
        m_token = m_sim.bearerToken(user);
        return !m_token.isEmpty();
    }
    QByteArray token() const { return m_token; }
    QList<QPair<QByteArray, QByteArray>> auth() const { return {{"Authorization", "Bearer " + m_token}}; }

    SimProcess::RawReply raw(const QString &pathAndQuery, const QByteArray &method = "GET",
                             QList<QPair<QByteArray, QByteArray>> extra = {}, const QByteArray &body = {})
    {
        return m_sim.raw(method, m_sim.url(pathAndQuery), body, auth() + extra);
    }
    QJsonObject getObject(const QString &pathAndQuery, int *status = nullptr)
    {
        const SimProcess::RawReply r = raw(pathAndQuery);
        if (status)
            *status = r.status;
        return QJsonDocument::fromJson(r.body).object();
    }
    QJsonArray items(const QString &pathAndQuery)
    {
        return getObject(pathAndQuery).value(QStringLiteral("items")).toArray();
    }
    static QString errorField(const QByteArray &body)
    {
        const QJsonObject rs = QJsonDocument::fromJson(body).object().value(QStringLiteral("responseStatus")).toObject();
        const QJsonArray errors = rs.value(QStringLiteral("errors")).toArray();
        return errors.isEmpty() ? QString() : errors.first().toObject().value(QStringLiteral("fieldName")).toString();
    }
    static bool hasResponseStatus(const QByteArray &body)
    {
        const QJsonObject rs = QJsonDocument::fromJson(body).object().value(QStringLiteral("responseStatus")).toObject();
        return !rs.value(QStringLiteral("errorCode")).toString().isEmpty() && rs.contains(QStringLiteral("message"));
    }

private:
    SimProcess &m_sim;
    QByteArray m_token;
};
