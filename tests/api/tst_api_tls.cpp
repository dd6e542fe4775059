// ApiClient over HTTPS against `evovoice-sim --tls` (the real service is HTTPS): sign-in, a page,
// one file, downloads from both origins (bytes compared with a plain HTTP simulator of the same
// seed), a Range resume, a cut body resumed, a hold, and a certificate the process does not trust.
#include "apitesthelpers.h"

#include <QBuffer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSslConfiguration>

class TestApiTls final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void simAnnouncesHttps();
    void signInListAndGetFile();
    void downloadsMatchPlainHttp_data();
    void downloadsMatchPlainHttp();
    void downloadFromOffsetGetsTheTail();
    void cutBodyResumes_data();
    void cutBodyResumes();
    void heldRequestIsReleased();
    void untrustedCertificateFailsSignIn();
    void untrustedCertificateFailsDownload_data();
    void untrustedCertificateFailsDownload();

private:
    std::unique_ptr<ApiClient> signedInClient();
    FileInfo firstOn(const QString &origin);  // "api" or "storage"
    std::optional<ApiResult<qint64>> download(ApiClient &client, const FileInfo &file, qint64 offset, QBuffer *into);
    QByteArray plainBody(const QString &id);
    QList<QJsonObject> contentRequests(const QString &origin, const QString &id);

    SimProcess m_tls;
    SimProcess m_plain;
    QSslConfiguration m_untrusted;  // the process's default before it trusted the simulator
    QList<FileInfo> m_page;
};

namespace {
const QStringList kData{QStringLiteral("--files"), QStringLiteral("200"), QStringLiteral("--seed"), QStringLiteral("11")};
const QString kAdmin = QStringLiteral("admin@example.com");
} // namespace

void TestApiTls::initTestCase()
{
    QVERIFY2(m_tls.start(QStringList{QStringLiteral("--tls")} + kData), qPrintable(m_tls.errorString()));
    QVERIFY2(m_plain.start(kData), qPrintable(m_plain.errorString()));
    m_untrusted = QSslConfiguration::defaultConfiguration();
    QString error;
    QVERIFY2(SimProcess::trustProcessWide(m_tls.tlsCertificatePath(), &error), qPrintable(error));
}

void TestApiTls::cleanupTestCase()
{
    QSslConfiguration::setDefaultConfiguration(m_untrusted);
}

void TestApiTls::init()
{
    QVERIFY(m_tls.clearFaults());
    QVERIFY(m_tls.clearRequests());
    QVERIFY(m_tls.clearHolds());
}

std::unique_ptr<ApiClient> TestApiTls::signedInClient()
{
    auto client = std::make_unique<ApiClient>();
    QString error;
    if (!signInToSim(*client, m_tls, kAdmin, this, &error)) {
        qWarning("%s", qPrintable(error));
        return nullptr;
    }
    return client;
}

FileInfo TestApiTls::firstOn(const QString &origin)
{
    const QString host = origin == QLatin1String("storage") ? m_tls.storageUrl().host() : m_tls.apiUrl().host();
    if (m_page.isEmpty()) {
        if (auto client = signedInClient()) {
            FileQuery q;
            q.countPerPage = 100;
            const auto r = waitFor<ListPage<FileInfo>>([&](auto cb) { client->listFiles(q, this, cb); });
            if (r && r->ok())
                m_page = r->value.items;
        }
    }
    for (const FileInfo &f : std::as_const(m_page)) {
        if (f.uri().host() == host)
            return f;
    }
    return {};
}

std::optional<ApiResult<qint64>> TestApiTls::download(ApiClient &client, const FileInfo &file, qint64 offset, QBuffer *into)
{
    into->open(QIODevice::WriteOnly);
    return waitFor<qint64>([&](auto cb) { client.download(file.uri(), into, offset, this, cb); }, 60000);
}

