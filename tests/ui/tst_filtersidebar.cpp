// FilterSidebar against a real evovoice-sim: every control sends its documented ListFiles
// parameter, the Customer role's free-text agent, filterByCustomer. (Debounce, Enter, the date
// check, reset and focus: tst_filtersidebar_input; round trips, saved views, links:
// tst_filtersidebar_views.)
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

class TstFilterSidebar final : public FilterSidebarSuite
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void lookupsLoad();
    void accountsAndCustomersSendIds();
    void textFieldsSendTheirParameters();
    void typeSendsEnumName();
    void datesSendIsoUtc();
    void agentSendsUserId();
    void specificIdsAndPaging();
    void customerRoleTypesAgentId();
    void filterByCustomerEmitsAtOnce();
};

void TstFilterSidebar::initTestCase()
{
    QString error;
    QVERIFY2(startSuite(&error), qPrintable(error));
}

void TstFilterSidebar::init()
{
    QVERIFY(m_sim.clearFaults());
    QVERIFY(m_sim.clearRequests());
}

void TstFilterSidebar::lookupsLoad()
{
    auto sidebar = makeSidebar(m_client);
    QVERIFY(sidebar->accountsModel()->rowCount() >= 2);
    QVERIFY(sidebar->customerModel()->rowCount() > 0);
    QVERIFY(sidebar->usersModel()->rowCount() > 0);
    QVERIFY(!sidebar->userPicker()->isFreeTextMode());
    QVERIFY(!m_sim.requests(QStringLiteral("api"), QStringLiteral("/accounts")).isEmpty());
    QVERIFY(!m_sim.requests(QStringLiteral("api"), QStringLiteral("/users")).isEmpty());
}

void TstFilterSidebar::accountsAndCustomersSendIds()
{
    auto sidebar = makeSidebar(m_client);
    QSignalSpy spy(sidebar.get(), &FilterSidebar::queryChanged);
    // Check the first account as a click would (through the view's proxy).
    QSortFilterProxyModel *accounts = sidebar->accountPicker()->proxy();
    const QModelIndex first = accounts->index(0, 0);
    const QString accountId = first.data(AccountsModel::IdRole).toString();
    m_sim.clearRequests();
    QVERIFY(accounts->setData(first, Qt::Checked, Qt::CheckStateRole));
    FileQuery q = waitForQuery(spy);
    QCOMPARE(q.accountIds, QStringList{accountId});

    // The customers (and agents) were asked again, for that account only.
    QTRY_VERIFY_WITH_TIMEOUT(!sidebar->customerModel()->isLoading(), 10000);
    QString customersAskedFor;
    for (const QJsonValue &v : m_sim.requests(QStringLiteral("api"), QStringLiteral("/customers"))) {
        const QUrlQuery cq(v.toObject().value(QStringLiteral("query")).toString());
        for (const auto &item : cq.queryItems(QUrl::FullyDecoded)) {
            if (item.first.compare(QLatin1String("accountIds"), Qt::CaseInsensitive) == 0)
                customersAskedFor = item.second;
        }
    }
    QCOMPARE(customersAskedFor, accountId);
    QVERIFY(sidebar->customerModel()->rowCount() > 0);
    for (int r = 0; r < sidebar->customerModel()->rowCount(); ++r)
        QCOMPARE(sidebar->customerModel()->index(r, 0).data(CustomerTreeModel::AccountIdRole).toString(), accountId);
    QCOMPARE(param(sentQuery(q), QStringLiteral("AccountIds")), accountId);

    QSortFilterProxyModel *customers = sidebar->customerPicker()->proxy();
    const QModelIndex c = customers->index(0, 0);
    const QString customerId = c.data(CustomerTreeModel::IdRole).toString();
    QVERIFY(customers->setData(c, Qt::Checked, Qt::CheckStateRole));
    q = waitForQuery(spy, 2);
    QCOMPARE(q.customerIds, QStringList{customerId});
    const QUrlQuery sent = sentQuery(q);
    QCOMPARE(param(sent, QStringLiteral("CustomerIds")), customerId);
    QCOMPARE(param(sent, QStringLiteral("AccountIds")), accountId);
}

