// ApiClient's downloads against a real evovoice-sim: origin rules (no credentials to storage),
// Range from an offset, the per-host concurrency cap, and keep-alive connections. The suite runs
// twice: over the downloads' own transport (HttpConnectionPool) and, as
// tst_api_download_qtnetwork, over QNetworkAccessManager (EVOVOICE_DOWNLOAD_TRANSPORT=qt).
#include "apitesthelpers.h"

#include <QBuffer>
#include <QSet>
#include <QSignalSpy>

#include <functional>

#include <memory>
#include <vector>

class TestApiDownload final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void storageDownloadCarriesNoCredentials();
    void apiDownloadWithRangeOffset();
    void perHostConcurrencyCap();
    void eightDownloadsOnTheWireAtOnce();
    void downloadsReuseTheirConnections();

private:
    SimProcess m_sim;
};

void TestApiDownload::initTestCase()
{
    QVERIFY2(m_sim.start({QStringLiteral("--files"), QStringLiteral("400")}), qPrintable(m_sim.errorString()));
}

void TestApiDownload::init()
{
    QVERIFY(m_sim.clearFaults());
    QVERIFY(m_sim.clearRequests());
}

void TestApiDownload::storageDownloadCarriesNoCredentials()
{
    auto client = newSimClient(m_sim);
    QVERIFY(signInAs(*client, QStringLiteral("admin@example.com"), this));
    FileInfo onStorage;
    for (const FileInfo &f : allFiles(*client, this)) {
        if (f.uri().host() == m_sim.storageUrl().host()) {
            onStorage = f;
            break;
        }
    }
    QVERIFY2(!onStorage.isNull(), "no file on the storage origin");
    m_sim.clearRequests();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QList<qint64> progress;
    const auto r = waitFor<qint64>([&](auto cb) {
        ApiCall *call = client->download(onStorage.uri(), &buffer, 0, this, cb);
        connect(call, &ApiCall::progress, this, [&progress](qint64 received, qint64) { progress << received; });
    });
    QVERIFY(r);
    QVERIFY2(r->ok(), qPrintable(r->error.userText()));
    QVERIFY(r->value > 0);
    QCOMPARE(qint64(buffer.data().size()), r->value);
    QVERIFY(!progress.isEmpty());
    const QJsonArray storage = m_sim.requests(QStringLiteral("storage"), QString());
    QVERIFY(!storage.isEmpty());
    for (const QJsonValue &e : storage) {
        const QJsonObject h = headersOf(e);
        QVERIFY(!h.contains(QStringLiteral("authorization")));
        QVERIFY(!h.contains(QStringLiteral("cookie")));
    }
}

void TestApiDownload::apiDownloadWithRangeOffset()
{
    auto client = newSimClient(m_sim);
    QVERIFY(signInAs(*client, QStringLiteral("admin@example.com"), this));
    FileInfo onApi;
    for (const FileInfo &f : allFiles(*client, this)) {
        if (f.uri().host() == m_sim.apiUrl().host() || f.uri().isRelative()) {
            onApi = f;
            break;
        }
    }
    QVERIFY(!onApi.isNull());
    QBuffer whole;
    whole.open(QIODevice::WriteOnly);
    const auto full = waitFor<qint64>([&](auto cb) { client->download(onApi.uri(), &whole, 0, this, cb); });
    QVERIFY(full);
    QVERIFY2(full->ok(), qPrintable(full->error.userText()));
    QVERIFY(full->value > 100);
    const qint64 offset = full->value / 3;
    QBuffer tail;
    tail.open(QIODevice::WriteOnly);
    m_sim.clearRequests();
    const auto part = waitFor<qint64>([&](auto cb) { client->download(onApi.uri(), &tail, offset, this, cb); });
    QVERIFY(part && part->ok());
    QCOMPARE(part->value, full->value - offset);
    QCOMPARE(tail.data(), whole.data().mid(offset));
    const QJsonObject h = headersOf(m_sim.requests(QStringLiteral("api"), QString()).last());
    QCOMPARE(h.value(QStringLiteral("range")).toString(), QStringLiteral("bytes=%1-").arg(offset));
}

void TestApiDownload::perHostConcurrencyCap()
{
    auto client = newSimClient(m_sim);
    QVERIFY(signInAs(*client, QStringLiteral("manager@example.com"), this));
    client->setMaxConcurrentPerHost(2);
    QVERIFY(m_sim.queueFault(QStringLiteral("/files"), QString(), 6, 300));
    int done = 0;
    int maxActive = 0;
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < 6; ++i)
        client->listFiles(FileQuery(), this, [&](const ApiResult<ListPage<FileInfo>> &r) {
            QVERIFY(r.ok());
            ++done;
        });
    maxActive = client->activeRequests();
    QTRY_COMPARE_WITH_TIMEOUT(done, 6, 10000);
    // Three waves of two requests of 300 ms each.
    QVERIFY2(t.elapsed() >= 850, qPrintable(QString::number(t.elapsed())));
    QCOMPARE(maxActive, 6);  // all six are active calls; only two on the wire at once
}