// The same file's bytes as the plain HTTP simulator (same seed) serves them.
QByteArray TestApiTls::plainBody(const QString &id)
{
    const QByteArray token = m_plain.bearerToken(kAdmin);
    const QList<QPair<QByteArray, QByteArray>> auth{{"Authorization", "Bearer " + token}};
    const auto info = m_plain.raw("GET", m_plain.url(QStringLiteral("/files/") + id), {}, auth);
    if (info.status != 200)
        return {};
    const QUrl uri(QJsonDocument::fromJson(info.body).object().value(QStringLiteral("uri")).toString());
    const bool api = uri.host() == m_plain.apiUrl().host();
    const auto body = m_plain.raw("GET", uri, {}, api ? auth : QList<QPair<QByteArray, QByteArray>>());
    return body.status == 200 ? body.body : QByteArray();
}

QList<QJsonObject> TestApiTls::contentRequests(const QString &origin, const QString &id)
{
    QList<QJsonObject> out;
    for (const QJsonValue &v : m_tls.requests(origin, QString())) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("path")).toString().contains(id))
            out << o;
    }
    return out;
}

void TestApiTls::simAnnouncesHttps()
{
    QCOMPARE(m_tls.apiUrl().scheme(), QStringLiteral("https"));
    QCOMPARE(m_tls.storageUrl().scheme(), QStringLiteral("https"));
    QCOMPARE(m_tls.apiUrl().host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(m_tls.storageUrl().host(), QStringLiteral("127.0.0.2"));
    QVERIFY(QFileInfo::exists(m_tls.tlsCertificatePath()));
    QCOMPARE(m_tls.tlsCertificates().size(), 1);
    // The plain simulator is unchanged: http, no certificate.
    QCOMPARE(m_plain.apiUrl().scheme(), QStringLiteral("http"));
    QVERIFY(m_plain.tlsCertificatePath().isEmpty());
    // Its control routes answer over TLS (SimProcess trusts the certificate for its own requests).
    QVERIFY(!m_tls.bearerToken(kAdmin).isEmpty());
    QVERIFY(!m_tls.requests(QStringLiteral("api"), QStringLiteral("/auth/credentials")).isEmpty());
}

void TestApiTls::signInListAndGetFile()
{
    auto client = signedInClient();
    QVERIFY(client);
    QVERIFY(client->isSignedIn());
    FileQuery q;
    q.countPerPage = 30;
    const auto page = waitFor<ListPage<FileInfo>>([&](auto cb) { client->listFiles(q, this, cb); });
    QVERIFY(page);
    QVERIFY2(page->ok(), qPrintable(page->error.userText()));
    QCOMPARE(page->value.items.size(), 30);
    QCOMPARE(page->value.totalCount, 200);
    for (const FileInfo &f : page->value.items)
        QVERIFY2(f.uri().scheme() == QLatin1String("https"), qPrintable(f.uri().toString()));
    const FileInfo first = page->value.items.first();
    const auto one = waitFor<FileInfo>([&](auto cb) { client->getFile(first.id(), this, cb); });
    QVERIFY(one);
    QVERIFY2(one->ok(), qPrintable(one->error.userText()));
    QCOMPARE(one->value.id(), first.id());
    QCOMPARE(one->value.fileName(), first.fileName());
    QCOMPARE(one->value.uri(), first.uri());
}

void TestApiTls::downloadsMatchPlainHttp_data()
{
    QTest::addColumn<QString>("origin");
    QTest::newRow("api") << QStringLiteral("api");
    QTest::newRow("storage") << QStringLiteral("storage");
}

void TestApiTls::downloadsMatchPlainHttp()
{
    QFETCH(QString, origin);
    const bool storage = origin == QLatin1String("storage");
    const FileInfo file = firstOn(origin);
    QVERIFY2(!file.isNull(), "no file of that origin on the first page");
    const QByteArray expected = plainBody(file.id());
    QVERIFY(!expected.isEmpty());
    QCOMPARE(qint64(expected.size()), file.contentLength());
    QVERIFY(m_tls.clearRequests());
    auto client = signedInClient();
    QVERIFY(client);
    QBuffer buffer;
    const auto r = download(*client, file, 0, &buffer);
    QVERIFY(r);
    QVERIFY2(r->ok(), qPrintable(r->error.userText()));
    QCOMPARE(r->value, qint64(expected.size()));
    QVERIFY(buffer.data() == expected);
    const QList<QJsonObject> requests = contentRequests(origin, file.id());
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().value(QStringLiteral("status")).toInt(), 200);
    const QJsonObject headers = requests.first().value(QStringLiteral("headers")).toObject();
    if (storage) {  // a pre-signed URL: the API's credentials never go there
        QVERIFY2(!headers.contains(QStringLiteral("authorization")), qPrintable(QJsonDocument(headers).toJson()));
        QVERIFY2(!headers.contains(QStringLiteral("cookie")), qPrintable(QJsonDocument(headers).toJson()));
    } else {
        QVERIFY(headers.contains(QStringLiteral("authorization")) || headers.contains(QStringLiteral("cookie")));
    }
}