void TstFilterSidebar::textFieldsSendTheirParameters()
{
    auto sidebar = makeSidebar(m_client);
    QSignalSpy spy(sidebar.get(), &FilterSidebar::queryChanged);
    QTest::keyClicks(sidebar->fileNameField(), QStringLiteral("call"));
    sidebar->contentTypeField()->setEditText(QStringLiteral("audio/wav"));
    sidebar->sessionIdField()->setText(QStringLiteral("CA-session-1"));
    QTest::keyClicks(sidebar->transcriptionField(), QStringLiteral("refund please"));
    const FileQuery q = waitForQuery(spy);
    QTest::qWait(FilterSidebar::kDebounceMs + 100);  // deliberate: no second query for a pause and more
    QCOMPARE(spy.count(), 1);
    const QUrlQuery sent = sentQuery(q);
    QCOMPARE(param(sent, QStringLiteral("FileName")), QStringLiteral("call"));
    QCOMPARE(param(sent, QStringLiteral("ContentType")), QStringLiteral("audio/wav"));
    QCOMPARE(param(sent, QStringLiteral("SessionId")), QStringLiteral("CA-session-1"));
    QCOMPARE(param(sent, QStringLiteral("TranscriptionContains")), QStringLiteral("refund please"));
    // the content-type field offers the common types
    QVERIFY(sidebar->contentTypeField()->findText(QStringLiteral("application/pdf")) >= 0);
}

void TstFilterSidebar::typeSendsEnumName()
{
    auto sidebar = makeSidebar(m_client);
    QSignalSpy spy(sidebar.get(), &FilterSidebar::queryChanged);
    TypeCombo *type = sidebar->typeCombo();
    QCOMPARE(type->count(), 7);
    QVERIFY(!type->itemIcon(3).isNull());
    QCOMPARE(type->itemText(3), fileTypeLabel(FileType::CallRecording));
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(type, Qt::Key_Down);   // Any -> Upload -> VoiceMessage -> CallRecording
    const FileQuery q = waitForQuery(spy);
    QCOMPARE(spy.count(), 1);
    QVERIFY(q.type.has_value());
    QCOMPARE(*q.type, FileType::CallRecording);
    QCOMPARE(param(sentQuery(q), QStringLiteral("Type")), QStringLiteral("CallRecording"));
}

void TstFilterSidebar::datesSendIsoUtc()
{
    auto sidebar = makeSidebar(m_client);
    QSignalSpy spy(sidebar.get(), &FilterSidebar::queryChanged);
    DateRangeEdit *dates = sidebar->dateRange();
    dates->setPreset(DateRangeEdit::Custom);
    const QDateTime start(QDate(2025, 3, 1), QTime(8, 30), Qt::UTC);
    const QDateTime end(QDate(2025, 3, 31), QTime(17, 0), Qt::UTC);
    dates->startEdit()->setDateTime(start.toLocalTime());
    dates->endEdit()->setDateTime(end.toLocalTime());
    const FileQuery q = waitForQuery(spy);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(q.dateCreatedStart, start);
    QCOMPARE(q.dateCreatedEnd, end);
    const QUrlQuery sent = sentQuery(q);
    QCOMPARE(param(sent, QStringLiteral("DateCreatedStart")), QStringLiteral("2025-03-01T08:30:00Z"));
    QCOMPARE(param(sent, QStringLiteral("DateCreatedEnd")), QStringLiteral("2025-03-31T17:00:00Z"));

    // A preset fills both ends; "Any time" clears them.
    dates->setPreset(DateRangeEdit::Last7Days);
    const FileQuery week = waitForQuery(spy, 2);
    QVERIFY(week.dateCreatedStart.isValid() && week.dateCreatedEnd.isValid());
    QVERIFY(week.dateCreatedStart < week.dateCreatedEnd);
    dates->setPreset(DateRangeEdit::AnyTime);
    const FileQuery any = waitForQuery(spy, 3);
    QVERIFY(!any.dateCreatedStart.isValid() && !any.dateCreatedEnd.isValid());
    QVERIFY(!sentQuery(any).hasQueryItem(QStringLiteral("DateCreatedStart")));
}

void TstFilterSidebar::agentSendsUserId()
{
    auto sidebar = makeSidebar(m_client);
    QSignalSpy spy(sidebar.get(), &FilterSidebar::queryChanged);
    UsersModel *users = sidebar->usersModel();
    QVERIFY(users->rowCount() > 0);
    QString text = users->index(0).data().toString();
    QString id = users->index(0).data(UsersModel::IdRole).toString();
    QCOMPARE(sidebar->query().userId, QString());   // loading the list selects nobody
    // Type part of the name, pick the suggestion from the completer's popup.
    QComboBox *combo = sidebar->userPicker()->comboBox();
    sidebar->show();
    QVERIFY(QTest::qWaitForWindowExposed(sidebar.get()));
    combo->setFocus();
    QTest::keyClicks(combo->lineEdit(), text.left(3));
    QAbstractItemView *popup = combo->completer()->popup();
    QTRY_VERIFY(popup->isVisible());
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    QCOMPARE(combo->currentText(), popup->model()->index(0, 0).data().toString());
    const QString picked = combo->currentText();
    const QString pickedId = users->index(users->rowOfText(picked)).data(UsersModel::IdRole).toString();
    FileQuery q = waitForQuery(spy);
    QCOMPARE(q.userId, pickedId);
    QCOMPARE(param(sentQuery(q), QStringLiteral("UserId")), pickedId);
    // An email address typed in full also names the user (another one than picked above).
    QVERIFY(users->rowCount() >= 2);
    const int other = users->rowOfId(pickedId) == 0 ? 1 : 0;
    id = users->index(other).data(UsersModel::IdRole).toString();
    text = users->index(other).data().toString();
    combo->lineEdit()->selectAll();
    QTest::keyClicks(combo->lineEdit(), users->index(other).data(UsersModel::EmailRole).toString());
    combo->completer()->popup()->hide();
    q = waitForQuery(spy, 2);
    QCOMPARE(q.userId, id);
    QCOMPARE(param(sentQuery(q), QStringLiteral("UserId")), id);
    // setQuery with an id shows the user's name
    FileQuery given;
    given.userId = id;
    sidebar->setQuery(given);
    QCOMPARE(sidebar->userPicker()->comboBox()->currentText(), text);
    QCOMPARE(sidebar->query().userId, id);
}

