#include "simtls.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSslSocket>
#include <QTemporaryFile>

namespace {
bool readAll(const QString &path, QByteArray *out, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, f.errorString());
        return false;
    }
    *out = f.readAll();
    return true;
}
} // namespace

SimTls::SimTls() = default;

SimTls::~SimTls() = default;

bool SimTls::load(const QByteArray &certificatePem, const QByteArray &keyPem, const QString &what, QString *error)
{
    if (!QSslSocket::supportsSsl()) {
        *error = QStringLiteral("TLS is not available (Qt has no TLS backend: %1)").arg(QSslSocket::activeBackend());
        return false;
    }
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(certificatePem, QSsl::Pem);
    if (certificates.isEmpty() || certificates.first().isNull()) {
        *error = QStringLiteral("%1: no PEM certificate").arg(what);
        return false;
    }
    // The key's algorithm is not known in advance: try RSA, then EC.
    QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem, QSsl::PrivateKey);
    if (key.isNull())
        key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    if (key.isNull()) {
        *error = QStringLiteral("%1: no unencrypted PEM private key (RSA or EC)").arg(what);
        return false;
    }
    m_certificate = certificates.first();
    m_key = key;
    return true;
}

bool SimTls::loadBuiltIn(QString *error)
{
    QByteArray certificatePem;
    QByteArray keyPem;
    if (!readAll(QStringLiteral(":/sim/tls/evovoice-sim.crt"), &certificatePem, error)
        || !readAll(QStringLiteral(":/sim/tls/evovoice-sim.key"), &keyPem, error)
        || !load(certificatePem, keyPem, QStringLiteral("the built-in certificate"), error))
        return false;
    m_copy = std::make_unique<QTemporaryFile>(QDir::temp().filePath(QStringLiteral("evovoice-sim-XXXXXX.crt")));
    if (!m_copy->open() || m_copy->write(certificatePem) != certificatePem.size() || !m_copy->flush()) {
        *error = QStringLiteral("cannot write the certificate to a temporary file: %1").arg(m_copy->errorString());
        return false;
    }
    m_path = m_copy->fileName();
    return true;
}

bool SimTls::loadFiles(const QString &certificateFile, const QString &keyFile, QString *error)
{
    QByteArray certificatePem;
    QByteArray keyPem;
    if (!readAll(certificateFile, &certificatePem, error) || !readAll(keyFile, &keyPem, error)
        || !load(certificatePem, keyPem, certificateFile, error))
        return false;
    m_path = QFileInfo(certificateFile).absoluteFilePath();
    return true;
}
