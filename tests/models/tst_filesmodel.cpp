// FilesModel against a real evovoice-sim over HTTP: the cell formatter, both paging modes under
// QAbstractItemModelTester, placeholders. (Visible-range fetching: tst_filesmodel_paging;
// sorting, stale replies, errors: tst_filesmodel_requests.)
#include "api/apiclient.h"
#include "clientwaits.h"
#include "models/filecellformatter.h"
#include "api/fileinfobuilder.h"
#include "models/filesmodel.h"
#include "signedinclient.h"
#include "simprocess.h"
#include "simrequestlog.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSignalSpy>
#include <QtTest>

class TstFilesModel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void formatter();
    void testerTotals();
    void testerSimplified();
    void placeholderInOneColumn();

private:
    SimProcess m_sim;
    ApiClient *m_client = nullptr;
};

void TstFilesModel::initTestCase()
{
    QVERIFY2(m_sim.start({QStringLiteral("--files"), QStringLiteral("20000")}), qPrintable(m_sim.errorString()));
    m_client = new ApiClient(this);
    QString error;
    QVERIFY2(signInToSim(*m_client, m_sim, QStringLiteral("manager@example.com"), this, &error), qPrintable(error));
}

void TstFilesModel::init()
{
    QVERIFY(m_sim.clearFaults());
    QVERIFY(m_sim.clearRequests());
}

void TstFilesModel::formatter()
{
    QCOMPARE(FileCellFormatter::duration(0), QStringLiteral("0:00"));
    QCOMPARE(FileCellFormatter::duration(59), QStringLiteral("0:59"));
    QCOMPARE(FileCellFormatter::duration(61), QStringLiteral("1:01"));
    QCOMPARE(FileCellFormatter::duration(3599), QStringLiteral("59:59"));
    QCOMPARE(FileCellFormatter::duration(3600), QStringLiteral("1:00:00"));
    QCOMPARE(FileCellFormatter::duration(36061), QStringLiteral("10:01:01"));
    QVERIFY(FileCellFormatter::duration(-1).isEmpty());
    FileCellFormatter f;
    QCOMPARE(f.size(1536), QLocale().formattedDataSize(1536, 1));
    QVERIFY(f.size(-1).isEmpty());
    const qint64 ms = QDateTime(QDate(2026, 1, 2), QTime(3, 4), Qt::UTC).toMSecsSinceEpoch();
    QCOMPARE(f.date(ms), QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(), QLocale::ShortFormat));

    // Duration: empty when unknown, and when 0 on a file that is not audio; size: empty when unknown.
    const auto file = [](FileType type, qint64 seconds, qint64 bytes) {
        FileInfoBuilder b;
        b.setType(type);
        b.setNumber(FileField::RecordingDuration, seconds);
        b.setNumber(FileField::ContentLength, bytes);
        return b.build();
    };
    QVERIFY(f.display(file(FileType::Fax, 0, 10), FileField::RecordingDuration).isEmpty());
    QVERIFY(f.display(file(FileType::Upload, 0, 10), FileField::RecordingDuration).isEmpty());
    QCOMPARE(f.display(file(FileType::Fax, 65, 10), FileField::RecordingDuration), QStringLiteral("1:05"));
    QCOMPARE(f.display(file(FileType::CallRecording, 0, 10), FileField::RecordingDuration), QStringLiteral("0:00"));
    QCOMPARE(f.display(file(FileType::VoiceMessage, 61, 10), FileField::RecordingDuration), QStringLiteral("1:01"));
    FileInfoBuilder unknown;
    unknown.setType(FileType::CallRecording);
    const FileInfo noNumbers = unknown.build();
    QCOMPARE(noNumbers.recordingDuration(), -1);
    QCOMPARE(noNumbers.contentLength(), qint64(-1));
    QVERIFY(f.display(noNumbers, FileField::RecordingDuration).isEmpty());
    QVERIFY(f.display(noNumbers, FileField::ContentLength).isEmpty());
    QVERIFY(f.toolTip(noNumbers, FileField::ContentLength).isEmpty());
    QCOMPARE(f.display(file(FileType::Fax, 0, 1536), FileField::ContentLength), f.size(1536));
}