void TestApiTls::downloadFromOffsetGetsTheTail()
{
    const FileInfo file = firstOn(QStringLiteral("api"));
    QVERIFY(!file.isNull());
    const QByteArray expected = plainBody(file.id());
    QVERIFY(expected.size() > 3000);
    const qint64 offset = expected.size() / 3;
    auto client = signedInClient();
    QVERIFY(client);
    QVERIFY(m_tls.clearRequests());
    QBuffer buffer;
    const auto r = download(*client, file, offset, &buffer);
    QVERIFY(r);
    QVERIFY2(r->ok(), qPrintable(r->error.userText()));
    QCOMPARE(r->value, qint64(expected.size()) - offset);
    QVERIFY(buffer.data() == expected.mid(int(offset)));
    const QList<QJsonObject> requests = contentRequests(QStringLiteral("api"), file.id());
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().value(QStringLiteral("status")).toInt(), 206);
    QCOMPARE(requests.first().value(QStringLiteral("headers")).toObject().value(QStringLiteral("range")).toString(),
             QStringLiteral("bytes=%1-").arg(offset));
}

void TestApiTls::cutBodyResumes_data()
{
    downloadsMatchPlainHttp_data();
}

void TestApiTls::cutBodyResumes()
{
    QFETCH(QString, origin);
    const bool storage = origin == QLatin1String("storage");
    const FileInfo file = firstOn(origin);
    QVERIFY(!file.isNull());
    const QByteArray expected = plainBody(file.id());
    QVERIFY(expected.size() > 1000);
    // The next request for this file gets its headers and half its body, then the TLS connection closes.
    const QString path = storage ? QStringLiteral("/blobs/%1/").arg(file.id()) : QStringLiteral("/files/%1/content").arg(file.id());
    QVERIFY(m_tls.queueFault(QJsonObject{{QStringLiteral("path"), path},
                                         {QStringLiteral("fault"), QStringLiteral("cut")},
                                         {QStringLiteral("origin"), origin},
                                         {QStringLiteral("count"), 1}}));
    auto client = signedInClient();
    QVERIFY(client);
    QVERIFY(m_tls.clearRequests());
    QBuffer buffer;
    const auto r = download(*client, file, 0, &buffer);
    QVERIFY(r);
    QVERIFY2(r->ok(), qPrintable(r->error.userText()));
    QCOMPARE(r->value, qint64(expected.size()));
    QVERIFY(buffer.data() == expected);
    const QList<QJsonObject> requests = contentRequests(origin, file.id());
    QVERIFY2(requests.size() >= 2, "the cut did not happen: one request only");
    QVERIFY(requests.first().value(QStringLiteral("headers")).toObject().value(QStringLiteral("range")).toString().isEmpty());
    const QString range = requests.last().value(QStringLiteral("headers")).toObject().value(QStringLiteral("range")).toString();
    QVERIFY2(range.startsWith(QLatin1String("bytes=")) && !range.startsWith(QLatin1String("bytes=0-")), qPrintable(range));
    QCOMPARE(requests.last().value(QStringLiteral("status")).toInt(), 206);
}

