#pragma once

#include <QString>
#include <QStringList>

// UserInfo of ListUsers and GetAuthStatus.
struct UserInfo
{
    QString id;
    bool isAuthenticated = false;
    QString firstName;
    QString lastName;
    QString name;
    QString avatarUrl;
    QString emailAddress;
    QStringList roles;
    QStringList accountIds;
    QStringList accountNames;
    QString managerAccess;               // ReadOnly | ReadWrite | ReadWriteDelete
    QStringList dashboardPermissions;

    bool hasRole(const QString &role) const { return roles.contains(role, Qt::CaseInsensitive); }
    QString displayName() const;         // name, else first + last, else email, else id
};
