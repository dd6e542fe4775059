// ApiClient's retries against a real evovoice-sim: server errors, cut connections, Retry-After,
// no retry for PATCH, timeouts and malformed bodies.
#include "apitesthelpers.h"


class TestApiRetry final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void retriesServerErrors();
    void givesUpAfterMaxRetries();
    void retriesCutConnections();
    void honoursRetryAfter();
    void patchIsNotRetried();
    void timeout();
    void lateAnswerIsRetried();
    void malformedJsonIsBadResponse();
    void malformedJsonIsRetried();

private:
    SimProcess m_sim;
};

void TestApiRetry::initTestCase()
{
    QVERIFY2(m_sim.start({QStringLiteral("--files"), QStringLiteral("400")}), qPrintable(m_sim.errorString()));
}

void TestApiRetry::init()
{
    QVERIFY(m_sim.clearFaults());
    QVERIFY(m_sim.clearRequests());
}

void TestApiRetry::retriesServerErrors()
{
    auto client = newSimClient(m_sim);
    QVERIFY(signInAs(*client, QStringLiteral("manager@example.com"), this));
    QVERIFY(m_sim.queueFault(QStringLiteral("/files"), QStringLiteral("500"), 2));
    m_sim.clearRequests();
    const auto r = waitFor<ListPage<FileInfo>>([&](auto cb) { client->listFiles(FileQuery(), this, cb); });
    QVERIFY(r);
    QVERIFY2(r->ok(), qPrintable(r->error.userText()));
    QCOMPARE(countRequests(m_sim, QStringLiteral("api"), QStringLiteral("GET"), QStringLiteral("/files")), 3);
}

void TestApiRetry::givesUpAfterMaxRetries()
{
    auto client = newSimClient(m_sim);
    QVERIFY(signInAs(*client, QStringLiteral("manager@example.com"), this));
    QVERIFY(m_sim.queueFault(QStringLiteral("/files"), QStringLiteral("500"), 5));
    m_sim.clearRequests();
    const auto r = waitFor<ListPage<FileInfo>>([&](auto cb) { client->listFiles(FileQuery(), this, cb); });
    QVERIFY(r);
    QCOMPARE(r->error.kind(), ApiError::Kind::Http);
    QCOMPARE(r->error.httpStatus(), 500);
    QVERIFY(!r->error.message().isEmpty());
    QCOMPARE(countRequests(m_sim, QStringLiteral("api"), QStringLiteral("GET"), QStringLiteral("/files")), 4);
}

void TestApiRetry::retriesCutConnections()
{
    auto client = newSimClient(m_sim);
    QVERIFY(signInAs(*client, QStringLiteral("manager@example.com"), this));
    QVERIFY(m_sim.queueFault(QStringLiteral("/files"), QStringLiteral("cut"), 2));
    const auto r = waitFor<ListPage<FileInfo>>([&](auto cb) { client->listFiles(FileQuery(), this, cb); });
    QVERIFY(r);
    QVERIFY2(r->ok(), qPrintable(r->error.userText()));
    QVERIFY(!r->value.items.isEmpty());
}

void TestApiRetry::honoursRetryAfter()
{
    auto client = newSimClient(m_sim);
    QVERIFY(signInAs(*client, QStringLiteral("manager@example.com"), this));
    QVERIFY(m_sim.queueFault(QStringLiteral("/files"), QStringLiteral("429"), 1));
    QElapsedTimer t;
    t.start();
    const auto r = waitFor<ListPage<FileInfo>>([&](auto cb) { client->listFiles(FileQuery(), this, cb); });
    QVERIFY(r && r->ok());
    QVERIFY2(t.elapsed() >= 950, qPrintable(QString::number(t.elapsed())));
}

void TestApiRetry::patchIsNotRetried()
{
    auto client = newSimClient(m_sim);
    QVERIFY(signInAs(*client, QStringLiteral("admin@example.com"), this));
    const QList<FileInfo> files = allFiles(*client, this);
    QVERIFY(!files.isEmpty());
    QVERIFY(m_sim.queueFault(QStringLiteral("/files/"), QStringLiteral("500"), 1));
    m_sim.clearRequests();
    FilePatch patch;
    patch.fileName = QStringLiteral("x.wav");
    const auto r = waitFor<FileInfo>([&](auto cb) { client->patchFile(files.last().id(), patch, this, cb); });
    QVERIFY(r);
    QCOMPARE(r->error.httpStatus(), 500);
    QCOMPARE(m_sim.requests(QStringLiteral("api"), QStringLiteral("/files/")).size(), 1);
}

void TestApiRetry::timeout()
{
    auto client = newSimClient(m_sim);
    QVERIFY(signInAs(*client, QStringLiteral("manager@example.com"), this));
    client->setRequestTimeout(500);
    // Every attempt (the first and maxRetries() retries) times out.
    QVERIFY(m_sim.queueFault(QStringLiteral("/files"), QStringLiteral("timeout"), client->maxRetries() + 1));
    QElapsedTimer t;
    t.start();
    const auto r = waitFor<ListPage<FileInfo>>([&](auto cb) { client->listFiles(FileQuery(), this, cb); });
    QVERIFY(r);
    QCOMPARE(r->error.kind(), ApiError::Kind::Timeout);
    QVERIFY(t.elapsed() < 10000);
}

void TestApiRetry::lateAnswerIsRetried()
{
    auto client = newSimClient(m_sim);
    QVERIFY(signInAs(*client, QStringLiteral("manager@example.com"), this));
    client->setRequestTimeout(500);
    QVERIFY(m_sim.queueFault(QStringLiteral("/files"), QStringLiteral("timeout"), 1));
    m_sim.clearRequests();
    const auto r = waitFor<ListPage<FileInfo>>([&](auto cb) { client->listFiles(FileQuery(), this, cb); });
    QVERIFY(r);
    QVERIFY2(r->ok(), qPrintable(r->error.userText()));
    QVERIFY(!r->value.items.isEmpty());
    QCOMPARE(countRequests(m_sim, QStringLiteral("api"), QStringLiteral("GET"), QStringLiteral("/files")), 2);
}

void TestApiRetry::malformedJsonIsBadResponse()
{
    auto client = newSimClient(m_sim);
    QVERIFY(signInAs(*client, QStringLiteral("manager@example.com"), this));
    QVERIFY(m_sim.queueFault(QStringLiteral("/files"), QStringLiteral("malformed"), client->maxRetries() + 1));
    const auto r = waitFor<ListPage<FileInfo>>([&](auto cb) { client->listFiles(FileQuery(), this, cb); });
    QVERIFY(r);
    QCOMPARE(r->error.kind(), ApiError::Kind::BadResponse);
    QVERIFY(!r->error.userText().isEmpty());
}

void TestApiRetry::malformedJsonIsRetried()
{
    auto client = newSimClient(m_sim);
    QVERIFY(signInAs(*client, QStringLiteral("manager@example.com"), this));
    QVERIFY(m_sim.queueFault(QStringLiteral("/files"), QStringLiteral("malformed"), 1));
    m_sim.clearRequests();
    const auto r = waitFor<ListPage<FileInfo>>([&](auto cb) { client->listFiles(FileQuery(), this, cb); });
    QVERIFY(r);
    QVERIFY2(r->ok(), qPrintable(r->error.userText()));
    QCOMPARE(countRequests(m_sim, QStringLiteral("api"), QStringLiteral("GET"), QStringLiteral("/files")), 2);
}

QTEST_GUILESS_MAIN(TestApiRetry)
#include "tst_api_retry.moc"
