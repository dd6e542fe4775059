// FilterSidebar's input against a real evovoice-sim: debounce and Enter, the date check, the
// header's count and reset, focusing the filters, and every section reachable.
#include "models/accountsmodel.h"
#include "api/apiclient.h"
#include "filters/checklistpicker.h"
#include "filters/collapsiblesection.h"
#include "models/customertreemodel.h"
#include "filters/daterangeedit.h"
#include "filters/filtersidebar.h"
#include "filtersidebarsuite.h"
#include "filters/idlistedit.h"
#include "settings/savedviews.h"
#include "filters/savedviewspanel.h"
#include "filters/typecombo.h"
#include "filters/userpicker.h"
#include "models/usersmodel.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QCompleter>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeView>
#include <QUrlQuery>
#include <QtTest>
#include <memory>

class TstFilterSidebarInput final : public FilterSidebarSuite
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void debounceGivesOneSignal();
    void enterAppliesAtOnce();
    void invalidRangeEmitsNothing();
    void headerCountsAndReset();
    void focusFilters();
    void everySectionIsReachable();
};

void TstFilterSidebarInput::initTestCase()
{
    QString error;
    QVERIFY2(startSuite(&error), qPrintable(error));
}

void TstFilterSidebarInput::init()
{
    QVERIFY(m_sim.clearFaults());
    QVERIFY(m_sim.clearRequests());
}

