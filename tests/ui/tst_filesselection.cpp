// The files table's selection API offscreen over FilesModel and a real evovoice-sim: row ranges
// (rows not loaded included), counts, "all", what a new query or a smaller total does to it, and
// that the ranges name the rows the server serves at the query's pages.
#include "api/apiclient.h"
#include "clientwaits.h"
#include "models/filesmodel.h"
#include "models/filesselection.h"
#include "files/filesview.h"
#include "signedinclient.h"
#include "simprocess.h"
#include "simrequestlog.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QtTest>

class TstFilesSelection final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void normalizedRanges();
    void clickAndShiftClickAcrossUnloadedRows();
    void ctrlClickMakesSeveralRanges();
    void selectAllIsAll();
    void newQueryClearsSelection();
    void appendModeAllNeedsLastPage();
    void rangesNameTheServersRows();

private:
    bool showLoaded(FilesModel &model, FilesView &view, const FileQuery &query = FileQuery());
    void clickRow(FilesView &view, int row, Qt::KeyboardModifiers modifiers = Qt::NoModifier);

    SimProcess m_sim;
    ApiClient *m_client = nullptr;
};

void TstFilesSelection::initTestCase()
{
    QVERIFY2(m_sim.start({QStringLiteral("--files"), QStringLiteral("60000")}), qPrintable(m_sim.errorString()));
    m_client = new ApiClient(this);
    QString error;
    QVERIFY2(signInToSim(*m_client, m_sim, QStringLiteral("admin@example.com"), this, &error), qPrintable(error));
}

bool TstFilesSelection::showLoaded(FilesModel &model, FilesView &view, const FileQuery &query)
{
    view.setFilesModel(&model);
    view.resize(900, 500);
    view.show();
    if (!QTest::qWaitForWindowExposed(&view))
        return false;
    model.setQuery(query);  // loading at once: setQuery() sends the first page's request
    return waitUntilIdle(model) && model.rowCount() > 0;
}

void TstFilesSelection::clickRow(FilesView &view, int row, Qt::KeyboardModifiers modifiers)
{
    const QModelIndex index = view.model()->index(row, view.header()->logicalIndex(0));
    view.scrollTo(index);
    QTest::mouseClick(view.viewport(), Qt::LeftButton, modifiers, view.visualRect(index).center());
}

void TstFilesSelection::normalizedRanges()
{
    const QList<FileRowRange> in = {{50, 60}, {0, 3}, {4, 9}, {55, 70}, {100, 90}, {-5, -1}, {95, 200}};
    const QList<FileRowRange> expected = {{0, 9}, {50, 70}, {95, 119}};
    QCOMPARE(FilesSelection::normalized(in, 120), expected);
    QVERIFY(FilesSelection::normalized(in, 0).isEmpty());

    FileQuery q;
    q.countPerPage = 10;
    const FilesSelection s(q, 120, 120, in);
    QCOMPARE(s.count(), 10 + 21 + 25);
    QVERIFY(s.contains(0) && s.contains(9) && !s.contains(10) && s.contains(70) && !s.contains(71) && s.contains(119));
    QCOMPARE(s.pages(), (QList<int>{0, 5, 6, 7, 9, 10, 11}));
    QVERIFY(!s.isAll());
    QVERIFY(FilesSelection(q, 120, 120, {{0, 119}}).isAll());
    QVERIFY(!FilesSelection(q, 120, -1, {{0, 119}}).isAll());  // more may follow
    QVERIFY(FilesSelection().isEmpty());
}

void TstFilesSelection::clickAndShiftClickAcrossUnloadedRows()
{
    FilesModel model(m_client);
    model.setPrefetchRows(0);
    FilesView view;
    QVERIFY(showLoaded(model, view));
    QCOMPARE(model.totalCount(), 60000);
    QSignalSpy counts(&view, &FilesView::selectedCountChanged);

    clickRow(view, 2);
    QCOMPARE(view.selectedCount(), 1);
    QCOMPARE(counts.last().at(0).toInt(), 1);
    QCOMPARE(view.selectedRowRanges(), (QList<FileRowRange>{{2, 2}}));

    // Shift+click 50,000 rows further: every row in between, loaded or not, with no request for them.
    QVERIFY(m_sim.clearRequests());
    const int far = 50001;
    view.scrollTo(model.index(far, 0));
    QVERIFY(QTest::qWaitFor([&] { return !model.fileAt(far).isNull() && !model.isLoading(); }, 20000));
    QVERIFY(m_sim.clearRequests());
    clickRow(view, far, Qt::ShiftModifier);
    QCOMPARE(view.selectedCount(), 50000);
    QCOMPARE(counts.last().at(0).toInt(), 50000);
    const FilesSelection selection = view.selectedFiles();
    QCOMPARE(selection.ranges(), (QList<FileRowRange>{{2, far}}));
    QCOMPARE(selection.count(), 50000);
    QCOMPARE(selection.totalCount(), 60000);
    QVERIFY(!selection.isAll());
    QVERIFY(!view.isAllSelected());
    QVERIFY(model.fileAt(1000).isNull());  // not loaded, yet selected
    QVERIFY(selection.contains(1000));
    QCOMPARE(selection.query().countPerPage, model.pageSize());
    QTest::qWait(50);  // deliberate: nothing happens for 50 ms (selecting sends no request)
    QCOMPARE(fileListRequests(m_sim).size(), 0);  // selecting fetches nothing
}

