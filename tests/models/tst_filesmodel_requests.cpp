// FilesModel's requests against a real evovoice-sim: sorting sends its fields, a slow reply of an
// old query is dropped, errors keep the rows and a retry recovers, empty results and refresh.
// Races are made to happen by holding the request in the simulator (POST /__sim/hold) and
// checking that it was held, never by sleeping; every test function stands alone.
#include "api/apiclient.h"
#include "clientwaits.h"
#include "models/filesmodel.h"
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
    void refreshKeepsRowsUntilReplaced();

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
    QVERIFY(m_sim.clearHolds());
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
    QCOMPARE(m_client->activeRequests(), 0);  // a request would be counted as soon as it is made
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
    QVERIFY(m_sim.hold(QStringLiteral("/files")));
    FileQuery first;
    first.type = FileType::CallRecording;
    FileQuery second;
    second.type = FileType::Fax;
    model.setQuery(first);
    const QJsonArray held = m_sim.waitForHeld(1);  // the first query's request reached the server
    QCOMPARE(held.size(), 1);
    QCOMPARE(queryValue(held.first().toObject(), QStringLiteral("Type")), QStringLiteral("CallRecording"));
    model.setQuery(second);
    QVERIFY(waitUntilIdle(model));
    const int rows = model.rowCount();
    QVERIFY(rows > 0);
    for (int row = 0; row < qMin(rows, model.pageSize()); ++row)
        QCOMPARE(model.fileAt(row).type(), FileType::Fax);

    // The old query's reply now comes (or finds its request aborted): it changes nothing.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QCOMPARE(m_sim.release(), 1);
    const qint64 heldId = qint64(held.first().toObject().value(QStringLiteral("id")).toDouble());
    QTRY_VERIFY_WITH_TIMEOUT(m_client->activeRequests() == 0, 20000);
    // A round trip more, so that a reply the simulator wrote has been read by the client.
    bool answered = false;
    for (const QJsonValue &v : m_sim.requests(QStringLiteral("api"), QStringLiteral("/files"))) {
        if (qint64(v.toObject().value(QStringLiteral("id")).toDouble()) == heldId)
            answered = v.toObject().value(QStringLiteral("status")).toInt() != 0;
    }
    qInfo("the old query's request was %s", answered ? "answered after the new one" : "aborted by the client");
    QCOMPARE(changed.size(), 0);
    QCOMPARE(inserted.size(), 0);
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

// Issue 9: a refresh cleared the rows at once; when the server then failed, every row read
// "Not loaded". The rows must stay until a new reply replaces them.
void TstFilesModelRequests::refreshKeepsRowsUntilReplaced()
{
    FilesModel model(m_client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPrefetchRows(0);
    model.setQuery(FileQuery());
    QVERIFY(waitUntilIdle(model));
    model.setVisibleRange(0, 30);
    const QString id5 = model.fileAt(5).id();
    QVERIFY(!id5.isEmpty());

    QVERIFY(m_sim.hold(QStringLiteral("/files")));
    QVERIFY(m_sim.queueFault(QStringLiteral("/files"), QStringLiteral("500"), 20));
    QVERIFY(m_sim.clearRequests());
    model.refresh();
    QCOMPARE(m_sim.waitForHeld(1).size(), 1);
    QVERIFY(model.isLoading());
    QCOMPARE(model.fileAt(5).id(), id5);  // still on screen while the refresh waits
    QVERIFY(model.hasStaleRows());

    QSignalSpy errors(&model, &FilesModel::errorOccurred);
    QCOMPARE(m_sim.release(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, 20000);
    QVERIFY(waitUntilIdle(model));
    QCOMPARE(model.lastError().httpStatus(), 500);
    QCOMPARE(model.fileAt(5).id(), id5);  // the failed refresh leaves them
    QVERIFY(model.data(model.index(5, int(FileField::DateCreated))).toString() != tr("Not loaded"));
    QVERIFY(model.hasStaleRows());

    QVERIFY(m_sim.clearFaults());
    model.retry();
    QVERIFY(waitUntilIdle(model));
    QVERIFY(!model.lastError().isError());
    QVERIFY(!model.hasStaleRows());
    QCOMPARE(model.fileAt(5).id(), id5);
}

QTEST_MAIN(TstFilesModelRequests)
#include "tst_filesmodel_requests.moc"
