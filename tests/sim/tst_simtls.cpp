// evovoice-sim --tls as a process: the built-in certificate (what it is valid for, its temporary
// copy gone when the simulator stops), --tls-cert/--tls-key, their errors, and connections that
// fail the handshake (plain HTTP, an untrusted certificate) without hurting the next ones.
#include "simtestclient.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QtTest>

#ifndef EVOVOICE_SIM_TLS_DIR
#error "EVOVOICE_SIM_TLS_DIR must name sim/tls in the source tree"
#endif

class TstSimTls final : public QObject
{
    Q_OBJECT

private slots:
    void builtInCertificate();
    void certificateCopyGoesWithTheSimulator();
    void certificateFromFiles();
    void badOptions_data();
    void badOptions();
    void helpListsTls();
    void failedHandshakesDoNotHurt();
    void slowReaderDoesNotFillMemory();

private:
    static qint64 residentKb(qint64 pid);
    static QString committed(const QString &name) { return QDir(QStringLiteral(EVOVOICE_SIM_TLS_DIR)).filePath(name); }
    // Runs the simulator to its end (for options it refuses); its exit code and stderr.
    static int runToEnd(const QStringList &arguments, QByteArray *output);
};

int TstSimTls::runToEnd(const QStringList &arguments, QByteArray *output)
{
    QProcess sim;
    sim.setProcessChannelMode(QProcess::MergedChannels);
    sim.start(SimProcess::binaryPath(), arguments);
    if (!sim.waitForStarted(10000) || !sim.waitForFinished(30000)) {
        sim.kill();
        sim.waitForFinished(5000);
        return -1;
    }
    *output = sim.readAll();
    return sim.exitStatus() == QProcess::NormalExit ? sim.exitCode() : -1;
}

void TstSimTls::builtInCertificate()
{
    SimProcess sim;
    QVERIFY2(sim.start({QStringLiteral("--tls"), QStringLiteral("--files"), QStringLiteral("50")}), qPrintable(sim.errorString()));
    QCOMPARE(sim.apiUrl().scheme(), QStringLiteral("https"));
    QCOMPARE(sim.storageUrl().scheme(), QStringLiteral("https"));
    // The announced file holds the committed certificate.
    QFile announced(sim.tlsCertificatePath());
    QVERIFY(announced.open(QIODevice::ReadOnly));
    QFile source(committed(QStringLiteral("evovoice-sim.crt")));
    QVERIFY(source.open(QIODevice::ReadOnly));
    QCOMPARE(announced.readAll(), source.readAll());
    // Valid for both origins by IP and for localhost, for a long time, and a CA a client can add.
    QCOMPARE(sim.tlsCertificates().size(), 1);
    const QSslCertificate c = sim.tlsCertificates().first();
    const auto names = c.subjectAlternativeNames();
    QVERIFY(names.values(QSsl::AlternativeNameEntryType::IpAddressEntry).contains(QStringLiteral("127.0.0.1")));
    QVERIFY(names.values(QSsl::AlternativeNameEntryType::IpAddressEntry).contains(QStringLiteral("127.0.0.2")));
    QVERIFY(names.values(QSsl::AlternativeNameEntryType::DnsEntry).contains(QStringLiteral("localhost")));
    QVERIFY(c.effectiveDate() <= QDateTime::currentDateTimeUtc());
    QVERIFY(c.expiryDate() >= QDateTime(QDate(2119, 1, 1), QTime(0, 0), Qt::UTC));
    QVERIFY(c.isSelfSigned());
    // Both origins answer over TLS to a client that trusts it (SimProcess's own requests do).
    SimTestClient admin(sim);
    QVERIFY(admin.signIn());
    const QJsonArray items = admin.items(QStringLiteral("/files?All=true"));
    QCOMPARE(items.size(), 50);
    bool storageSeen = false;
    for (const QJsonValue &v : items) {
        const QUrl uri(v.toObject().value(QStringLiteral("uri")).toString());
        QCOMPARE(uri.scheme(), QStringLiteral("https"));
        if (uri.host() == sim.storageUrl().host() && !storageSeen) {
            storageSeen = true;
            QCOMPARE(sim.raw("GET", uri).status, 200);
        }
    }
    QVERIFY(storageSeen);
    // localhost is named in the certificate too.
    QUrl viaName = sim.url(QStringLiteral("/auth/status"));
    viaName.setHost(QStringLiteral("localhost"));
    QCOMPARE(sim.raw("GET", viaName).status, 204);
}

