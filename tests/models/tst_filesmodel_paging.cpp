// FilesModel's fetching against a real evovoice-sim: the visible range and far jumps, the query's
// page size, two pages when spanning, bounded eviction, and the prefetch once idle.
#include "api/apiclient.h"
#include "clientwaits.h"
#include "models/filesmodel.h"
#include "signedinclient.h"
#include "simprocess.h"
#include "simrequestlog.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

class TstFilesModelPaging final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void visibleRangeAndFarJump();
    void queryPageSize();
    void twoPagesWhenSpanning();
    void evictionIsBounded();
    void prefetchAfterIdle();

private:
    SimProcess m_sim;
    ApiClient *m_client = nullptr;
    QByteArray m_token;
};

void TstFilesModelPaging::initTestCase()
{
    QVERIFY2(m_sim.start({QStringLiteral("--files"), QStringLiteral("20000")}), qPrintable(m_sim.errorString()));
    m_client = new ApiClient(this);
    QString error;
    QVERIFY2(signInToSim(*m_client, m_sim, QStringLiteral("manager@example.com"), this, &error), qPrintable(error));
    m_token = m_sim.bearerToken();
    QVERIFY(!m_token.isEmpty());
}

void TstFilesModelPaging::init()
{
    QVERIFY(m_sim.clearFaults());
    QVERIFY(m_sim.clearRequests());
}

void TstFilesModelPaging::visibleRangeAndFarJump()
{
    FilesModel model(m_client);
    model.setPrefetchRows(0);
    model.setQuery(FileQuery());
    QVERIFY(waitUntilIdle(model));
    const int total = model.rowCount();
    QVERIFY(total > 2000);
    const int ps = model.pageSize();
    QCOMPARE(ps, FilesModel::kDefaultPageSize);
    const QList<QJsonObject> firstRequests = fileListRequests(m_sim);
    QCOMPARE(firstRequests.size(), 1);
    QCOMPARE(queryValue(firstRequests.constFirst(), QStringLiteral("Page")).toInt(), 0);
    QCOMPARE(queryValue(firstRequests.constFirst(), QStringLiteral("CountPerPage")).toInt(), ps);

    const int row = (total * 9 / 10) / ps * ps + 3;  // 90%: inside one page
    QVERIFY(m_sim.clearRequests());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setVisibleRange(row, row + 30);
    QVERIFY(waitUntilIdle(model));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.constFirst().at(0).toModelIndex().row(), row / ps * ps);
    QCOMPARE(changed.constFirst().at(1).toModelIndex().row(), row / ps * ps + ps - 1);
    const QList<QJsonObject> requests = fileListRequests(m_sim);
    QCOMPARE(requests.size(), 1);
    QCOMPARE(queryValue(requests.constFirst(), QStringLiteral("Page")).toInt(), row / ps);
    QCOMPARE(queryValue(requests.constFirst(), QStringLiteral("CountPerPage")).toInt(), ps);

    const QStringList ids = rawPageIds(m_sim, m_token, row / ps, ps);
    QCOMPARE(ids.size(), ps);
    for (int i = 0; i < ps; ++i)
        QCOMPARE(model.fileAt(row / ps * ps + i).id(), ids.at(i));
    QCOMPARE(model.rowOfId(ids.at(7)), row / ps * ps + 7);
    QCOMPARE(model.statusText(row, row + 30), tr("%1–%2 of %3 files")
                                                  .arg(QLocale().toString(row + 1), QLocale().toString(row + 31),
                                                       QLocale().toString(total)));
    // Rows between stay placeholders, never another page's data.
    QVERIFY(model.fileAt(total / 2).isNull());
    QVERIFY(!model.data(model.index(total / 2, 0), FilesModel::LoadedRole).toBool());

    // The same range again costs nothing.
    QVERIFY(m_sim.clearRequests());
    model.setVisibleRange(row, row + 30);
    QVERIFY(!model.isLoading());
    QCOMPARE(fileListRequests(m_sim).size(), 0);
}

