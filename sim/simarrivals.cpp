#include "simarrivals.h"

#include "simdataset.h"
#include "simrequest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

SimArrivals::SimArrivals(SimDataset &data)
    : m_data(data)
{
}

bool SimArrivals::isControlPath(const QString &path)
{
    return path == QLatin1String("/__sim/add-files");
}

SimResponse SimArrivals::control(const SimRequest &r)
{
    if (r.method == "GET")
        return SimResponse::json(QJsonObject{{QStringLiteral("hidden"), qint64(m_data.hiddenCount())}});
    if (r.method != "POST")
        return SimResponse::error(405, QStringLiteral("MethodNotAllowed"), QStringLiteral("GET or POST"));
    const QJsonDocument doc = QJsonDocument::fromJson(r.body);
    const int count = doc.isObject() ? doc.object().value(QStringLiteral("count")).toInt(-1) : -1;
    if (count < 0)
        return SimResponse::badField(QStringLiteral("count"), QStringLiteral("Expected {\"count\":N} with N >= 0"));
    if (quint32(count) > m_data.hiddenCount())
        return SimResponse::badField(QStringLiteral("count"),
                                     QStringLiteral("Only %1 files are held back (start with --arriving N)").arg(m_data.hiddenCount()));
    const quint32 first = m_data.visibleCount();
    const quint32 added = m_data.reveal(quint32(count));
    QJsonArray ids;
    for (quint32 i = first; i < first + added; ++i)
        ids.append(m_data.fileId(i));
    return SimResponse::json(QJsonObject{{QStringLiteral("added"), qint64(added)}, {QStringLiteral("ids"), ids},
                                         {QStringLiteral("hidden"), qint64(m_data.hiddenCount())}});
}
