// FilesView offscreen over FilesModel and a real evovoice-sim: state round trip, header-click
// sorting, J/K, the visible range, the current file, and hostile strings shown as plain text.
#include "api/apiclient.h"
#include "apiwait.h"
#include "clientwaits.h"
#include "files/filesheadermenu.h"
#include "models/filesmodel.h"
#include "files/filesview.h"
#include "signedinclient.h"
#include "simprocess.h"
#include "simrequestlog.h"

#include <QApplication>
#include <QHeaderView>
#include <QScrollBar>
#include <QStyledItemDelegate>
#include <QSignalSpy>
#include <QToolTip>
#include <QUrlQuery>
#include <QtTest>

class TstFilesView final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void defaultsAndColumnsMenu();
    void stateRoundTrip();
    void headerClickSorts();
    void jkMoveCurrentRow();
    void currentFileArrivesLater();
    void scrollingReportsVisibleRange();
    void hostileStringsArePlainText();

private:
    bool waitIdle(FilesModel &model);
    bool showLoaded(FilesModel &model, FilesView &view, int width);
    int fileRequestCount();
    QString lastFilesQuery(const QString &name);
    void clickHeader(FilesView &view, int logical);

    SimProcess m_sim;
    ApiClient *m_client = nullptr;
};

void TstFilesView::initTestCase()
{
    QVERIFY2(m_sim.start({QStringLiteral("--files"), QStringLiteral("5000")}), qPrintable(m_sim.errorString()));
    m_client = new ApiClient(this);
    QString error;
    QVERIFY2(signInToSim(*m_client, m_sim, QStringLiteral("manager@example.com"), this, &error), qPrintable(error));
}

void TstFilesView::init()
{
    QVERIFY(m_sim.clearFaults());
    QVERIFY(m_sim.clearRequests());
}

bool TstFilesView::waitIdle(FilesModel &model)
{
    QTest::qWait(1);  // let the model start its request first
    return waitUntilIdle(model);
}

// Shows the view over the model and waits for the first page of an unfiltered query.
bool TstFilesView::showLoaded(FilesModel &model, FilesView &view, int width)
{
    view.setFilesModel(&model);
    view.resize(width, 500);
    view.show();
    if (!QTest::qWaitForWindowExposed(&view))
        return false;
    model.setQuery(FileQuery());
    return waitIdle(model);
}

int TstFilesView::fileRequestCount()
{
    return int(fileListRequests(m_sim).size());
}

QString TstFilesView::lastFilesQuery(const QString &name)
{
    const QList<QJsonObject> all = fileListRequests(m_sim);
    return all.isEmpty() ? QString() : queryValue(all.last(), name);
}

void TstFilesView::clickHeader(FilesView &view, int logical)
{
    QHeaderView *h = view.header();
    const QPoint pos(h->sectionViewportPosition(logical) + h->sectionSize(logical) / 2, h->height() / 2);
    QTest::mouseClick(h->viewport(), Qt::LeftButton, Qt::NoModifier, pos);
}

