#include "simrequestlog.h"

#include "simprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

QList<QJsonObject> fileListRequests(SimProcess &sim)
{
    QList<QJsonObject> out;
    const QJsonArray all = sim.requests(QStringLiteral("api"), QStringLiteral("/files"));
    for (const QJsonValue &v : all) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("method")).toString() == QLatin1String("GET")
            && o.value(QStringLiteral("path")).toString() == QLatin1String("/files"))
            out.append(o);
    }
    return out;
}

QString queryValue(const QJsonObject &request, const QString &name)
{
    const QUrlQuery q(request.value(QStringLiteral("query")).toString());
    for (const auto &item : q.queryItems(QUrl::FullyDecoded)) {
        if (item.first.compare(name, Qt::CaseInsensitive) == 0)
            return item.second;
    }
    return {};
}

QStringList rawPageIds(SimProcess &sim, const QByteArray &token, int page, int countPerPage)
{
    const SimProcess::RawReply reply = sim.raw(
        "GET", sim.url(QStringLiteral("/files?Page=%1&CountPerPage=%2").arg(page).arg(countPerPage)), {},
        {{"Authorization", "Bearer " + token}, {"Accept", "application/json"}});
    const QJsonObject o = QJsonDocument::fromJson(reply.body).object();
    QStringList ids;
    for (const QJsonValue &v : o.value(QStringLiteral("items")).toArray())
        ids.append(v.toObject().value(QStringLiteral("id")).toString());
    return ids;
}