void TstFilesModelPaging::queryPageSize()
{
    // The user's page size (the sidebar's countPerPage) is the model's page size.
    FilesModel model(m_client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPrefetchRows(0);
    FileQuery q;
    q.countPerPage = 50;
    model.setQuery(q);
    QVERIFY(waitUntilIdle(model));
    QCOMPARE(model.pageSize(), 50);
    QCOMPARE(model.query().countPerPage, 50);
    QCOMPARE(queryValue(fileListRequests(m_sim).constFirst(), QStringLiteral("CountPerPage")).toInt(), 50);
    const int total = model.rowCount();
    QVERIFY(total > 5000);
    const int row = total * 9 / 10 / 50 * 50 + 7;  // inside one page of 50
    QVERIFY(m_sim.clearRequests());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setVisibleRange(row, row + 20);
    QVERIFY(waitUntilIdle(model));
    const QList<QJsonObject> requests = fileListRequests(m_sim);
    QCOMPARE(requests.size(), 1);
    QCOMPARE(queryValue(requests.constFirst(), QStringLiteral("Page")).toInt(), row / 50);
    QCOMPARE(queryValue(requests.constFirst(), QStringLiteral("CountPerPage")).toInt(), 50);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.constFirst().at(0).toModelIndex().row(), row / 50 * 50);
    QCOMPARE(changed.constFirst().at(1).toModelIndex().row(), row / 50 * 50 + 49);
    const QStringList ids = rawPageIds(m_sim, m_token, row / 50, 50);
    QCOMPARE(model.fileAt(row / 50 * 50).id(), ids.constFirst());
    QCOMPARE(model.fileAt(row / 50 * 50 + 49).id(), ids.constLast());
    QVERIFY(model.fileAt(row / 50 * 50 + 50).isNull());

    // Clamped to 1..1000; a query left at the default uses the model's own page size.
    q.countPerPage = 5000;
    model.setQuery(q);
    QCOMPARE(model.pageSize(), 1000);
    QVERIFY(waitUntilIdle(model));
    q.countPerPage = FileQuery().countPerPage;
    model.setPageSize(120);
    model.setQuery(q);
    QCOMPARE(model.pageSize(), 120);
    QVERIFY(waitUntilIdle(model));
    QCOMPARE(queryValue(fileListRequests(m_sim).constLast(), QStringLiteral("CountPerPage")).toInt(), 120);
    QCOMPARE(model.query().countPerPage, FileQuery().countPerPage);
}

void TstFilesModelPaging::twoPagesWhenSpanning()
{
    FilesModel model(m_client);
    model.setPrefetchRows(0);
    model.setQuery(FileQuery());
    QVERIFY(waitUntilIdle(model));
    const int ps = model.pageSize();
    const int row = 5 * ps - 10;
    QVERIFY(m_sim.clearRequests());
    model.setVisibleRange(row, row + 30);
    QVERIFY(waitUntilIdle(model));
    const QList<QJsonObject> requests = fileListRequests(m_sim);
    QCOMPARE(requests.size(), 2);
    QSet<int> pages;
    for (const QJsonObject &r : requests)
        pages.insert(queryValue(r, QStringLiteral("Page")).toInt());
    QCOMPARE(pages, (QSet<int>{4, 5}));
    for (int r = row; r <= row + 30; ++r)
        QVERIFY(!model.fileAt(r).isNull());
}

void TstFilesModelPaging::evictionIsBounded()
{
    FilesModel model(m_client);
    model.setPageSize(50);
    model.setMaxCachedPages(4);
    model.setPrefetchRows(0);
    model.setQuery(FileQuery());
    QVERIFY(waitUntilIdle(model));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    for (int i = 1; i <= 10; ++i) {
        model.setVisibleRange(i * 500, i * 500 + 20);
        QVERIFY(waitUntilIdle(model));
        QVERIFY(model.cachedPageCount() <= 4);
    }
    QVERIFY(model.fileAt(500).isNull());      // evicted: a placeholder again
    QVERIFY(!model.fileAt(5000).isNull());    // the visible page stays
    QVERIFY(changed.size() > 10);             // evictions are announced too
}

void TstFilesModelPaging::prefetchAfterIdle()
{
    FilesModel model(m_client);
    model.setPrefetchRows(50);
    model.setQuery(FileQuery());
    QVERIFY(waitUntilIdle(model));
    const int ps = model.pageSize();
    const int row = 10 * ps + 20;  // near the start of page 10: page 9 is within 50 rows
    QVERIFY(m_sim.clearRequests());
    model.setVisibleRange(row, row + 30);
    QVERIFY(waitUntilIdle(model));
    QCOMPARE(fileListRequests(m_sim).size(), 1);  // the visible page first, alone
    QTRY_COMPARE_WITH_TIMEOUT(fileListRequests(m_sim).size(), 2, 5000);  // then, once still, the neighbour
    QCOMPARE(queryValue(fileListRequests(m_sim).constLast(), QStringLiteral("Page")).toInt(), 9);
    QVERIFY(waitUntilIdle(model));
    QVERIFY(!model.fileAt(10 * ps - 1).isNull());
    QVERIFY(model.fileAt(11 * ps).isNull());  // not near the bottom edge: not fetched
}

QTEST_MAIN(TstFilesModelPaging)
#include "tst_filesmodel_paging.moc"