void TstSimTls::certificateCopyGoesWithTheSimulator()
{
    SimProcess sim;
    QVERIFY2(sim.start({QStringLiteral("--tls"), QStringLiteral("--files"), QStringLiteral("10")}), qPrintable(sim.errorString()));
    const QString path = sim.tlsCertificatePath();
    QVERIFY(QFileInfo::exists(path));
    sim.stop();  // SIGTERM: a clean exit removes the temporary copy
    QVERIFY2(!QFileInfo::exists(path), qPrintable(path));
    QVERIFY(sim.tlsCertificatePath().isEmpty());
}

void TstSimTls::certificateFromFiles()
{
    QTemporaryDir dir;
    const QString cert = dir.filePath(QStringLiteral("mine.crt"));
    const QString key = dir.filePath(QStringLiteral("mine.key"));
    QVERIFY(QFile::copy(committed(QStringLiteral("evovoice-sim.crt")), cert));
    QVERIFY(QFile::copy(committed(QStringLiteral("evovoice-sim.key")), key));
    SimProcess sim;
    QVERIFY2(sim.start({QStringLiteral("--tls"), QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), key,
                        QStringLiteral("--files"), QStringLiteral("10")}),
             qPrintable(sim.errorString()));
    QCOMPARE(sim.tlsCertificatePath(), QFileInfo(cert).absoluteFilePath());
    QCOMPARE(sim.apiUrl().scheme(), QStringLiteral("https"));
    QVERIFY(!sim.bearerToken().isEmpty());
    sim.stop();
    QVERIFY(QFileInfo::exists(cert));  // the simulator never removes a file it was given
}

void TstSimTls::badOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("message");
    const QString cert = committed(QStringLiteral("evovoice-sim.crt"));
    const QString key = committed(QStringLiteral("evovoice-sim.key"));
    QTest::newRow("cert without key") << QStringList{QStringLiteral("--tls"), QStringLiteral("--tls-cert"), cert}
                                      << QByteArray("go together");
    QTest::newRow("files without --tls") << QStringList{QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), key}
                                         << QByteArray("need --tls");
    QTest::newRow("missing file") << QStringList{QStringLiteral("--tls"), QStringLiteral("--tls-cert"), cert + QStringLiteral(".none"),
                                                 QStringLiteral("--tls-key"), key}
                                  << QByteArray("cannot read");
    QTest::newRow("key is not a key") << QStringList{QStringLiteral("--tls"), QStringLiteral("--tls-cert"), cert,
                                                     QStringLiteral("--tls-key"), cert}
                                      << QByteArray("private key");
    QTest::newRow("cert is not a cert") << QStringList{QStringLiteral("--tls"), QStringLiteral("--tls-cert"), key,
                                                       QStringLiteral("--tls-key"), key}
                                        << QByteArray("no PEM certificate");
}

void TstSimTls::badOptions()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, message);
    QByteArray output;
    QCOMPARE(runToEnd(arguments, &output), 2);
    QVERIFY2(output.contains(message), output.constData());
    QVERIFY(!output.contains("listening on"));
}

void TstSimTls::helpListsTls()
{
    QByteArray output;
    QCOMPARE(runToEnd({QStringLiteral("--help")}, &output), 0);
    QVERIFY(output.contains("--tls "));
    QVERIFY(output.contains("--tls-cert <FILE>"));
    QVERIFY(output.contains("--tls-key <FILE>"));
}