void TstFilterSidebarInput::debounceGivesOneSignal()
{
    auto sidebar = makeSidebar(m_client);
    QSignalSpy spy(sidebar.get(), &FilterSidebar::queryChanged);
    QTest::keyClicks(sidebar->fileNameField(), QStringLiteral("abcdefghij"), Qt::NoModifier, 20);
    QCOMPARE(spy.count(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 10000);
    QCOMPARE(spy.at(0).at(0).value<FileQuery>().fileName, QStringLiteral("abcdefghij"));
    // Typing and deleting back to what was announced announces nothing.
    QTest::keyClick(sidebar->fileNameField(), Qt::Key_X);
    QTest::keyClick(sidebar->fileNameField(), Qt::Key_Backspace);
    QTest::qWait(FilterSidebar::kDebounceMs * 2);  // deliberate: nothing is announced for two pauses
    QCOMPARE(spy.count(), 1);
}

void TstFilterSidebarInput::enterAppliesAtOnce()
{
    auto sidebar = makeSidebar(m_client);
    QSignalSpy spy(sidebar.get(), &FilterSidebar::queryChanged);
    QTest::keyClicks(sidebar->transcriptionField(), QStringLiteral("hello"));
    QTest::keyClick(sidebar->transcriptionField(), Qt::Key_Return);
    QCOMPARE(spy.count(), 1);   // synchronously, no pause
    QCOMPARE(spy.at(0).at(0).value<FileQuery>().transcriptionContains, QStringLiteral("hello"));
    QTest::qWait(FilterSidebar::kDebounceMs * 2);  // deliberate: nothing is announced for two pauses
    QCOMPARE(spy.count(), 1);   // the pending pause was cancelled
    QTest::keyClick(sidebar->sessionIdField(), Qt::Key_Enter);
    QCOMPARE(spy.count(), 2);   // Enter re-applies (a refresh)
    // Ctrl+Enter in the ids list applies; plain Enter is a new line there.
    sidebar->advancedSection()->setExpanded(true);
    QTest::keyClicks(sidebar->specificIdsField(), QStringLiteral("id1"));
    QTest::keyClick(sidebar->specificIdsField(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(spy.count(), 3);
    QCOMPARE(spy.at(2).at(0).value<FileQuery>().specificIds, QStringList{QStringLiteral("id1")});
}

void TstFilterSidebarInput::invalidRangeEmitsNothing()
{
    auto sidebar = makeSidebar(m_client);
    sidebar->show();
    QVERIFY(QTest::qWaitForWindowExposed(sidebar.get()));
    QSignalSpy spy(sidebar.get(), &FilterSidebar::queryChanged);
    DateRangeEdit *dates = sidebar->dateRange();
    dates->setPreset(DateRangeEdit::Custom);
    dates->startEdit()->setDateTime(QDateTime(QDate(2025, 5, 2), QTime(0, 0)));
    dates->endEdit()->setDateTime(QDateTime(QDate(2025, 5, 1), QTime(0, 0)));
    QTest::qWait(FilterSidebar::kDebounceMs * 2);  // deliberate: nothing is announced for two pauses
    QCOMPARE(spy.count(), 0);
    QVERIFY(!sidebar->isQueryValid());
    QVERIFY(!sidebar->validationText().isEmpty());
    bool shown = false;
    for (QLabel *label : dates->findChildren<QLabel *>())
        shown = shown || (label->isVisible() && label->text() == sidebar->validationText());
    QVERIFY(shown);
    QTest::keyClick(sidebar->fileNameField(), Qt::Key_Return);
    QCOMPARE(spy.count(), 0);
    // Fixing the range applies it and hides the message.
    dates->endEdit()->setDateTime(QDateTime(QDate(2025, 5, 3), QTime(0, 0)));
    QVERIFY(sidebar->isQueryValid());
    QVERIFY(waitForQuery(spy).dateCreatedEnd.isValid());
}

void TstFilterSidebarInput::headerCountsAndReset()
{
    auto sidebar = makeSidebar(m_client);
    QSignalSpy spy(sidebar.get(), &FilterSidebar::queryChanged);
    QCOMPARE(sidebar->titleLabel()->text(), QStringLiteral("Filters"));
    QVERIFY(!sidebar->resetButton()->isEnabled());
    sidebar->fileNameField()->setText(QStringLiteral("a"));
    sidebar->sessionIdField()->setText(QStringLiteral("b"));
    sidebar->transcriptionField()->setText(QStringLiteral("c"));
    QCOMPARE(sidebar->titleLabel()->text(), QStringLiteral("Filters (3)"));
    QVERIFY(sidebar->resetButton()->isEnabled());
    QTest::mouseClick(sidebar->resetButton(), Qt::LeftButton);
    QCOMPARE(spy.count(), 1);   // at once
    const FileQuery q = spy.at(0).at(0).value<FileQuery>();
    QCOMPARE(q.activeFilterCount(), 0);
    QCOMPARE(sidebar->titleLabel()->text(), QStringLiteral("Filters"));
    QTest::qWait(FilterSidebar::kDebounceMs * 2);  // deliberate: nothing more is announced for two pauses
    QCOMPARE(spy.count(), 1);
}

void TstFilterSidebarInput::focusFilters()
{
    auto sidebar = makeSidebar(m_client);
    sidebar->show();
    sidebar->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(sidebar.get()));
    sidebar->focusFilters();
    QTRY_VERIFY(sidebar->fileNameField()->hasFocus());
    // Keyboard: Tab moves on to the next field.
    QTest::keyClick(sidebar->fileNameField(), Qt::Key_Tab);
    QTRY_VERIFY(sidebar->transcriptionField()->hasFocus());
}

void TstFilterSidebarInput::everySectionIsReachable()
{
    auto sidebar = makeSidebar(m_client);
    QVERIFY(sidebar->moreSection()->isExpanded());
    QVERIFY(!sidebar->advancedSection()->isExpanded());
    QVERIFY(!sidebar->viewsSection()->isExpanded());
    QVERIFY(!sidebar->savedViews()->isVisibleTo(sidebar.get()));
    // Everything open, at the sidebar's height in a 1366x768 and in a 1600x1000 window (less the
    // menu, status bar and header): the column scrolls and its last section can be seen whole.
    sidebar->advancedSection()->setExpanded(true);
    sidebar->viewsSection()->setExpanded(true);
    QScrollArea *scroll = sidebar->scrollArea();
    QWidget *column = scroll->widget();
    QWidget *last = sidebar->viewsSection();
    sidebar->show();
    QVERIFY(QTest::qWaitForWindowExposed(sidebar.get()));
    for (const int height : {560, 830}) {
        sidebar->resize(300, height);
        QScrollBar *bar = scroll->verticalScrollBar();
        QTRY_VERIFY2(bar->maximum() > 0, qPrintable(QString::number(height)));
        // Sections never overlap: the column is as tall as its sections need.
        QVERIFY(column->height() >= column->minimumSizeHint().height());
        QVERIFY(last->height() >= last->minimumSizeHint().height());
        QVERIFY(last->geometry().bottom() < column->height());
        bar->setValue(bar->maximum());
        const QRect shown(last->mapTo(scroll->viewport(), QPoint(0, 0)), last->size());
        QTRY_VERIFY2(scroll->viewport()->rect().contains(shown),
                     qPrintable(QStringLiteral("%1: section %2,%3 %4x%5 in a viewport %6 high")
                                    .arg(height).arg(shown.x()).arg(shown.y()).arg(shown.width())
                                    .arg(shown.height()).arg(scroll->viewport()->height())));
    }
}

QTEST_MAIN(TstFilterSidebarInput)
#include "tst_filtersidebar_input.moc"
