#include "simholds.h"

#include "simrequest.h"

#include <QJsonDocument>

bool SimHolds::isControlPath(const QString &path)
{
    return path == QLatin1String("/__sim/hold") || path == QLatin1String("/__sim/held")
        || path == QLatin1String("/__sim/release");
}

SimResponse SimHolds::control(const SimRequest &r)
{
    const QJsonDocument doc = QJsonDocument::fromJson(r.body);
    const QJsonObject body = doc.isObject() ? doc.object() : QJsonObject();
    if (!r.body.trimmed().isEmpty() && !doc.isObject())
        return SimResponse::badField(QStringLiteral("body"), QStringLiteral("Expected a JSON object"));
    if (r.path == QLatin1String("/__sim/hold")) {
        if (r.method == "DELETE") {
            m_specs.clear();
            release({});
            return SimResponse::empty(204);
        }
        if (r.method != "POST")
            return SimResponse::error(405, QStringLiteral("MethodNotAllowed"), QStringLiteral("POST or DELETE"));
        QString error;
        if (!addSpec(body, &error))
            return SimResponse::badField(QStringLiteral("hold"), error);
        return SimResponse::empty(204);
    }
    if (r.path == QLatin1String("/__sim/held")) {
        if (r.method != "GET")
            return SimResponse::error(405, QStringLiteral("MethodNotAllowed"), QStringLiteral("GET"));
        return SimResponse::json(heldJson());
    }
    if (r.path == QLatin1String("/__sim/release")) {
        if (r.method != "POST")
            return SimResponse::error(405, QStringLiteral("MethodNotAllowed"), QStringLiteral("POST"));
        return SimResponse::json(QJsonObject{{QStringLiteral("released"), release(body)}});
    }
    return SimResponse::notFound(QStringLiteral("No such control route"));
}

bool SimHolds::addSpec(const QJsonObject &spec, QString *error)
{
    Spec s;
    s.path = spec.value(QStringLiteral("path")).toString(QStringLiteral("/"));
    s.method = spec.value(QStringLiteral("method")).toString().toUpper();
    s.origin = spec.value(QStringLiteral("origin")).toString(QStringLiteral("api")).toLower();
    s.count = spec.value(QStringLiteral("count")).toInt(1);
    if (s.origin != QLatin1String("api") && s.origin != QLatin1String("storage")) {
        *error = QStringLiteral("origin must be api or storage");
        return false;
    }
    if (!s.path.startsWith(QLatin1Char('/')) || s.path.startsWith(QLatin1String("/__sim/"))) {
        *error = QStringLiteral("path must start with / and not be a control route");
        return false;
    }
    if (s.count > 0)
        m_specs.append(s);
    return true;
}

bool SimHolds::take(const SimRequest &r, qint64 logId, std::function<void()> resume, std::function<bool()> alive)
{
    for (qsizetype k = 0; k < m_specs.size(); ++k) {
        Spec &s = m_specs[k];
        if (s.origin != r.origin || !r.path.startsWith(s.path) || (!s.method.isEmpty() && s.method.toLatin1() != r.method))
            continue;
        if (--s.count <= 0)
            m_specs.removeAt(k);
        m_held.append({logId, r.origin, QString::fromLatin1(r.method), r.path, r.rawQuery, std::move(resume), std::move(alive)});
        return true;
    }
    return false;
}

int SimHolds::release(const QJsonObject &which)
{
    const qint64 id = qint64(which.value(QStringLiteral("id")).toDouble(0));
    const QString path = which.value(QStringLiteral("path")).toString();
    QList<Held> released;
    for (qsizetype k = 0; k < m_held.size();) {
        const Held &h = m_held.at(k);
        if ((id > 0 && h.id != id) || (!path.isEmpty() && !h.path.startsWith(path))) {
            ++k;
            continue;
        }
        released.append(m_held.takeAt(k));
    }
    // Answered after they left the list (a resume may queue more holds or requests).
    for (const Held &h : released)
        h.resume();
    return int(released.size());
}

QJsonArray SimHolds::heldJson() const
{
    QJsonArray out;
    for (const Held &h : m_held) {
        out.append(QJsonObject{{QStringLiteral("id"), h.id}, {QStringLiteral("origin"), h.origin},
                               {QStringLiteral("method"), h.method}, {QStringLiteral("path"), h.path},
                               {QStringLiteral("query"), h.query}, {QStringLiteral("connected"), h.alive ? h.alive() : true}});
    }
    return out;
}