void TestApiDownload::eightDownloadsOnTheWireAtOnce()
{
    // Qt 6.4's QNetworkAccessManager opens at most 6 connections per host: downloads run on
    // ApiClient's bulk managers, so 8 downloads are 8 requests on the wire, and the API calls'
    // own cap (6) does not hold them back.
    auto client = newSimClient(m_sim);
    QVERIFY(signInAs(*client, QStringLiteral("admin@example.com"), this));
    QList<FileInfo> onApi;
    for (const FileInfo &f : allFiles(*client, this)) {
        if (f.uri().host() == m_sim.apiUrl().host() && onApi.size() < 8)
            onApi << f;
    }
    QCOMPARE(onApi.size(), 8);
    m_sim.clearRequests();
    // Each answer waits 8 s in the simulator (logged on arrival), so all 8 must arrive first.
    QVERIFY(m_sim.queueFault(QJsonObject{{QStringLiteral("origin"), QStringLiteral("api")},
                                         {QStringLiteral("path"), QStringLiteral("/files/")},
                                         {QStringLiteral("fault"), QString()},
                                         {QStringLiteral("count"), 8},
                                         {QStringLiteral("delayMs"), 8000}}));
    std::vector<std::unique_ptr<QBuffer>> buffers;
    int done = 0;
    int ok = 0;
    for (const FileInfo &f : onApi) {
        buffers.push_back(std::make_unique<QBuffer>());
        buffers.back()->open(QIODevice::WriteOnly);
        client->download(f.uri(), buffers.back().get(), 0, this, [&](const ApiResult<qint64> &r) {
            ++done;
            ok += r.ok() ? 1 : 0;
        });
    }
    auto arrived = [&] { return m_sim.requests(QStringLiteral("api"), QStringLiteral("/files/")).size(); };
    QTRY_VERIFY_WITH_TIMEOUT(arrived() >= 8 || done > 0, 30000);
    QCOMPARE(done, 0);
    QCOMPARE(arrived(), 8);
    QTRY_COMPARE_WITH_TIMEOUT(done, 8, 60000);
    QCOMPARE(ok, 8);
}


void TestApiDownload::downloadsReuseTheirConnections()
{
    // The simulator logs each request's client port: one port is one connection. Twelve files
    // one after another travel on one keep-alive connection; twenty-four, four at a time, on at
    // most four; and every byte arrives (the sizes FileInfo announced).
    auto client = newSimClient(m_sim);
    QVERIFY(signInAs(*client, QStringLiteral("admin@example.com"), this));
    QList<FileInfo> onApi;
    for (const FileInfo &f : allFiles(*client, this)) {
        if (f.uri().host() == m_sim.apiUrl().host() && f.contentLength() > 0 && onApi.size() < 24)
            onApi << f;
    }
    QCOMPARE(onApi.size(), 24);
    auto portsUsed = [this] {
        QSet<int> ports;
        for (const QJsonValue &e : m_sim.requests(QStringLiteral("api"), QStringLiteral("/files/")))
            ports.insert(e.toObject().value(QStringLiteral("peerPort")).toInt());
        return ports;
    };
    std::vector<std::unique_ptr<QBuffer>> buffers;
    int done = 0;
    int failed = 0;
    int next = 0;
    int last = 0;  // the files [next, last) are still to start
    // Downloads file `next`; when it is done, the next one (a chain: as many run as were started).
    std::function<void()> startNext = [&] {
        const int i = next++;
        buffers.push_back(std::make_unique<QBuffer>());
        QBuffer *b = buffers.back().get();
        b->open(QIODevice::WriteOnly);
        const qint64 expected = onApi.at(i).contentLength();
        client->download(onApi.at(i).uri(), b, 0, this, [&, expected, b](const ApiResult<qint64> &r) {
            ++done;
            if (!r.ok() || r.value != expected || b->data().size() != expected)
                ++failed;
            if (next < last)
                startNext();
        });
    };
    m_sim.clearRequests();
    last = 12;
    startNext();
    QTRY_COMPARE_WITH_TIMEOUT(done, 12, 60000);
    QCOMPARE(failed, 0);
    QSet<int> ports = portsUsed();
    QVERIFY(!ports.contains(0));
    QCOMPARE(ports.size(), 1);

    m_sim.clearRequests();
    done = 0;
    last = int(onApi.size());
    for (int k = 0; k < 4; ++k)
        startNext();
    QTRY_COMPARE_WITH_TIMEOUT(done, 12, 60000);
    QCOMPARE(failed, 0);
    ports = portsUsed();
    QVERIFY2(ports.size() <= 4, qPrintable(QString::number(ports.size())));
}

QTEST_GUILESS_MAIN(TestApiDownload)
#include "tst_api_download.moc"
