#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

// The straightforward mapping the benchmark compares against: a struct of QStrings filled from
// QJsonObject after QJsonDocument::fromJson.
struct PlainFile
{
    QString id, dateCreated, dateLastModified, createdBy, lastModifiedBy, type, accountId, accountName, customerId,
        customerName, userId, userName, fileName, uri, contentType, recordingSid, recordingFrom, transcription,
        fromAddress, toAddress, aiTranscription;
    QList<QPair<QString, QString>> customerBreadcrumb;
    qint64 contentLength = -1;
    int recordingDuration = -1;

    static QList<PlainFile> readList(const QByteArray &json);
};