void TstSimTls::failedHandshakesDoNotHurt()
{
    SimProcess sim;
    QVERIFY2(sim.start({QStringLiteral("--tls"), QStringLiteral("--files"), QStringLiteral("10")}), qPrintable(sim.errorString()));
    QNetworkAccessManager nam;
    auto get = [&nam](const QNetworkRequest &request, QNetworkReply::NetworkError *error) {
        QNetworkReply *reply = nam.get(request);
        QElapsedTimer t;
        t.start();
        const bool finished = QTest::qWaitFor([reply] { return reply->isFinished(); }, 20000);
        *error = reply->error();
        delete reply;
        return finished ? t.elapsed() : -1;
    };
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    // Plain HTTP to the HTTPS port: refused at once, not held.
    QUrl plain = sim.url(QStringLiteral("/auth/status"));
    plain.setScheme(QStringLiteral("http"));
    QVERIFY(get(QNetworkRequest(plain), &error) >= 0);
    QVERIFY(error != QNetworkReply::NoError);
    // A client that does not trust the certificate: a TLS error, at once.
    QNetworkRequest untrusted(sim.url(QStringLiteral("/auth/status")));
    untrusted.setSslConfiguration(QSslConfiguration::defaultConfiguration());
    QVERIFY(get(untrusted, &error) >= 0);
    QCOMPARE(error, QNetworkReply::SslHandshakeFailedError);
    // Neither reached the request log, and the simulator still answers.
    QVERIFY(sim.requests(QString(), QStringLiteral("/auth/status")).isEmpty());
    QCOMPARE(sim.raw("GET", sim.url(QStringLiteral("/auth/status"))).status, 204);
    QVERIFY(sim.isRunning());
}

qint64 TstSimTls::residentKb(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// An hour-long WAV (57.6 MB) to a client that reads nothing: over TLS the simulator stops
// producing once about 1 MB waits (plain and encrypted backlog counted together), as over HTTP.
// Counting only QSslSocket::bytesToWrite() (the plain text not yet encrypted) it queued the
// whole body, about 58 MB more.
void TstSimTls::slowReaderDoesNotFillMemory()
{
    if (!QFileInfo::exists(QStringLiteral("/proc/self/status")))
        QSKIP("needs /proc");
    SimProcess sim;
    QVERIFY2(sim.start({QStringLiteral("--tls"), QStringLiteral("--files"), QStringLiteral("20"), QStringLiteral("--long-recordings"),
                        QStringLiteral("1")}),
             qPrintable(sim.errorString()));
    SimTestClient admin(sim);
    QVERIFY(admin.signIn());
    const QJsonArray longest = admin.items(QStringLiteral("/files?sortField=ContentLength&sortOrder=Descend&countPerPage=1"));
    QCOMPARE(qint64(longest.first().toObject().value(QStringLiteral("contentLength")).toDouble()), qint64(57600044));
    const qint64 before = residentKb(sim.processId());
    QVERIFY(before > 0);
    QNetworkAccessManager nam;
    QNetworkRequest request(QUrl(longest.first().toObject().value(QStringLiteral("uri")).toString()));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.addCaCertificates(sim.tlsCertificates());
    request.setSslConfiguration(tls);
    request.setRawHeader("Authorization", "Bearer " + admin.token());
    QNetworkReply *reply = nam.get(request);
    reply->setReadBufferSize(64 * 1024);  // and never read: the kernel's buffers fill, then the simulator's
    QVERIFY(QTest::qWaitFor([reply] { return reply->bytesAvailable() > 0 || reply->isFinished(); }, 20000));
    QVERIFY2(reply->error() == QNetworkReply::NoError, qPrintable(reply->errorString()));
    // The condition waited for is the failure: within 3 s the unbounded queue had grown by 58 MB.
    const bool grew = QTest::qWaitFor([&] { return residentKb(sim.processId()) - before > 30 * 1024; }, 3000);
    const qint64 after = residentKb(sim.processId());
    reply->abort();
    delete reply;
    QVERIFY2(!grew, qPrintable(QStringLiteral("resident %1 kB -> %2 kB").arg(before).arg(after)));
}

QTEST_GUILESS_MAIN(TstSimTls)
#include "tst_simtls.moc"
