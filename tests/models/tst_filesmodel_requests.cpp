// FilesModel's requests against a real evovoice-sim: sorting sends its fields, a slow reply of an
// old query is dropped, errors keep the rows and a retry recovers, empty results and refresh.
#include "apiclient.h"
#include "clientwaits.h"
#include "filesmodel.h"
#include "signedinclient.h"
#include "simprocess.h"
#include "simrequestlog.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

class TstFilesModelRequests final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void sortSendsFields();
    void slowReplyOfOldQueryIsDropped();
    void errorKeepsRowsAndRetryRecovers();
    void emptyResultAndRefresh();

private:
    SimProcess m_sim;
    ApiClient *m_client = nullptr;
};

void TstFilesModelRequests::initTestCase()
{
    QVERIFY2(m_sim.start({QStringLiteral("--files"), QStringLiteral("20000")}), qPrintable(m_sim.errorString()));
    m_client = new ApiClient(this);
    QString error;
    QVERIFY2(signInToSim(*m_client, m_sim, QStringLiteral("manager@example.com"), this, &error), qPrintable(error));
}

void TstFilesModelRequests::init()
{
    QVERIFY(m_sim.clearFaults());
    QVERIFY(m_sim.clearRequests());
}

void TstFilesModelRequests::sortSendsFields()
{
    FilesModel model(m_client);
    model.setQuery(FileQuery());
    QVERIFY(waitUntilIdle(model));
    QVERIFY(m_sim.clearRequests());
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.sort(int(FileField::ContentLength), Qt::DescendingOrder);
    QCOMPARE(reset.size(), 1);
    QVERIFY(waitUntilIdle(model));
    QList<QJsonObject> requests = fileListRequests(m_sim);
    QCOMPARE(requests.size(), 1);
    QCOMPARE(queryValue(requests.constFirst(), QStringLiteral("SortField")), QStringLiteral("ContentLength"));
    QCOMPARE(queryValue(requests.constFirst(), QStringLiteral("SortOrder")), QStringLiteral("Descend"));
    QCOMPARE(model.query().sortField, QStringLiteral("ContentLength"));
    QVERIFY(model.fileAt(0).contentLength() >= model.fileAt(1).contentLength());
    QVERIFY(model.headerData(int(FileField::ContentLength), Qt::Horizontal, Qt::UserRole).toBool());

    // A column the server cannot sort: nothing is sent, the sort stays.
    QVERIFY(!model.headerData(int(FileField::Transcription), Qt::Horizontal, Qt::UserRole).toBool());
    QVERIFY(model.headerData(int(FileField::Transcription), Qt::Horizontal, Qt::ToolTipRole)
                .toString().contains(QStringLiteral("cannot sort by this column")));
    QVERIFY(m_sim.clearRequests());
    model.sort(int(FileField::Transcription), Qt::AscendingOrder);
    QCOMPARE(reset.size(), 1);
    QVERIFY(!model.isLoading());
    QTest::qWait(50);
    QCOMPARE(fileListRequests(m_sim).size(), 0);
    QCOMPARE(model.sortColumn(), int(FileField::ContentLength));

    // A new filter keeps the model's sort.
    FileQuery typed;
    typed.type = FileType::Upload;
    model.setQuery(typed);
    QVERIFY(waitUntilIdle(model));
    requests = fileListRequests(m_sim);
    QCOMPARE(requests.size(), 1);
    QCOMPARE(queryValue(requests.constFirst(), QStringLiteral("SortField")), QStringLiteral("ContentLength"));
}

void TstFilesModelRequests::slowReplyOfOldQueryIsDropped()
{
    FilesModel model(m_client);
    QVERIFY(m_sim.queueFault(QStringLiteral("/files"), QString(), 1, 1500));
    FileQuery first;
    first.type = FileType::CallRecording;
    FileQuery second;
    second.type = FileType::Fax;
    model.setQuery(first);
    QTest::qWait(100);  // the slow request has reached the server
    model.setQuery(second);
    QVERIFY(waitUntilIdle(model));
    const int rows = model.rowCount();
    QVERIFY(rows > 0);
    for (int row = 0; row < qMin(rows, model.pageSize()); ++row)
        QCOMPARE(model.fileAt(row).type(), FileType::Fax);
    QTest::qWait(1700);  // long past the slow reply
    QCOMPARE(model.rowCount(), rows);
    for (int row = 0; row < qMin(rows, model.pageSize()); ++row)
        QCOMPARE(model.fileAt(row).type(), FileType::Fax);
    QCOMPARE(model.query().type, std::optional<FileType>(FileType::Fax));
}

void TstFilesModelRequests::errorKeepsRowsAndRetryRecovers()
{
    FilesModel model(m_client);
    model.setPrefetchRows(0);
    model.setQuery(FileQuery());
    QVERIFY(waitUntilIdle(model));
    const QString firstId = model.fileAt(0).id();
    QVERIFY(!firstId.isEmpty());
    QSignalSpy errors(&model, &FilesModel::errorOccurred);
    QSignalSpy cleared(&model, &FilesModel::errorCleared);
    QVERIFY(m_sim.queueFault(QStringLiteral("/files"), QStringLiteral("500"), 4));
    model.setVisibleRange(1000, 1030);  // page 5: it and the client's 3 retries fail
    QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, 20000);
    QVERIFY(waitUntilIdle(model));
    QVERIFY(model.lastError().isError());
    QCOMPARE(model.lastError().httpStatus(), 500);
    QCOMPARE(model.fileAt(0).id(), firstId);  // rows already loaded are kept
    QVERIFY(model.fileAt(1000).isNull());
    QCOMPARE(model.data(model.index(1000, int(FileField::DateCreated))).toString(), tr("Not loaded"));
    QVERIFY(model.data(model.index(1000, int(FileField::FileName))).toString().isEmpty());
    QVERIFY(m_sim.clearRequests());
    model.retry();
    QCOMPARE(cleared.size(), 1);
    QVERIFY(waitUntilIdle(model));
    QVERIFY(!model.lastError().isError());
    QVERIFY(!model.fileAt(1000).isNull());
    QCOMPARE(model.fileAt(0).id(), firstId);
    QVERIFY(fileListRequests(m_sim).size() >= 1);
}

void TstFilesModelRequests::emptyResultAndRefresh()
{
    FilesModel model(m_client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    FileQuery none;
    none.fileName = QStringLiteral("no-such-file-name-anywhere-zz");
    model.setQuery(none);
    QVERIFY(waitUntilIdle(model));
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.totalCount(), qint64(0));
    QCOMPARE(model.statusText(-1, -1), tr("No files match"));

    model.setQuery(FileQuery());
    QVERIFY(waitUntilIdle(model));
    const int rows = model.rowCount();
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.refresh();
    QCOMPARE(reset.size(), 0);  // refresh keeps the rows and the scroll position
    QVERIFY(waitUntilIdle(model));
    QCOMPARE(model.rowCount(), rows);
    QVERIFY(!model.fileAt(0).isNull());
}

QTEST_MAIN(TstFilesModelRequests)
#include "tst_filesmodel_requests.moc"
