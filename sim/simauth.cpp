#include "simauth.h"

#include "simdataset.h"
#include "simrequest.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace {
const auto kB64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
}

SimAuth::SimAuth(const SimDataset &data, int ttlSeconds)
    : m_data(data)
    , m_ttl(ttlSeconds)
    , m_secret(randomId(32).toLatin1())
{
}

QString SimAuth::randomId(int bytes)
{
    QByteArray raw(bytes, '\0');
    for (char &c : raw)
        c = char(QRandomGenerator::system()->generate() & 0xff);
    return QString::fromLatin1(raw.toBase64(kB64));
}

SimAuth::Login SimAuth::signIn(int user, bool rememberMe)
{
    Login l;
    l.sessionId = randomId(15);
    l.permId = randomId(15);
    l.perm = rememberMe;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    l.expiresMs = now + qint64(m_ttl) * 1000;
    m_sessions.insert(l.sessionId, {user, l.expiresMs, rememberMe, l.permId});
    m_byPermId.insert(l.permId, l.sessionId);
    const SimDataset::User &u = m_data.users()[user];
    QJsonArray roles{u.role};
    const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("HS256")}, {QStringLiteral("typ"), QStringLiteral("JWT")}};
    const QJsonObject payload{{QStringLiteral("sub"), u.id}, {QStringLiteral("sid"), l.sessionId},
                              {QStringLiteral("name"), u.name()}, {QStringLiteral("email"), u.email},
                              {QStringLiteral("roles"), roles}, {QStringLiteral("iat"), double(now / 1000)},
                              {QStringLiteral("exp"), double(l.expiresMs / 1000)}};
    const QByteArray signing = QJsonDocument(header).toJson(QJsonDocument::Compact).toBase64(kB64) + '.'
        + QJsonDocument(payload).toJson(QJsonDocument::Compact).toBase64(kB64);
    const QByteArray sig = QMessageAuthenticationCode::hash(signing, m_secret, QCryptographicHash::Sha256).toBase64(kB64);
    l.bearerToken = QString::fromLatin1(signing + '.' + sig);
    return l;
}

QString SimAuth::sessionFromToken(const QByteArray &token) const
{
    const QList<QByteArray> parts = token.trimmed().split('.');
    if (parts.size() != 3)
        return {};
    const QByteArray signing = parts[0] + '.' + parts[1];
    const QByteArray sig = QMessageAuthenticationCode::hash(signing, m_secret, QCryptographicHash::Sha256).toBase64(kB64);
    if (sig != parts[2])
        return {};
    const QJsonObject payload = QJsonDocument::fromJson(QByteArray::fromBase64(parts[1], kB64)).object();
    return payload.value(QStringLiteral("sid")).toString();
}

bool SimAuth::alive(const QString &sessionId) const
{
    const auto it = m_sessions.constFind(sessionId);
    return it != m_sessions.constEnd() && it->expiresMs > QDateTime::currentMSecsSinceEpoch();
}

int SimAuth::userOf(const SimRequest &request, QString *sessionId) const
{
    QString sid;
    const QByteArray auth = request.header("authorization");
    if (auth.size() > 7 && auth.left(7).compare("bearer ", Qt::CaseInsensitive) == 0) {
        sid = sessionFromToken(auth.mid(7));
    } else {
        if (request.cookies.value(QStringLiteral("ss-opt")) == QLatin1String("perm")) {
            const QString s = m_byPermId.value(request.cookies.value(QStringLiteral("ss-pid")));
            if (alive(s) && m_sessions.value(s).perm)
                sid = s;
        }
        if (sid.isEmpty())
            sid = request.cookies.value(QStringLiteral("ss-id"));
    }
    if (sid.isEmpty() || !alive(sid))
        return -1;
    if (sessionId)
        *sessionId = sid;
    return m_sessions.value(sid).user;
}

void SimAuth::signOut(const QString &sessionId)
{
    const auto it = m_sessions.find(sessionId);
    if (it == m_sessions.end())
        return;
    m_byPermId.remove(it->permId);
    m_sessions.erase(it);
}

void SimAuth::expireAll()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (auto it = m_sessions.begin(); it != m_sessions.end(); ++it)
        it->expiresMs = std::min(it->expiresMs, now);
}
