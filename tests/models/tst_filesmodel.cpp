// FilesModel against a real evovoice-sim over HTTP: both paging modes under
// QAbstractItemModelTester, the visible-range fetching, sorting, stale replies, errors.
#include "apiclient.h"
#include "filecellformatter.h"
#include "fileinfobuilder.h"
#include "filesmodel.h"
#include "simprocess.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QUrlQuery>
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
    void visibleRangeAndFarJump();
    void queryPageSize();
    void placeholderInOneColumn();
    void twoPagesWhenSpanning();
    void evictionIsBounded();
    void prefetchAfterIdle();
    void sortSendsFields();
    void slowReplyOfOldQueryIsDropped();
    void errorKeepsRowsAndRetryRecovers();
    void emptyResultAndRefresh();

private:
    QList<QJsonObject> fileRequests();
    QStringList rawPageIds(int page, int countPerPage);
    bool waitIdle(FilesModel &model, int timeoutMs = 20000);

    SimProcess m_sim;
    ApiClient *m_client = nullptr;
    QByteArray m_token;
};

void TstFilesModel::initTestCase()
{
    QVERIFY2(m_sim.start({QStringLiteral("--files"), QStringLiteral("20000")}), qPrintable(m_sim.errorString()));
    m_client = new ApiClient(this);
    QString error;
    QVERIFY2(m_client->setServer(m_sim.apiUrl(), &error), qPrintable(error));
    m_client->setRetryBaseDelay(10);
    bool done = false;
    ApiResult<AuthSession> result;
    m_client->signIn(QStringLiteral("manager@example.com"), QStringLiteral("demo"), false, this,
                     [&](const ApiResult<AuthSession> &r) { result = r; done = true; });
    QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
    QVERIFY2(result.ok(), qPrintable(result.error.userText()));
    m_token = m_sim.bearerToken();
    QVERIFY(!m_token.isEmpty());
}

void TstFilesModel::init()
{
    QVERIFY(m_sim.clearFaults());
    QVERIFY(m_sim.clearRequests());
}

QList<QJsonObject> TstFilesModel::fileRequests()
{
    QList<QJsonObject> out;
    const QJsonArray all = m_sim.requests(QStringLiteral("api"), QStringLiteral("/files"));
    for (const QJsonValue &v : all) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("method")).toString() == QLatin1String("GET")
            && o.value(QStringLiteral("path")).toString() == QLatin1String("/files"))
            out.append(o);
    }
    return out;
}

static QString queryValue(const QJsonObject &request, const QString &name)
{
    const QUrlQuery q(request.value(QStringLiteral("query")).toString());
    for (const auto &item : q.queryItems(QUrl::FullyDecoded)) {
        if (item.first.compare(name, Qt::CaseInsensitive) == 0)
            return item.second;
    }
    return {};
}

QStringList TstFilesModel::rawPageIds(int page, int countPerPage)
{
    const SimProcess::RawReply reply = m_sim.raw(
        "GET", m_sim.url(QStringLiteral("/files?Page=%1&CountPerPage=%2").arg(page).arg(countPerPage)), {},
        {{"Authorization", "Bearer " + m_token}, {"Accept", "application/json"}});
    const QJsonObject o = QJsonDocument::fromJson(reply.body).object();
    QStringList ids;
    for (const QJsonValue &v : o.value(QStringLiteral("items")).toArray())
        ids.append(v.toObject().value(QStringLiteral("id")).toString());
    return ids;
}

