#pragma once

#include <QString>
#include <QStringList>

// AccountInfo of ListAccounts / GetAccount (the fields the console uses).
struct AccountInfo
{
    QString id;
    QString name;
    QString parentAccountId;
    QStringList ancestorIds;
};
