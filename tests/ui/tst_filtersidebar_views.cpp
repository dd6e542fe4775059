// FilterSidebar's queries kept and shared, against a real evovoice-sim: setQuery is silent and
// round-trips, saved views, and links (with a bad link refused).
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

class TstFilterSidebarViews final : public FilterSidebarSuite
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void setQueryIsSilentAndRoundTrips();
    void savedViewsRoundTrip();
    void linkRoundTripAndBadLink();
};

void TstFilterSidebarViews::initTestCase()
{
    QString error;
    QVERIFY2(startSuite(&error), qPrintable(error));
}

void TstFilterSidebarViews::init()
{
    QVERIFY(m_sim.clearFaults());
    QVERIFY(m_sim.clearRequests());
}

void TstFilterSidebarViews::setQueryIsSilentAndRoundTrips()
{
    auto sidebar = makeSidebar(m_client);
    QSignalSpy spy(sidebar.get(), &FilterSidebar::queryChanged);
    FileQuery q;
    q.accountIds = {sidebar->accountsModel()->index(0).data(AccountsModel::IdRole).toString()};
    q.customerIds = {QStringLiteral("c-x")};
    q.sessionId = QStringLiteral("s");
    q.fileName = QStringLiteral("f");
    q.contentType = QStringLiteral("audio/");
    q.type = FileType::Fax;
    q.dateCreatedStart = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
    q.dateCreatedEnd = QDateTime(QDate(2025, 2, 1), QTime(0, 0), Qt::UTC);
    q.userId = QStringLiteral("u-free");
    q.transcriptionContains = QStringLiteral("t");
    q.countPerPage = 50;
    q.specificIds = {QStringLiteral("i1"), QStringLiteral("i2")};
    q.simplifiedPaging = true;
    q.page = 3;
    q.sortField = QStringLiteral("FileName");
    q.sortOrder = FileQuery::SortOrder::Descend;
    sidebar->setQuery(q);
    QCOMPARE(sidebar->query(), q);
    QTest::qWait(FilterSidebar::kDebounceMs * 2);  // deliberate: nothing is announced for two pauses
    QCOMPARE(spy.count(), 0);
}

void TstFilterSidebarViews::savedViewsRoundTrip()
{
    QTemporaryDir dir;
    {
        QSettings settings(dir.filePath(QStringLiteral("views.ini")), QSettings::IniFormat);
        SavedViews views(&settings);
        FileQuery q;
        q.fileName = QStringLiteral("invoice & <co>");
        q.type = FileType::VoiceMessage;
        q.customerIds = {QStringLiteral("c1"), QStringLiteral("c2")};
        QVERIFY(views.save(QStringLiteral("Voice mail"), q));
        QVERIFY(!views.save(QStringLiteral("  "), q));
        QCOMPARE(views.names(), QStringList{QStringLiteral("Voice mail")});
        QCOMPARE(views.view(QStringLiteral("Voice mail")).value(), q);
        QVERIFY(settings.contains(QLatin1String(SavedViews::kSettingsKey)));
    }
    {
        QSettings settings(dir.filePath(QStringLiteral("views.ini")), QSettings::IniFormat);
        SavedViews views(&settings);
        QCOMPARE(views.view(QStringLiteral("Voice mail")).value().fileName, QStringLiteral("invoice & <co>"));
        QVERIFY(views.remove(QStringLiteral("Voice mail")));
        QVERIFY(views.names().isEmpty());
        QString error;
        QVERIFY(!views.view(QStringLiteral("Voice mail"), &error));
        QVERIFY(!error.isEmpty());
    }
    // Through the sidebar: save, reset, apply, delete.
    auto sidebar = makeSidebar(m_client);
    QSignalSpy spy(sidebar.get(), &FilterSidebar::queryChanged);
    sidebar->fileNameField()->setText(QStringLiteral("saved"));
    sidebar->typeCombo()->setType(FileType::Attachment);
    const FileQuery wanted = sidebar->query();
    SavedViewsPanel *panel = sidebar->savedViews();
    QVERIFY(panel->saveCurrent(QStringLiteral("Attachments")));
    QVERIFY(panel->names().contains(QStringLiteral("Attachments")));
    sidebar->reset();
    QCOMPARE(spy.count(), 1);
    QVERIFY(panel->applyView(QStringLiteral("Attachments")));
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(1).at(0).value<FileQuery>(), wanted);
    QCOMPARE(sidebar->query(), wanted);
    QVERIFY(panel->deleteView(QStringLiteral("Attachments")));
    QVERIFY(!panel->names().contains(QStringLiteral("Attachments")));
}

void TstFilterSidebarViews::linkRoundTripAndBadLink()
{
    auto sidebar = makeSidebar(m_client);
    QSignalSpy spy(sidebar.get(), &FilterSidebar::queryChanged);
    sidebar->transcriptionField()->setText(QStringLiteral("a, b & c"));
    sidebar->typeCombo()->setType(FileType::CallRecording);
    sidebar->filterByCustomer(QStringLiteral("cust-1"), QString());
    const FileQuery wanted = sidebar->query();
    const int before = int(spy.count());
    SavedViewsPanel *panel = sidebar->savedViews();
    const QString link = panel->copyLink();
    QCOMPARE(QGuiApplication::clipboard()->text(), wanted.toText());
    QCOMPARE(link, wanted.toText());
    sidebar->reset();
    QVERIFY(panel->openLink(link));
    QCOMPARE(spy.count(), before + 2);
    QCOMPARE(spy.last().at(0).value<FileQuery>(), wanted);
    QCOMPARE(sidebar->query(), wanted);

    // A bad link: reported inline, nothing changes, the text stays for fixing.
    const QString bad = QStringLiteral("type=NotAType&from=yesterday-ish");
    panel->linkField()->setText(bad);
    QVERIFY(!panel->openLink(bad));
    QVERIFY(!panel->errorText().isEmpty());
    QCOMPARE(panel->linkField()->text(), bad);
    QCOMPARE(sidebar->query(), wanted);
    QCOMPARE(spy.count(), before + 2);
}

QTEST_MAIN(TstFilterSidebarViews)
#include "tst_filtersidebar_views.moc"
