#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

// What a sign-in yields: enough to authenticate later requests (cookie session and/or bearer
// token) and, with "remember me", to resume later without the password. Secret: it is kept in
// memory and in the system keychain only, never in settings files or logs.
struct AuthSession
{
    QString origin;          // scheme://host:port of the API it belongs to
    QString userId;
    QString sessionId;
    QString userName;
    QString displayName;
    QStringList roles;
    QByteArray bearerToken;  // empty when the server gave none
    QByteArray ssId;         // ss-id cookie
    QByteArray ssPid;        // ss-pid cookie
    bool permanent = false;  // ss-opt=perm (rememberMe)

    bool isValid() const { return !bearerToken.isEmpty() || !ssId.isEmpty() || !ssPid.isEmpty(); }
    bool hasRole(const QString &role) const { return roles.contains(role, Qt::CaseInsensitive); }

    // For the keychain: a compact JSON blob and back (invalid session on bad input).
    QByteArray serialize() const;
    static AuthSession deserialize(const QByteArray &blob);
};