bool TstFilesModel::waitIdle(FilesModel &model, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (model.isLoading() && !deadline.hasExpired())
        QTest::qWait(5);
    return !model.isLoading();
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
    QVERIFY(waitIdle(model));
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
    QVERIFY(waitIdle(model));
    QVERIFY(model.data(model.index(500, 0), FilesModel::LoadedRole).toBool());
    model.sort(int(FileField::FileName), Qt::AscendingOrder);
    QVERIFY(waitIdle(model));
    FileQuery typed;
    typed.type = FileType::CallRecording;
    model.setQuery(typed);
    QVERIFY(waitIdle(model));
    model.setVisibleRange(model.rowCount() - 10, model.rowCount() - 1);
    QVERIFY(waitIdle(model));
    for (int row = model.rowCount() - 10; row < model.rowCount(); ++row)
        QCOMPARE(model.fileAt(row).type(), FileType::CallRecording);
    model.refresh();
    QVERIFY(waitIdle(model));
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
        QVERIFY(waitIdle(plain));
        QVERIFY(plain.isAppending());
        QCOMPARE(plain.totalCount(), qint64(-1));
        QCOMPARE(plain.rowCount(), 200);
        QCOMPARE(plain.statusText(0, 20), tr("%1+ files").arg(QLocale().toString(200)));
        QVERIFY(plain.canFetchMore(QModelIndex()));
        const QList<QJsonObject> first = fileRequests();
        QCOMPARE(first.size(), 1);
        QCOMPARE(queryValue(first.constFirst(), QStringLiteral("SimplifiedPaging")).toLower(), QStringLiteral("true"));
        plain.fetchMore(QModelIndex());
        QVERIFY(!plain.canFetchMore(QModelIndex()));  // one page in flight at a time
        QVERIFY(waitIdle(plain));
        QCOMPARE(plain.rowCount(), 400);
        QCOMPARE(queryValue(fileRequests().constLast(), QStringLiteral("Page")).toInt(), 1);
    }
    FilesModel model(m_client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setQuery(q);
    QVERIFY(waitIdle(model));
    int guard = 0;
    while (model.canFetchMore(QModelIndex()) && guard++ < 100) {
        const int before = model.rowCount();
        model.fetchMore(QModelIndex());
        QVERIFY(waitIdle(model));
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

void TstFilesModel::visibleRangeAndFarJump()
{
    FilesModel model(m_client);
    model.setPrefetchRows(0);
    model.setQuery(FileQuery());
    QVERIFY(waitIdle(model));
    const int total = model.rowCount();
    QVERIFY(total > 2000);
    const int ps = model.pageSize();
    QCOMPARE(ps, FilesModel::kDefaultPageSize);
    const QList<QJsonObject> firstRequests = fileRequests();
    QCOMPARE(firstRequests.size(), 1);
    QCOMPARE(queryValue(firstRequests.constFirst(), QStringLiteral("Page")).toInt(), 0);
    QCOMPARE(queryValue(firstRequests.constFirst(), QStringLiteral("CountPerPage")).toInt(), ps);

    const int row = (total * 9 / 10) / ps * ps + 3;  // 90%: inside one page
    QVERIFY(m_sim.clearRequests());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setVisibleRange(row, row + 30);
    QVERIFY(waitIdle(model));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.constFirst().at(0).toModelIndex().row(), row / ps * ps);
    QCOMPARE(changed.constFirst().at(1).toModelIndex().row(), row / ps * ps + ps - 1);
    const QList<QJsonObject> requests = fileRequests();
    QCOMPARE(requests.size(), 1);
    QCOMPARE(queryValue(requests.constFirst(), QStringLiteral("Page")).toInt(), row / ps);
    QCOMPARE(queryValue(requests.constFirst(), QStringLiteral("CountPerPage")).toInt(), ps);

    const QStringList ids = rawPageIds(row / ps, ps);
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
    QCOMPARE(fileRequests().size(), 0);
}

void TstFilesModel::queryPageSize()
{
    // The user's page size (the sidebar's countPerPage) is the model's page size.
    FilesModel model(m_client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPrefetchRows(0);
    FileQuery q;
    q.countPerPage = 50;
    model.setQuery(q);
    QVERIFY(waitIdle(model));
    QCOMPARE(model.pageSize(), 50);
    QCOMPARE(model.query().countPerPage, 50);
    QCOMPARE(queryValue(fileRequests().constFirst(), QStringLiteral("CountPerPage")).toInt(), 50);
    const int total = model.rowCount();
    QVERIFY(total > 5000);
    const int row = total * 9 / 10 / 50 * 50 + 7;  // inside one page of 50
    QVERIFY(m_sim.clearRequests());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setVisibleRange(row, row + 20);
    QVERIFY(waitIdle(model));
    const QList<QJsonObject> requests = fileRequests();
    QCOMPARE(requests.size(), 1);
    QCOMPARE(queryValue(requests.constFirst(), QStringLiteral("Page")).toInt(), row / 50);
    QCOMPARE(queryValue(requests.constFirst(), QStringLiteral("CountPerPage")).toInt(), 50);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.constFirst().at(0).toModelIndex().row(), row / 50 * 50);
    QCOMPARE(changed.constFirst().at(1).toModelIndex().row(), row / 50 * 50 + 49);
    const QStringList ids = rawPageIds(row / 50, 50);
    QCOMPARE(model.fileAt(row / 50 * 50).id(), ids.constFirst());
    QCOMPARE(model.fileAt(row / 50 * 50 + 49).id(), ids.constLast());
    QVERIFY(model.fileAt(row / 50 * 50 + 50).isNull());

    // Clamped to 1..1000; a query left at the default uses the model's own page size.
    q.countPerPage = 5000;
    model.setQuery(q);
    QCOMPARE(model.pageSize(), 1000);
    QVERIFY(waitIdle(model));
    q.countPerPage = FileQuery().countPerPage;
    model.setPageSize(120);
    model.setQuery(q);
    QCOMPARE(model.pageSize(), 120);
    QVERIFY(waitIdle(model));
    QCOMPARE(queryValue(fileRequests().constLast(), QStringLiteral("CountPerPage")).toInt(), 120);
    QCOMPARE(model.query().countPerPage, FileQuery().countPerPage);
}

void TstFilesModel::placeholderInOneColumn()
{
    FilesModel model(m_client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPrefetchRows(0);
    model.setQuery(FileQuery());
    QVERIFY(waitIdle(model));
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

void TstFilesModel::twoPagesWhenSpanning()
{
    FilesModel model(m_client);
    model.setPrefetchRows(0);
    model.setQuery(FileQuery());
    QVERIFY(waitIdle(model));
    const int ps = model.pageSize();
    const int row = 5 * ps - 10;
    QVERIFY(m_sim.clearRequests());
    model.setVisibleRange(row, row + 30);
    QVERIFY(waitIdle(model));
    const QList<QJsonObject> requests = fileRequests();
    QCOMPARE(requests.size(), 2);
    QSet<int> pages;
    for (const QJsonObject &r : requests)
        pages.insert(queryValue(r, QStringLiteral("Page")).toInt());
    QCOMPARE(pages, (QSet<int>{4, 5}));
    for (int r = row; r <= row + 30; ++r)
        QVERIFY(!model.fileAt(r).isNull());
}

void TstFilesModel::evictionIsBounded()
{
    FilesModel model(m_client);
    model.setPageSize(50);
    model.setMaxCachedPages(4);
    model.setPrefetchRows(0);
    model.setQuery(FileQuery());
    QVERIFY(waitIdle(model));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    for (int i = 1; i <= 10; ++i) {
        model.setVisibleRange(i * 500, i * 500 + 20);
        QVERIFY(waitIdle(model));
        QVERIFY(model.cachedPageCount() <= 4);
    }
    QVERIFY(model.fileAt(500).isNull());      // evicted: a placeholder again
    QVERIFY(!model.fileAt(5000).isNull());    // the visible page stays
    QVERIFY(changed.size() > 10);             // evictions are announced too
}

void TstFilesModel::prefetchAfterIdle()
{
    FilesModel model(m_client);
    model.setPrefetchRows(50);
    model.setQuery(FileQuery());
    QVERIFY(waitIdle(model));
    const int ps = model.pageSize();
    const int row = 10 * ps + 20;  // near the start of page 10: page 9 is within 50 rows
    QVERIFY(m_sim.clearRequests());
    model.setVisibleRange(row, row + 30);
    QVERIFY(waitIdle(model));
    QCOMPARE(fileRequests().size(), 1);  // the visible page first, alone
    QTRY_COMPARE_WITH_TIMEOUT(fileRequests().size(), 2, 5000);  // then, once still, the neighbour
    QCOMPARE(queryValue(fileRequests().constLast(), QStringLiteral("Page")).toInt(), 9);
    QVERIFY(waitIdle(model));
    QVERIFY(!model.fileAt(10 * ps - 1).isNull());
    QVERIFY(model.fileAt(11 * ps).isNull());  // not near the bottom edge: not fetched
}

void TstFilesModel::sortSendsFields()
{
    FilesModel model(m_client);
    model.setQuery(FileQuery());
    QVERIFY(waitIdle(model));
    QVERIFY(m_sim.clearRequests());
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.sort(int(FileField::ContentLength), Qt::DescendingOrder);
    QCOMPARE(reset.size(), 1);
    QVERIFY(waitIdle(model));
    QList<QJsonObject> requests = fileRequests();
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
    QCOMPARE(fileRequests().size(), 0);
    QCOMPARE(model.sortColumn(), int(FileField::ContentLength));

    // A new filter keeps the model's sort.
    FileQuery typed;
    typed.type = FileType::Upload;
    model.setQuery(typed);
    QVERIFY(waitIdle(model));
    requests = fileRequests();
    QCOMPARE(requests.size(), 1);
    QCOMPARE(queryValue(requests.constFirst(), QStringLiteral("SortField")), QStringLiteral("ContentLength"));
}

void TstFilesModel::slowReplyOfOldQueryIsDropped()
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
    QVERIFY(waitIdle(model));
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

void TstFilesModel::errorKeepsRowsAndRetryRecovers()
{
    FilesModel model(m_client);
    model.setPrefetchRows(0);
    model.setQuery(FileQuery());
    QVERIFY(waitIdle(model));
    const QString firstId = model.fileAt(0).id();
    QVERIFY(!firstId.isEmpty());
    QSignalSpy errors(&model, &FilesModel::errorOccurred);
    QSignalSpy cleared(&model, &FilesModel::errorCleared);
    QVERIFY(m_sim.queueFault(QStringLiteral("/files"), QStringLiteral("500"), 4));
    model.setVisibleRange(1000, 1030);  // page 5: it and the client's 3 retries fail
    QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, 20000);
    QVERIFY(waitIdle(model));
    QVERIFY(model.lastError().isError());
    QCOMPARE(model.lastError().httpStatus(), 500);
    QCOMPARE(model.fileAt(0).id(), firstId);  // rows already loaded are kept
    QVERIFY(model.fileAt(1000).isNull());
    QCOMPARE(model.data(model.index(1000, int(FileField::DateCreated))).toString(), tr("Not loaded"));
    QVERIFY(model.data(model.index(1000, int(FileField::FileName))).toString().isEmpty());
    QVERIFY(m_sim.clearRequests());
    model.retry();
    QCOMPARE(cleared.size(), 1);
    QVERIFY(waitIdle(model));
    QVERIFY(!model.lastError().isError());
    QVERIFY(!model.fileAt(1000).isNull());
    QCOMPARE(model.fileAt(0).id(), firstId);
    QVERIFY(fileRequests().size() >= 1);
}

void TstFilesModel::emptyResultAndRefresh()
{
    FilesModel model(m_client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    FileQuery none;
    none.fileName = QStringLiteral("no-such-file-name-anywhere-zz");
    model.setQuery(none);
    QVERIFY(waitIdle(model));
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.totalCount(), qint64(0));
    QCOMPARE(model.statusText(-1, -1), tr("No files match"));

    model.setQuery(FileQuery());
    QVERIFY(waitIdle(model));
    const int rows = model.rowCount();
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.refresh();
    QCOMPARE(reset.size(), 0);  // refresh keeps the rows and the scroll position
    QVERIFY(waitIdle(model));
    QCOMPARE(model.rowCount(), rows);
    QVERIFY(!model.fileAt(0).isNull());
}

QTEST_MAIN(TstFilesModel)
#include "tst_filesmodel.moc"