void TstFilesModel::testerTotals()
{
    FilesModel model(m_client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(100);
    QSignalSpy totals(&model, &FilesModel::totalChanged);
    model.setQuery(FileQuery());
    QVERIFY(model.isLoading());
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(waitUntilIdle(model));
    QVERIFY2(!model.lastError().isError(), qPrintable(model.lastError().userText()));
    QVERIFY(model.totalCount() > 1000);
    QCOMPARE(model.rowCount(), int(model.totalCount()));
    QVERIFY(!totals.isEmpty());
    QVERIFY(!model.canFetchMore(QModelIndex()));
    QVERIFY(model.data(model.index(0, 0), FilesModel::LoadedRole).toBool());
    QVERIFY(!model.data(model.index(500, 0), FilesModel::LoadedRole).toBool());
    QCOMPARE(model.placeholderColumn(), int(FileField::DateCreated));
    QCOMPARE(model.data(model.index(500, int(FileField::DateCreated))).toString(), tr("Loading…"));
    QVERIFY(model.data(model.index(500, int(FileField::FileName))).toString().isEmpty());
    QCOMPARE(model.data(model.index(500, 0), Qt::ForegroundRole).value<QColor>(), QColor(Qt::gray));
    model.setVisibleRange(500, 530);
    QVERIFY(waitUntilIdle(model));
    QVERIFY(model.data(model.index(500, 0), FilesModel::LoadedRole).toBool());
    model.sort(int(FileField::FileName), Qt::AscendingOrder);
    QVERIFY(waitUntilIdle(model));
    FileQuery typed;
    typed.type = FileType::CallRecording;
    model.setQuery(typed);
    QVERIFY(waitUntilIdle(model));
    model.setVisibleRange(model.rowCount() - 10, model.rowCount() - 1);
    QVERIFY(waitUntilIdle(model));
    for (int row = model.rowCount() - 10; row < model.rowCount(); ++row)
        QCOMPARE(model.fileAt(row).type(), FileType::CallRecording);
    model.refresh();
    QVERIFY(waitUntilIdle(model));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TstFilesModel::testerSimplified()
{
    FileQuery q;
    q.simplifiedPaging = true;
    q.type = FileType::Fax;
    {
        // One page at a time (no tester here: it calls fetchMore() itself).
        FilesModel plain(m_client);
        plain.setQuery(q);
        QVERIFY(waitUntilIdle(plain));
        QVERIFY(plain.isAppending());
        QCOMPARE(plain.totalCount(), qint64(-1));
        QCOMPARE(plain.rowCount(), 200);
        QCOMPARE(plain.statusText(0, 20), tr("%1+ files").arg(QLocale().toString(200)));
        QVERIFY(plain.canFetchMore(QModelIndex()));
        const QList<QJsonObject> first = fileListRequests(m_sim);
        QCOMPARE(first.size(), 1);
        QCOMPARE(queryValue(first.constFirst(), QStringLiteral("SimplifiedPaging")).toLower(), QStringLiteral("true"));
        plain.fetchMore(QModelIndex());
        QVERIFY(!plain.canFetchMore(QModelIndex()));  // one page in flight at a time
        QVERIFY(waitUntilIdle(plain));
        QCOMPARE(plain.rowCount(), 400);
        QCOMPARE(queryValue(fileListRequests(m_sim).constLast(), QStringLiteral("Page")).toInt(), 1);
    }
    FilesModel model(m_client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setQuery(q);
    QVERIFY(waitUntilIdle(model));
    int guard = 0;
    while (model.canFetchMore(QModelIndex()) && guard++ < 100) {
        const int before = model.rowCount();
        model.fetchMore(QModelIndex());
        QVERIFY(waitUntilIdle(model));
        QVERIFY(model.rowCount() >= before);
    }
    QVERIFY(!model.canFetchMore(QModelIndex()));
    QVERIFY(model.rowCount() > 200);
    for (int row = 0; row < model.rowCount(); row += 97)
        QCOMPARE(model.fileAt(row).type(), FileType::Fax);
    const QString id = model.fileAt(250).id();
    QCOMPARE(model.rowOfId(id), 250);
    QCOMPARE(model.statusText(0, 10), tr("%1 files").arg(QLocale().toString(model.rowCount())));
}

void TstFilesModel::placeholderInOneColumn()
{
    FilesModel model(m_client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPrefetchRows(0);
    model.setQuery(FileQuery());
    QVERIFY(waitUntilIdle(model));
    const int row = model.rowCount() - 1;  // far away: not loaded
    QVERIFY(model.fileAt(row).isNull());
    int withText = 0;
    for (int c = 0; c < model.columnCount(); ++c)
        withText += model.data(model.index(row, c)).toString().isEmpty() ? 0 : 1;
    QCOMPARE(withText, 1);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setPlaceholderColumn(int(FileField::FileName));
    QCOMPARE(changed.size(), 2);  // the old column and the new one
    QCOMPARE(model.data(model.index(row, int(FileField::FileName))).toString(), tr("Loading…"));
    QVERIFY(model.data(model.index(row, int(FileField::DateCreated))).toString().isEmpty());
    model.setPlaceholderColumn(int(FileField::FileName));
    QCOMPARE(changed.size(), 2);  // no change, no signal
    QVERIFY(!model.data(model.index(0, int(FileField::Id))).toString().isEmpty());  // loaded rows: every column
}

QTEST_MAIN(TstFilesModel)
#include "tst_filesmodel.moc"
