#pragma once

#include <QJsonObject>
#include <QString>

class SimDataset;

// JSON shapes of the API (camelCase): FileInfo, AccountInfo, CustomerInfo, UserInfo.
// Properties without a value are omitted, as ServiceStack does for nulls.
class SimJson final
{
public:
    static QJsonObject fileInfo(const SimDataset &data, quint32 file, const QString &uri);
    static QJsonObject account(const SimDataset &data, int account);
    static QJsonObject customer(const SimDataset &data, int customer);
    static QJsonObject user(const SimDataset &data, int user);
};