void TstFilesView::defaultsAndColumnsMenu()
{
    FilesModel model(m_client);
    FilesView view;
    view.setFilesModel(&model);
    QHeaderView *h = view.header();
    QVERIFY(view.uniformRowHeights());
    QCOMPARE(h->count(), kFileFieldCount);
    const QList<FileField> expected = {FileField::DateCreated, FileField::Type, FileField::FromAddress,
                                       FileField::ToAddress, FileField::CustomerName, FileField::UserName,
                                       FileField::RecordingDuration, FileField::FileName, FileField::ContentLength};
    for (int v = 0; v < expected.size(); ++v)
        QCOMPARE(h->logicalIndex(v), int(expected.at(v)));
    QVERIFY(h->isSectionHidden(int(FileField::Id)));
    QVERIFY(h->isSectionHidden(int(FileField::Transcription)));

    std::unique_ptr<FilesHeaderMenu> menu(view.createColumnsMenu(nullptr));
    QAction *idAction = nullptr;
    int checkable = 0;
    for (QAction *a : menu->actions()) {
        checkable += a->isCheckable() ? 1 : 0;
        if (a->text() == fileFieldLabel(FileField::Id))
            idAction = a;
    }
    QCOMPARE(checkable, kFileFieldCount);  // every FileInfo field is offered
    QVERIFY(idAction && !idAction->isChecked());
    idAction->trigger();
    QVERIFY(!h->isSectionHidden(int(FileField::Id)));
    QVERIFY(!view.columnsAction()->shortcut().isEmpty());
    // From the keyboard: the shortcut's action opens the menu with its first entry active.
    view.resize(900, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.columnsAction()->trigger();
    auto *popup = qobject_cast<FilesHeaderMenu *>(QApplication::activePopupWidget());
    QVERIFY(popup);
    QVERIFY(popup->activeAction());
    QTest::keyClick(popup, Qt::Key_Escape);
    QTRY_VERIFY(!QApplication::activePopupWidget());
    view.resetColumns();
    QVERIFY(h->isSectionHidden(int(FileField::Id)));

    // "Loading…" goes in the first visible column: it follows moves and the columns menu.
    QCOMPARE(model.placeholderColumn(), int(FileField::DateCreated));
    h->moveSection(h->visualIndex(int(FileField::FileName)), 0);
    QCOMPARE(model.placeholderColumn(), int(FileField::FileName));
    std::unique_ptr<FilesHeaderMenu> columns(view.createColumnsMenu(nullptr));
    for (QAction *a : columns->actions()) {
        if (a->text() == fileFieldLabel(FileField::FileName))
            a->trigger();  // hide it
    }
    QVERIFY(h->isSectionHidden(int(FileField::FileName)));
    QCOMPARE(model.placeholderColumn(), int(FileField::DateCreated));
    view.resetColumns();
    QCOMPARE(model.placeholderColumn(), int(FileField::DateCreated));
}

void TstFilesView::stateRoundTrip()
{
    QByteArray state;
    int nameWidth = 0;
    {
        FilesModel model(m_client);
        FilesView view;
        view.setFilesModel(&model);
        QHeaderView *h = view.header();
        h->hideSection(int(FileField::ToAddress));
        h->showSection(int(FileField::RecordingSid));
        h->moveSection(h->visualIndex(int(FileField::FileName)), 0);
        h->resizeSection(int(FileField::FileName), 333);
        nameWidth = h->sectionSize(int(FileField::FileName));
        model.sort(int(FileField::FileName), Qt::DescendingOrder);
        QCOMPARE(h->sortIndicatorSection(), int(FileField::FileName));
        state = view.saveState();
    }
    QVERIFY(!state.isEmpty());
    FilesModel model(m_client);
    FilesView view;
    QVERIFY(view.restoreState(state));  // before the model: applied when it is set
    view.setFilesModel(&model);
    QHeaderView *h = view.header();
    QVERIFY(h->isSectionHidden(int(FileField::ToAddress)));
    QVERIFY(!h->isSectionHidden(int(FileField::RecordingSid)));
    QCOMPARE(h->logicalIndex(0), int(FileField::FileName));
    QCOMPARE(h->sectionSize(int(FileField::FileName)), nameWidth);
    QCOMPARE(model.sortColumn(), int(FileField::FileName));
    QCOMPARE(model.sortOrder(), Qt::DescendingOrder);
    QCOMPARE(h->sortIndicatorSection(), int(FileField::FileName));
    QCOMPARE(h->sortIndicatorOrder(), Qt::DescendingOrder);
    // And after the model too; garbage and other versions are refused.
    QVERIFY(view.restoreState(state));
    QVERIFY(!view.restoreState(QByteArray("garbage")));
    QByteArray other = state;
    other[4] = char(FilesView::kStateVersion + 1);
    QVERIFY(!view.restoreState(other));
}

void TstFilesView::headerClickSorts()
{
    FilesModel model(m_client);
    FilesView view;
    QVERIFY(showLoaded(model, view, 1200));

    QVERIFY(m_sim.clearRequests());
    clickHeader(view, int(FileField::FileName));
    QVERIFY(waitIdle(model));
    QCOMPARE(fileRequestCount(), 1);
    QCOMPARE(lastFilesQuery(QStringLiteral("SortField")), QStringLiteral("FileName"));
    QCOMPARE(lastFilesQuery(QStringLiteral("SortOrder")), QStringLiteral("Ascend"));
    QCOMPARE(view.header()->sortIndicatorSection(), int(FileField::FileName));

    QVERIFY(m_sim.clearRequests());
    clickHeader(view, int(FileField::FileName));  // again: the other order
    QVERIFY(waitIdle(model));
    QCOMPARE(lastFilesQuery(QStringLiteral("SortOrder")), QStringLiteral("Descend"));

    // A date column starts descending.
    QVERIFY(m_sim.clearRequests());
    clickHeader(view, int(FileField::DateCreated));
    QVERIFY(waitIdle(model));
    QCOMPARE(lastFilesQuery(QStringLiteral("SortField")), QStringLiteral("DateCreated"));
    QCOMPARE(lastFilesQuery(QStringLiteral("SortOrder")), QStringLiteral("Descend"));

    // An unsortable column: nothing is sent, the indicator stays where it was.
    view.header()->showSection(int(FileField::Transcription));
    view.header()->moveSection(view.header()->visualIndex(int(FileField::Transcription)), 0);
    QVERIFY(m_sim.clearRequests());
    clickHeader(view, int(FileField::Transcription));
    QTest::qWait(100);
    QVERIFY(!model.isLoading());
    QCOMPARE(fileRequestCount(), 0);
    QCOMPARE(view.header()->sortIndicatorSection(), int(FileField::DateCreated));
    QCOMPARE(model.sortColumn(), int(FileField::DateCreated));
}

void TstFilesView::jkMoveCurrentRow()
{
    FilesModel model(m_client);
    FilesView view;
    QVERIFY(showLoaded(model, view, 900));
    QSignalSpy current(&view, &FilesView::currentFileChanged);
    view.setFocus();
    view.setCurrentIndex(model.index(0, 0));
    QCOMPARE(current.size(), 1);
    QCOMPARE(current.last().at(0).value<FileInfo>().id(), model.fileAt(0).id());
    QTest::keyClick(&view, Qt::Key_J);
    QCOMPARE(view.currentIndex().row(), 1);
    QTest::keyClick(&view, Qt::Key_J);
    QCOMPARE(view.currentIndex().row(), 2);
    QTest::keyClick(&view, Qt::Key_K);
    QCOMPARE(view.currentIndex().row(), 1);
    QCOMPARE(current.last().at(0).value<FileInfo>().id(), model.fileAt(1).id());
    QTest::keyClick(&view, Qt::Key_Down);
    QCOMPARE(view.currentIndex().row(), 2);
    QTest::keyClick(&view, Qt::Key_End);
    QCOMPARE(view.currentIndex().row(), model.rowCount() - 1);
    QTRY_VERIFY_WITH_TIMEOUT(!view.currentFile().isNull(), 10000);  // its page is fetched
    QTest::keyClick(&view, Qt::Key_Home);
    QCOMPARE(view.currentIndex().row(), 0);
}

void TstFilesView::currentFileArrivesLater()
{
    FilesModel model(m_client);
    FilesView view;
    QVERIFY(showLoaded(model, view, 900));
    QSignalSpy current(&view, &FilesView::currentFileChanged);
    const int row = model.rowCount() - 300;
    QVERIFY(model.fileAt(row).isNull());
    view.setCurrentIndex(model.index(row, 0));  // not loaded yet
    QCOMPARE(current.size(), 1);
    QVERIFY(current.last().at(0).value<FileInfo>().isNull());
    view.scrollTo(model.index(row, 0));
    QTRY_COMPARE_WITH_TIMEOUT(current.size(), 2, 10000);
    const FileInfo file = current.last().at(0).value<FileInfo>();
    QVERIFY(!file.isNull());
    QCOMPARE(file.id(), model.fileAt(row).id());
    // A new query resets: nothing is current.
    model.setQuery(FileQuery());
    QCOMPARE(current.size(), 3);
    QVERIFY(current.last().at(0).value<FileInfo>().isNull());
    QVERIFY(waitIdle(model));
}

void TstFilesView::scrollingReportsVisibleRange()
{
    FilesModel model(m_client);
    model.setPrefetchRows(0);
    FilesView view;
    view.setFilesModel(&model);
    view.resize(900, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy ranges(&view, &FilesView::visibleRangeChanged);
    model.setQuery(FileQuery());
    QVERIFY(waitIdle(model));
    QTRY_VERIFY(!ranges.isEmpty());
    QCOMPARE(ranges.last().at(0).toInt(), 0);
    const int perScreen = ranges.last().at(1).toInt();
    QVERIFY(perScreen > 5);

    QVERIFY(m_sim.clearRequests());
    ranges.clear();
    QScrollBar *bar = view.verticalScrollBar();
    bar->setValue(bar->maximum() / 2);
    QTRY_VERIFY(!ranges.isEmpty());
    const int first = ranges.last().at(0).toInt();
    QVERIFY(first > 100);
    QVERIFY(waitIdle(model));
    QCOMPARE(fileRequestCount(), ranges.last().at(0).toInt() / model.pageSize() == ranges.last().at(1).toInt() / model.pageSize() ? 1 : 2);
    QVERIFY(!model.fileAt(first).isNull());
    QVERIFY(model.statusText(first, ranges.last().at(1).toInt()).startsWith(QLocale().toString(first + 1)));

    // A drag: only where the slider stops is reported.
    QVERIFY(m_sim.clearRequests());
    ranges.clear();
    // A step that a loaded machine (or a sanitized build) stretches past the debounce is a pause
    // in the drag, and a pause may be reported: count them, and allow one report for each.
    bar->setSliderDown(true);
    int pauses = 0;
    QElapsedTimer step;
    step.start();
    for (int i = 1; i <= 10; ++i) {
        bar->setValue(bar->maximum() / 20 * i);
        QTest::qWait(5);
        if (step.restart() >= FilesView::kDragDebounceMs)
            ++pauses;
    }
    QTest::qWait(FilesView::kDragDebounceMs * 3);
    bar->setSliderDown(false);
    QTRY_VERIFY(!ranges.isEmpty());
    QVERIFY2(ranges.size() <= 1 + pauses,
             qPrintable(QStringLiteral("%1 reports, %2 pauses").arg(ranges.size()).arg(pauses)));
    QVERIFY(waitIdle(model));
    QVERIFY(fileRequestCount() <= 2);
}

void TstFilesView::hostileStringsArePlainText()
{
    FilesModel model(m_client);
    FilesView view;
    QVERIFY(showLoaded(model, view, 900));

    const QString html = QStringLiteral("<b>x</b><img src=x>");
    const QString rtl = QStringLiteral("\u05E9\u05DC\u05D5\u05DD \u0645\u0631\u062D\u0628\u0627 \u202Egnp.exe");
    const QString longName = QString(3000, QLatin1Char('w')) + QStringLiteral(".wav");
    const QStringList names = {html, rtl, longName};
    for (int i = 0; i < names.size(); ++i) {
        FilePatch patch;
        patch.fileName = names.at(i);
        const auto r = waitFor<FileInfo>([&](auto cb) { m_client->patchFile(model.fileAt(i).id(), patch, this, cb); }, 10000);
        QVERIFY(r);
        QVERIFY2(r->ok(), qPrintable(r->error.userText()));
    }
    model.refresh();
    QVERIFY(waitIdle(model));
    const int nameColumn = int(FileField::FileName);
    QHash<QString, int> rowOf;
    for (int row = 0; row < model.pageSize(); ++row)
        rowOf.insert(model.data(model.index(row, nameColumn)).toString(), row);
    for (const QString &name : names) {
        QVERIFY2(rowOf.contains(name), qPrintable(name.left(40)));  // DisplayRole: the literal text
        QCOMPARE(model.data(model.index(rowOf.value(name), nameColumn), Qt::ToolTipRole).toString(),
                 name.left(FileCellFormatter::kToolTipTextLimit) + (name.size() > FileCellFormatter::kToolTipTextLimit ? QStringLiteral("…") : QString()));
    }
    // The tooltip markup escapes everything; the view paints without crashing.
    QCOMPARE(FilesView::toolTipMarkup(html), QStringLiteral("<p style='white-space:pre-wrap'>&lt;b&gt;x&lt;/b&gt;&lt;img src=x&gt;</p>"));
    const QModelIndex longIndex = model.index(rowOf.value(longName), nameColumn);
    view.scrollTo(longIndex);
    const QRect rect = view.visualRect(longIndex);
    QHelpEvent help(QEvent::ToolTip, rect.center(), view.viewport()->mapToGlobal(rect.center()));
    QApplication::sendEvent(view.viewport(), &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QCOMPARE(QToolTip::text(), FilesView::toolTipMarkup(longName));
    QVERIFY(!view.grab().isNull());
    QVERIFY(qobject_cast<QStyledItemDelegate *>(view.itemDelegate()));
}

QTEST_MAIN(TstFilesView)
#include "tst_filesview.moc"
