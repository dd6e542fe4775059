#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

class QHttpServerRequest;

// A parsed request: parameters from the query string, a form body or a JSON body, with names
// lower-cased (the API's parameter names are case-insensitive).
struct SimRequest final
{
    QString origin; // "api" or "storage"
    QByteArray method;
    QString path;
    QString rawQuery;
    QHash<QString, QString> params;
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased
    QHash<QString, QString> cookies;
    QByteArray body;
    quint16 peerPort = 0; // the client's port: one value per connection (keep-alive)

    static SimRequest fromHttp(const QHttpServerRequest &request, const QString &origin);
    static QHash<QString, QString> parseForm(const QByteArray &text);
    QByteArray header(const QByteArray &lowerName) const;
    bool has(const QString &lowerName) const { return params.contains(lowerName); }
    QString param(const QString &lowerName) const { return params.value(lowerName); }
};
