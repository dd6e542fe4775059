#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

struct SimRequest;
class SimDataset;

// ServiceStack-style sessions: ss-id (and ss-pid + ss-opt=perm for remember-me) cookies, and a
// JWT-shaped bearer token (HS256, bound to its session). Both expire after the TTL, on
// sign-out, and at /__sim/expire-sessions.
class SimAuth final
{
public:
    struct Login
    {
        QString sessionId;
        QString permId;
        QString bearerToken;
        qint64 expiresMs = 0;
        bool perm = false;
    };

    SimAuth(const SimDataset &data, int ttlSeconds);

    Login signIn(int user, bool rememberMe);
    // The signed-in user of a request, or -1. sessionId receives the session found.
    int userOf(const SimRequest &request, QString *sessionId = nullptr) const;
    void signOut(const QString &sessionId);
    void expireAll();
    int ttlSeconds() const { return m_ttl; }

private:
    struct Session
    {
        int user = -1;
        qint64 expiresMs = 0;
        bool perm = false;
        QString permId;
    };
    QString sessionFromToken(const QByteArray &token) const;
    bool alive(const QString &sessionId) const;
    static QString randomId(int bytes);

    const SimDataset &m_data;
    int m_ttl;
    QByteArray m_secret;
    QHash<QString, Session> m_sessions;
    QHash<QString, QString> m_byPermId;
};
