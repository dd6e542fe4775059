// FilePager over evovoice-sim: every id exactly once, with and without SimplifiedPaging, also
// when data shifts between pages; progress, limit and cancellation.
#include "apitesthelpers.h"
#include "api/filepager.h"

#include <QSet>
#include <QSignalSpy>

class TestApiPager final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void walksAllPages_data();
    void walksAllPages();
    void shiftingDataNeverRepeatsAnId();
    void limitAndCancel();

private:
    QSet<QString> allIds();
    SimProcess m_sim;
    ApiClient m_client;
};

void TestApiPager::initTestCase()
{
    QVERIFY2(m_sim.start({QStringLiteral("--files"), QStringLiteral("250")}), qPrintable(m_sim.errorString()));
    QVERIFY(signInToSim(m_client, m_sim, QStringLiteral("admin@example.com"), this));
}

QSet<QString> TestApiPager::allIds()
{
    QSet<QString> ids;
    for (const FileInfo &f : allFiles(m_client, this))
        ids.insert(f.id());
    return ids;
}

void TestApiPager::walksAllPages_data()
{
    QTest::addColumn<bool>("simplified");
    QTest::addColumn<int>("pageSize");
    QTest::newRow("totals") << false << 37;
    QTest::newRow("simplified") << true << 37;
    QTest::newRow("simplified exact") << true << 50;
}

void TestApiPager::walksAllPages()
{
    QFETCH(bool, simplified);
    QFETCH(int, pageSize);
    const QSet<QString> expected = allIds();
    QVERIFY(expected.size() >= 200);
    FileQuery q;
    q.countPerPage = pageSize;
    q.simplifiedPaging = simplified;
    q.sortField = QStringLiteral("DateCreated");
    FilePager pager(&m_client, q);
    QStringList ids;
    QList<QPair<qint64, qint64>> progress;
    connect(&pager, &FilePager::itemsReady, this, [&ids](const QList<FileInfo> &items) {
        for (const FileInfo &f : items)
            ids << f.id();
    });
    connect(&pager, &FilePager::progress, this, [&progress](qint64 done, qint64 total) { progress.append({done, total}); });
    QSignalSpy finished(&pager, &FilePager::finished);
    pager.start();
    QVERIFY(pager.isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QCOMPARE(finished.at(0).at(0).value<ApiError>().kind(), ApiError::Kind::None);
    QCOMPARE(ids.size(), expected.size());
    QCOMPARE(QSet<QString>(ids.begin(), ids.end()), expected);
    QCOMPARE(pager.delivered(), qint64(expected.size()));
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().first, qint64(expected.size()));
    QCOMPARE(progress.last().second, qint64(expected.size()));
    if (!simplified)
        QCOMPARE(progress.first().second, qint64(expected.size()));
    const QJsonArray log = m_sim.requests(QStringLiteral("api"), QStringLiteral("/files"));
    QVERIFY(!log.isEmpty());
}

void TestApiPager::shiftingDataNeverRepeatsAnId()
{
    FileQuery q;
    q.countPerPage = 20;
    q.sortField = QStringLiteral("FileName");
    q.sortOrder = FileQuery::SortOrder::Ascend;
    FilePager pager(&m_client, q);
    QStringList ids;
    bool shifted = false;
    connect(&pager, &FilePager::itemsReady, this, [&](const QList<FileInfo> &items) {
        for (const FileInfo &f : items)
            ids << f.id();
        if (!shifted) {
            // Move two files already seen behind the current page: a naive pager sees them again.
            shifted = true;
            for (int i = 0; i < 2; ++i) {
                FilePatch patch;
                patch.fileName = QStringLiteral("zzzz-moved-%1.wav").arg(i);
                const auto r = waitFor<FileInfo>([&](auto cb) { m_client.patchFile(items.at(i).id(), patch, this, cb); });
                QVERIFY(r && r->ok());
            }
        }
    });
    QSignalSpy finished(&pager, &FilePager::finished);
    pager.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QCOMPARE(finished.at(0).at(0).value<ApiError>().kind(), ApiError::Kind::None);
    const QSet<QString> unique(ids.begin(), ids.end());
    QCOMPARE(unique.size(), ids.size());
    QVERIFY(ids.size() >= 200);
}

void TestApiPager::limitAndCancel()
{
    FileQuery q;
    q.countPerPage = 30;
    FilePager limited(&m_client, q);
    limited.setLimit(45);
    int count = 0;
    connect(&limited, &FilePager::itemsReady, this, [&count](const QList<FileInfo> &items) { count += items.size(); });
    QSignalSpy limitedDone(&limited, &FilePager::finished);
    limited.start();
    QTRY_COMPARE(limitedDone.size(), 1);
    QCOMPARE(count, 45);

    QVERIFY(m_sim.hold(QStringLiteral("/files")));
    FilePager pager(&m_client, q);
    int items = 0;
    connect(&pager, &FilePager::itemsReady, this, [&items](const QList<FileInfo> &list) { items += list.size(); });
    QSignalSpy finished(&pager, &FilePager::finished);
    pager.start();
    QCOMPARE(m_sim.waitForHeld(1).size(), 1);  // its first page is at the server, unanswered
    pager.cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).value<ApiError>().kind(), ApiError::Kind::Cancelled);
    QCOMPARE(m_sim.release(), 1);
    QCOMPARE(m_sim.held().size(), 0);  // a round trip more for the client to read any reply
    QCOMPARE(items, 0);
    QCOMPARE(finished.size(), 1);
    QVERIFY(!pager.isRunning());
}

QTEST_GUILESS_MAIN(TestApiPager)
#include "tst_api_pager.moc"
