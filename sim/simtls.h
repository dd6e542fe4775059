#pragma once

#include <QByteArray>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>

#include <memory>

class QTemporaryFile;

// The simulator's TLS identity for --tls: the certificate and key committed in sim/tls/ (built
// in as resources) or the files given with --tls-cert/--tls-key. certificatePath() names a file
// a client can trust: the --tls-cert file, or for the built-in one a temporary copy that lives as
// long as this object (removed at exit; SIGTERM/SIGINT exit cleanly).
class SimTls final
{
public:
    SimTls();
    ~SimTls();
    SimTls(const SimTls &) = delete;
    SimTls &operator=(const SimTls &) = delete;

    // The built-in certificate and key. False, with *error set, when they cannot be read.
    bool loadBuiltIn(QString *error);
    // PEM files given on the command line.
    bool loadFiles(const QString &certificateFile, const QString &keyFile, QString *error);

    QSslCertificate certificate() const { return m_certificate; }
    QSslKey key() const { return m_key; }
    QString certificatePath() const { return m_path; }

private:
    bool load(const QByteArray &certificatePem, const QByteArray &keyPem, const QString &what, QString *error);

    QSslCertificate m_certificate;
    QSslKey m_key;
    QString m_path;
    std::unique_ptr<QTemporaryFile> m_copy;
};
