#include "simfaults.h"

#include "simrequest.h"

bool SimFaults::isValidFault(const QString &fault)
{
    static const QStringList valid = {QString(), QStringLiteral("500"), QStringLiteral("503"), QStringLiteral("429"),
                                      QStringLiteral("timeout"), QStringLiteral("cut"), QStringLiteral("malformed"), QStringLiteral("expired"),
                                      QStringLiteral("401"), QStringLiteral("norange")};
    return valid.contains(fault.trimmed().toLower());
}

bool SimFaults::queue(const QJsonObject &spec, QString *error)
{
    Queued q;
    q.path = spec.value(QStringLiteral("path")).toString(QStringLiteral("/"));
    q.method = spec.value(QStringLiteral("method")).toString().toUpper();
    q.origin = spec.value(QStringLiteral("origin")).toString(QStringLiteral("api")).toLower();
    const QJsonValue f = spec.value(QStringLiteral("fault"));
    q.fault = (f.isDouble() ? QString::number(f.toInt()) : f.toString()).trimmed().toLower();
    q.delayMs = spec.value(QStringLiteral("delayMs")).toInt(0);
    q.count = spec.value(QStringLiteral("count")).toInt(1);
    if (!isValidFault(q.fault)) {
        *error = QStringLiteral("unknown fault '%1'").arg(q.fault);
        return false;
    }
    if (q.origin != QLatin1String("api") && q.origin != QLatin1String("storage")) {
        *error = QStringLiteral("origin must be api or storage");
        return false;
    }
    if (q.count > 0)
        m_queue.append(q);
    return true;
}

SimFaults::Decision SimFaults::take(const SimRequest &request)
{
    Decision d;
    for (int k = 0; k < m_queue.size(); ++k) {
        Queued &q = m_queue[k];
        if (q.origin != request.origin || !request.path.startsWith(q.path)
            || (!q.method.isEmpty() && q.method.toLatin1() != request.method))
            continue;
        d.fault = q.fault;
        d.delayMs = q.delayMs;
        if (--q.count <= 0)
            m_queue.removeAt(k);
        break;
    }
    const QByteArray fault = request.header("x-sim-fault").trimmed().toLower();
    if (!fault.isEmpty() && isValidFault(QString::fromLatin1(fault)))
        d.fault = QString::fromLatin1(fault);
    const QByteArray delay = request.header("x-sim-delay-ms").trimmed();
    if (!delay.isEmpty())
        d.delayMs = qMax(0, delay.toInt());
    d.delayMs += m_globalDelayMs;
    return d;
}
