#include "plainfile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

QList<PlainFile> PlainFile::readList(const QByteArray &json)
{
    QList<PlainFile> out;
    const QJsonArray items = QJsonDocument::fromJson(json).object().value(QLatin1String("items")).toArray();
    out.reserve(items.size());
    for (const QJsonValue &v : items) {
        const QJsonObject o = v.toObject();
        PlainFile f;
        f.id = o.value(QLatin1String("id")).toString();
        f.dateCreated = o.value(QLatin1String("dateCreated")).toString();
        f.dateLastModified = o.value(QLatin1String("dateLastModified")).toString();
        f.createdBy = o.value(QLatin1String("createdBy")).toString();
        f.lastModifiedBy = o.value(QLatin1String("lastModifiedBy")).toString();
        f.type = o.value(QLatin1String("type")).toString();
        f.accountId = o.value(QLatin1String("accountId")).toString();
        f.accountName = o.value(QLatin1String("accountName")).toString();
        f.customerId = o.value(QLatin1String("customerId")).toString();
        f.customerName = o.value(QLatin1String("customerName")).toString();
        f.userId = o.value(QLatin1String("userId")).toString();
        f.userName = o.value(QLatin1String("userName")).toString();
        f.fileName = o.value(QLatin1String("fileName")).toString();
        f.uri = o.value(QLatin1String("uri")).toString();
        f.contentType = o.value(QLatin1String("contentType")).toString();
        f.recordingSid = o.value(QLatin1String("recordingSid")).toString();
        f.recordingFrom = o.value(QLatin1String("recordingFrom")).toString();
        f.transcription = o.value(QLatin1String("transcription")).toString();
        f.fromAddress = o.value(QLatin1String("fromAddress")).toString();
        f.toAddress = o.value(QLatin1String("toAddress")).toString();
        f.aiTranscription = o.value(QLatin1String("aiTranscription")).toString();
        f.contentLength = qint64(o.value(QLatin1String("contentLength")).toDouble(-1));
        f.recordingDuration = o.value(QLatin1String("recordingDuration")).toInt(-1);
        for (const QJsonValue &c : o.value(QLatin1String("customerBreadcrumb")).toArray()) {
            const QJsonObject co = c.toObject();
            f.customerBreadcrumb.append({co.value(QLatin1String("id")).toString(), co.value(QLatin1String("name")).toString()});
        }
        out.append(f);
    }
    return out;
}
