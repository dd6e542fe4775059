#include "simsplices.h"

#include "simrequest.h"

#include <QJsonDocument>
#include <QJsonObject>

bool SimSplices::isControlPath(const QString &path)
{
    return path == QLatin1String("/__sim/splice");
}

SimResponse SimSplices::control(const SimRequest &r)
{
    if (r.method == "DELETE") {
        m_splices.clear();
        return SimResponse::empty(204);
    }
    if (r.method != "POST")
        return SimResponse::error(405, QStringLiteral("MethodNotAllowed"), QStringLiteral("POST or DELETE"));
    const QJsonDocument doc = QJsonDocument::fromJson(r.body);
    const QJsonObject o = doc.object();
    Splice s;
    s.path = o.value(QStringLiteral("path")).toString(QStringLiteral("/"));
    s.after = o.value(QStringLiteral("after")).toString().toUtf8();
    s.before = o.value(QStringLiteral("before")).toString().toUtf8();
    s.insert = o.value(QStringLiteral("insert")).toString().toUtf8();
    s.count = o.value(QStringLiteral("count")).toInt(-1);
    if (!doc.isObject() || s.after.isEmpty() == s.before.isEmpty() || !s.path.startsWith(QLatin1Char('/')))
        return SimResponse::badField(QStringLiteral("splice"),
                                     QStringLiteral("Expected {\"path\", \"after\" or \"before\", \"insert\", \"count\"}"));
    if (s.count != 0)
        m_splices.append(s);
    return SimResponse::empty(204);
}

void SimSplices::apply(const SimRequest &r, SimResponse &response)
{
    if (m_splices.isEmpty() || response.status < 200 || response.status >= 300 || response.bodySource
        || !response.header("Content-Type").contains("json"))
        return;
    for (qsizetype k = 0; k < m_splices.size();) {
        Splice &s = m_splices[k];
        if (!r.path.startsWith(s.path)) {
            ++k;
            continue;
        }
        const QByteArray &mark = s.after.isEmpty() ? s.before : s.after;
        for (qsizetype at = response.body.indexOf(mark); at >= 0; at = response.body.indexOf(mark, at)) {
            if (!s.after.isEmpty())
                at += mark.size();
            response.body.insert(at, s.insert);
            at += s.insert.size() + (s.after.isEmpty() ? mark.size() : 0);
        }
        if (s.count > 0 && --s.count == 0)
            m_splices.removeAt(k);
        else
            ++k;
    }
}