void TstFilterSidebar::specificIdsAndPaging()
{
    auto sidebar = makeSidebar(m_client);
    QSignalSpy spy(sidebar.get(), &FilterSidebar::queryChanged);
    sidebar->advancedSection()->setExpanded(true);
    sidebar->specificIdsField()->setPlainText(QStringLiteral("f1, f2\nf3  f4;f2"));
    sidebar->pageSizeField()->setValue(25);
    sidebar->simplifiedPagingField()->setChecked(true);
    const FileQuery q = waitForQuery(spy);
    QCOMPARE(q.specificIds, (QStringList{"f1", "f2", "f3", "f4"}));
    QCOMPARE(q.countPerPage, 25);
    QVERIFY(q.simplifiedPaging);
    const QUrlQuery sent = sentQuery(q);
    QCOMPARE(param(sent, QStringLiteral("SpecificIds")), QStringLiteral("f1,f2,f3,f4"));
    QCOMPARE(param(sent, QStringLiteral("CountPerPage")), QStringLiteral("25"));
    QCOMPARE(param(sent, QStringLiteral("SimplifiedPaging")).toLower(), QStringLiteral("true"));
}

void TstFilterSidebar::customerRoleTypesAgentId()
{
    ApiClient customer;
    QVERIFY(signIn(&customer, QStringLiteral("customer@example.com")));
    auto sidebar = makeSidebar(&customer);
    QTRY_VERIFY_WITH_TIMEOUT(sidebar->userPicker()->isFreeTextMode(), 10000);
    QVERIFY(sidebar->usersModel()->isForbidden());
    QSignalSpy spy(sidebar.get(), &FilterSidebar::queryChanged);
    QTest::keyClicks(sidebar->userPicker()->comboBox()->lineEdit(), QStringLiteral("user-42"));
    const FileQuery q = waitForQuery(spy);
    QCOMPARE(q.userId, QStringLiteral("user-42"));
    QCOMPARE(param(sentQuery(q, &customer), QStringLiteral("UserId")), QStringLiteral("user-42"));
}

void TstFilterSidebar::filterByCustomerEmitsAtOnce()
{
    auto sidebar = makeSidebar(m_client);
    QSignalSpy spy(sidebar.get(), &FilterSidebar::queryChanged);
    const QModelIndex loaded = sidebar->customerModel()->index(0, 0);
    const QString id = loaded.data(CustomerTreeModel::IdRole).toString();
    sidebar->filterByCustomer(id, QStringLiteral("whatever"));
    QCOMPARE(spy.count(), 1);
    FileQuery q = spy.at(0).at(0).value<FileQuery>();
    QCOMPARE(q.customerIds, QStringList{id});
    QCOMPARE(param(sentQuery(q), QStringLiteral("CustomerIds")), id);
    // A customer that is not loaded becomes a checked placeholder row; it replaces the old one.
    sidebar->filterByCustomer(QStringLiteral("cust-not-loaded"), QStringLiteral("Far Away Ltd"));
    QCOMPARE(spy.count(), 2);
    q = spy.at(1).at(0).value<FileQuery>();
    QCOMPARE(q.customerIds, QStringList{QStringLiteral("cust-not-loaded")});
    const QModelIndex placeholder = sidebar->customerModel()->indexOfId(QStringLiteral("cust-not-loaded"));
    QVERIFY(placeholder.isValid());
    QCOMPARE(placeholder.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QVERIFY(placeholder.data().toString().contains(QStringLiteral("Far Away Ltd")));
}

QTEST_MAIN(TstFilterSidebar)
#include "tst_filtersidebar.moc"
