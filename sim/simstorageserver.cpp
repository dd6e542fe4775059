#include "simstorageserver.h"

#include "simcontent.h"
#include "simdataset.h"
#include "simrequest.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QMessageAuthenticationCode>
#include <QUrl>

SimStorageServer::SimStorageServer(const SimDataset &data)
    : m_data(data)
    , m_secret("evovoice-sim-storage-" + QByteArray::number(data.seed()))
{
}

QByteArray SimStorageServer::signature(const QString &fileId, qint64 expires) const
{
    const QByteArray message = fileId.toLatin1() + '\n' + QByteArray::number(expires);
    return QMessageAuthenticationCode::hash(message, m_secret, QCryptographicHash::Sha256).toHex().left(40);
}

qint64 SimStorageServer::urlExpiry()
{
    // Valid for one to two hours; rounded so that one page's URLs share an expiry.
    return (QDateTime::currentSecsSinceEpoch() / 3600 + 2) * 3600;
}

QString SimStorageServer::signedUrl(quint32 file) const
{
    const qint64 expires = urlExpiry();
    const QString id = m_data.fileId(file);
    return QStringLiteral("%1/blobs/%2/%3?expires=%4&sig=%5")
        .arg(m_base, id, QString::fromLatin1(QUrl::toPercentEncoding(m_data.fileName(file))), QString::number(expires),
             QString::fromLatin1(signature(id, expires)));
}

SimResponse SimStorageServer::handle(const SimRequest &request) const
{
    if (request.method != "GET" && request.method != "HEAD")
        return SimResponse::error(405, QStringLiteral("MethodNotAllowed"), QStringLiteral("Only GET and HEAD are allowed"));
    if (!request.header("authorization").isEmpty() || request.cookies.contains(QStringLiteral("ss-id"))
        || request.cookies.contains(QStringLiteral("ss-pid")))
        return SimResponse::error(400, QStringLiteral("CredentialsNotAllowed"),
                                  QStringLiteral("Pre-signed storage URLs must be fetched without the API's credentials "
                                                 "(no Authorization header, no ss-id/ss-pid cookie)"));
    const QStringList parts = request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.size() < 2 || parts[0] != QLatin1String("blobs"))
        return SimResponse::notFound(QStringLiteral("No such blob"));
    const qint64 file = m_data.fileIndex(parts[1]);
    if (file < 0 || !m_data.onStorage(quint32(file)))
        return SimResponse::notFound(QStringLiteral("No such blob"));
    bool ok = false;
    const qint64 expires = request.param(QStringLiteral("expires")).toLongLong(&ok);
    const QByteArray sig = request.param(QStringLiteral("sig")).toLatin1();
    if (!ok || sig.isEmpty() || sig != signature(m_data.fileId(quint32(file)), expires))
        return SimResponse::error(403, QStringLiteral("SignatureDoesNotMatch"), QStringLiteral("The URL signature is not valid"));
    if (expires < QDateTime::currentSecsSinceEpoch())
        return SimResponse::error(403, QStringLiteral("RequestExpired"), QStringLiteral("The pre-signed URL has expired"));
    return SimContent::serve(m_data, quint32(file), request.header("range"), request.method == "HEAD");
}