void TstFilesSelection::ctrlClickMakesSeveralRanges()
{
    FilesModel model(m_client);
    FilesView view;
    QVERIFY(showLoaded(model, view));
    clickRow(view, 1);
    clickRow(view, 4, Qt::ShiftModifier);
    clickRow(view, 8, Qt::ControlModifier);
    clickRow(view, 3, Qt::ControlModifier);  // deselects one in the middle
    QCOMPARE(view.selectedRowRanges(), (QList<FileRowRange>{{1, 2}, {4, 4}, {8, 8}}));
    QCOMPARE(view.selectedCount(), 4);
    // The keyboard extends a selection too.
    clickRow(view, 10);
    view.setFocus();
    QTest::keyClick(&view, Qt::Key_Down, Qt::ShiftModifier);
    QTest::keyClick(&view, Qt::Key_J, Qt::ShiftModifier);
    QCOMPARE(view.selectedRowRanges(), (QList<FileRowRange>{{10, 12}}));
    QCOMPARE(view.selectedCount(), 3);
    view.clearSelection();
    QCOMPARE(view.selectedCount(), 0);
    QVERIFY(view.selectedFiles().isEmpty());
}

void TstFilesSelection::selectAllIsAll()
{
    FilesModel model(m_client);
    FilesView view;
    FileQuery q;
    q.type = FileType::VoiceMessage;
    QVERIFY(showLoaded(model, view, q));
    const int rows = model.rowCount();
    QVERIFY(rows > 1000);
    QSignalSpy counts(&view, &FilesView::selectedCountChanged);
    view.setFocus();
    QTest::keyClick(&view, Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(view.selectedCount(), rows);
    QVERIFY(view.isAllSelected());
    const FilesSelection s = view.selectedFiles();
    QVERIFY(s.isAll());
    QCOMPARE(s.ranges(), (QList<FileRowRange>{{0, rows - 1}}));
    QCOMPARE(s.query().type, q.type);
    QCOMPARE(s.query().sortField, model.wireQuery().sortField);
    QCOMPARE(counts.size(), 1);  // one signal, not one per row
}

void TstFilesSelection::newQueryClearsSelection()
{
    FilesModel model(m_client);
    FilesView view;
    QVERIFY(showLoaded(model, view));
    clickRow(view, 0);
    clickRow(view, 5, Qt::ShiftModifier);
    QCOMPARE(view.selectedCount(), 6);
    QSignalSpy counts(&view, &FilesView::selectedCountChanged);
    FileQuery q;
    q.type = FileType::Fax;
    model.setQuery(q);
    QCOMPARE(view.selectedCount(), 0);
    QCOMPARE(counts.size(), 1);
    QCOMPARE(counts.last().at(0).toInt(), 0);
    QVERIFY(waitUntilIdle(model));
    QVERIFY(view.selectedFiles().isEmpty());
    QCOMPARE(view.selectedFiles().query().type, q.type);
}

void TstFilesSelection::appendModeAllNeedsLastPage()
{
    FilesModel model(m_client);
    FilesView view;
    FileQuery q;
    q.simplifiedPaging = true;
    q.type = FileType::Fax;
    QVERIFY(showLoaded(model, view, q));
    QVERIFY(model.isAppending());
    view.setFocus();
    QTest::keyClick(&view, Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(view.selectedCount(), model.rowCount());
    if (!model.isComplete()) {
        QVERIFY(!view.isAllSelected());  // more pages may follow: not "all matching"
        QCOMPARE(view.selectedFiles().totalCount(), -1);
    }
    // Scroll to the end until the last page is there.
    QVERIFY(QTest::qWaitFor([&] {
        view.scrollToBottom();
        return !model.isLoading() && model.isComplete();
    }, 60000));
    view.selectAll();
    QVERIFY(view.isAllSelected());
    QVERIFY(view.selectedFiles().isAll());
    QCOMPARE(view.selectedFiles().totalCount(), model.rowCount());
}

// The rows a range names are the rows the server has at those positions: page r / countPerPage.
void TstFilesSelection::rangesNameTheServersRows()
{
    FilesModel model(m_client);
    FilesView view;
    QVERIFY(showLoaded(model, view));
    const int row = 1234;
    view.scrollTo(model.index(row, 0));
    QVERIFY(QTest::qWaitFor([&] { return !model.fileAt(row).isNull(); }, 20000));
    clickRow(view, row);
    const FilesSelection s = view.selectedFiles();
    QCOMPARE(s.count(), 1);
    const int perPage = s.query().countPerPage;
    const QStringList ids = rawPageIds(m_sim, m_sim.bearerToken(QStringLiteral("admin@example.com")), row / perPage, perPage);
    QCOMPARE(ids.value(row % perPage), model.fileAt(row).id());
}

QTEST_MAIN(TstFilesSelection)
#include "tst_filesselection.moc"