void TestApiTls::heldRequestIsReleased()
{
    auto client = signedInClient();
    QVERIFY(client);
    QVERIFY(m_tls.hold(QStringLiteral("/files")));
    FileQuery q;
    q.countPerPage = 5;
    std::optional<ApiResult<ListPage<FileInfo>>> result;
    client->listFiles(q, this, [&result](const ApiResult<ListPage<FileInfo>> &r) { result = r; });
    QCOMPARE(m_tls.waitForHeld(1).size(), 1);
    QVERIFY(!result);
    QCOMPARE(m_tls.release(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000);
    QVERIFY2(result->ok(), qPrintable(result->error.userText()));
    QCOMPARE(result->value.items.size(), 5);
}

void TestApiTls::untrustedCertificateFailsSignIn()
{
    // A process that never trusted the simulator's certificate: the default configuration from
    // before initTestCase(), and a new client (its own connections, no TLS session to reuse).
    const QSslConfiguration trusted = QSslConfiguration::defaultConfiguration();
    QSslConfiguration::setDefaultConfiguration(m_untrusted);
    auto client = std::make_unique<ApiClient>();
    QVERIFY(pointAtSim(*client, m_tls));
    const auto r = waitFor<AuthSession>([&](auto cb) {
        client->signIn(kAdmin, QStringLiteral("demo"), false, this, cb);
    });
    QSslConfiguration::setDefaultConfiguration(trusted);
    QVERIFY2(r, "no answer: the sign-in hung");
    QVERIFY(!r->ok());
    QVERIFY(!client->isSignedIn());
    QCOMPARE(r->error.kind(), ApiError::Kind::Network);
    const QString text = r->error.message() + QLatin1Char(' ') + r->error.userText();
    QVERIFY2(text.contains(QLatin1String("SSL"), Qt::CaseInsensitive) || text.contains(QLatin1String("certificate"), Qt::CaseInsensitive),
             qPrintable(text));
    // The handshake failed before any request: the password never reached the server.
    QVERIFY(m_tls.requests(QStringLiteral("api"), QStringLiteral("/auth/credentials")).isEmpty());
    // Trusted again, a new client signs in: the failure was the certificate, nothing else.
    QVERIFY(signedInClient());
}

void TestApiTls::untrustedCertificateFailsDownload_data()
{
    downloadsMatchPlainHttp_data();  // the same two origins
}

void TestApiTls::untrustedCertificateFailsDownload()
{
    // The downloads' own connections (HttpConnectionPool) check the certificate as the manager
    // does: a client signed in while it was trusted, asked to download once it is not (a new
    // connection: the pool of a new client is empty), fails with the reason, writes nothing and
    // sends nothing.
    QFETCH(QString, origin);
    const FileInfo file = firstOn(origin);
    QVERIFY(!file.isNull());
    auto client = signedInClient();
    QVERIFY(client);
    QVERIFY(m_tls.clearRequests());
    const QSslConfiguration trusted = QSslConfiguration::defaultConfiguration();
    QSslConfiguration::setDefaultConfiguration(m_untrusted);
    QBuffer buffer;
    const auto r = download(*client, file, 0, &buffer);
    QSslConfiguration::setDefaultConfiguration(trusted);
    QVERIFY2(r, "no answer: the download hung");
    QVERIFY(!r->ok());
    QCOMPARE(r->error.kind(), ApiError::Kind::Network);
    const QString text = r->error.message() + QLatin1Char(' ') + r->error.userText();
    QVERIFY2(text.contains(QLatin1String("SSL"), Qt::CaseInsensitive) || text.contains(QLatin1String("certificate"), Qt::CaseInsensitive),
             qPrintable(text));
    QVERIFY(buffer.data().isEmpty());
    QVERIFY(contentRequests(origin, file.id()).isEmpty());
}

QTEST_GUILESS_MAIN(TestApiTls)
#include "tst_api_tls.moc"
