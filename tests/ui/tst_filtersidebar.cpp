// FilterSidebar against a real evovoice-sim: every control sends its documented ListFiles
// parameter, debounce and Enter, the date check, the Customer role's free-text agent,
// filterByCustomer, saved views and links.
#include "accountsmodel.h"
#include "apiclient.h"
#include "checklistpicker.h"
#include "collapsiblesection.h"
#include "customertreemodel.h"
#include "daterangeedit.h"
#include "filtersidebar.h"
#include "idlistedit.h"
#include "savedviews.h"
#include "savedviewspanel.h"
#include "simprocess.h"
#include "typecombo.h"
#include "userpicker.h"
#include "usersmodel.h"

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

class TstFilterSidebar final : public QObject
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
    void debounceGivesOneSignal();
    void enterAppliesAtOnce();
    void invalidRangeEmitsNothing();
    void customerRoleTypesAgentId();
    void filterByCustomerEmitsAtOnce();
    void headerCountsAndReset();
    void setQueryIsSilentAndRoundTrips();
    void savedViewsRoundTrip();
    void linkRoundTripAndBadLink();
    void focusFilters();
    void everySectionIsReachable();

private:
    std::unique_ptr<FilterSidebar> makeSidebar(ApiClient *client);
    bool signIn(ApiClient *client, const QString &user);
    QUrlQuery sentQuery(const FileQuery &query, ApiClient *client = nullptr);
    FileQuery waitForQuery(QSignalSpy &spy, int count = 1);

    SimProcess m_sim;
    ApiClient *m_client = nullptr;
    QTemporaryDir m_settingsDir;
};

void TstFilterSidebar::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("EvoVoiceTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_filtersidebar"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QVERIFY2(m_sim.start({QStringLiteral("--files"), QStringLiteral("600")}), qPrintable(m_sim.errorString()));
    m_client = new ApiClient(this);
    QVERIFY(signIn(m_client, QStringLiteral("manager@example.com")));
}

void TstFilterSidebar::init()
{
    QVERIFY(m_sim.clearFaults());
    QVERIFY(m_sim.clearRequests());
}

bool TstFilterSidebar::signIn(ApiClient *client, const QString &user)
{
    QString error;
    if (!client->setServer(m_sim.apiUrl(), &error)) {
        qWarning() << error;
        return false;
    }
    client->setRetryBaseDelay(10);
    bool done = false;
    ApiResult<AuthSession> result;
    client->signIn(user, QStringLiteral("demo"), false, this, [&](const ApiResult<AuthSession> &r) {
        result = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 15000) || !result.ok()) {
        qWarning() << "sign-in failed:" << result.error.userText();
        return false;
    }
    return true;
}

std::unique_ptr<FilterSidebar> TstFilterSidebar::makeSidebar(ApiClient *client)
{
    auto sidebar = std::make_unique<FilterSidebar>(client);
    sidebar->resize(320, 760);
    sidebar->reload();
    const bool ok = QTest::qWaitFor([&] {
        return !sidebar->accountsModel()->isLoading() && !sidebar->customerModel()->isLoading()
            && !sidebar->usersModel()->isLoading();
    }, 20000);
    if (!ok)
        qWarning() << "lookups did not finish";
    return sidebar;
}

// Runs the query through the real client and returns the query string the simulator received.
QUrlQuery TstFilterSidebar::sentQuery(const FileQuery &query, ApiClient *client)
{
    m_sim.clearRequests();
    bool done = false;
    ApiResult<ListPage<FileInfo>> result;
    (client ? client : m_client)->listFiles(query, this, [&](const ApiResult<ListPage<FileInfo>> &r) {
        result = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 20000))
        return {};
    if (!result.ok())
        qWarning() << "listFiles failed:" << result.error.userText();
    const QJsonArray requests = m_sim.requests(QStringLiteral("api"), QStringLiteral("/files"));
    for (int i = int(requests.size()) - 1; i >= 0; --i) {
        const QJsonObject o = requests.at(i).toObject();
        if (o.value(QStringLiteral("method")).toString() == QLatin1String("GET"))
            return QUrlQuery(o.value(QStringLiteral("query")).toString());
    }
    return {};
}

FileQuery TstFilterSidebar::waitForQuery(QSignalSpy &spy, int count)
{
    if (!QTest::qWaitFor([&] { return spy.count() >= count; }, 5000))
        return {};
    return spy.at(count - 1).at(0).value<FileQuery>();
}

static QString param(const QUrlQuery &q, const QString &name)
{
    return q.queryItemValue(name, QUrl::FullyDecoded);
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
    QTest::qWait(FilterSidebar::kDebounceMs + 100);
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

void TstFilterSidebar::debounceGivesOneSignal()
{
    auto sidebar = makeSidebar(m_client);
    QSignalSpy spy(sidebar.get(), &FilterSidebar::queryChanged);
    QTest::keyClicks(sidebar->fileNameField(), QStringLiteral("abcdefghij"), Qt::NoModifier, 20);
    QCOMPARE(spy.count(), 0);
    QTest::qWait(FilterSidebar::kDebounceMs * 3);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<FileQuery>().fileName, QStringLiteral("abcdefghij"));
    // Typing and deleting back to what was announced announces nothing.
    QTest::keyClick(sidebar->fileNameField(), Qt::Key_X);
    QTest::keyClick(sidebar->fileNameField(), Qt::Key_Backspace);
    QTest::qWait(FilterSidebar::kDebounceMs * 2);
    QCOMPARE(spy.count(), 1);
}

void TstFilterSidebar::enterAppliesAtOnce()
{
    auto sidebar = makeSidebar(m_client);
    QSignalSpy spy(sidebar.get(), &FilterSidebar::queryChanged);
    QTest::keyClicks(sidebar->transcriptionField(), QStringLiteral("hello"));
    QTest::keyClick(sidebar->transcriptionField(), Qt::Key_Return);
    QCOMPARE(spy.count(), 1);   // synchronously, no pause
    QCOMPARE(spy.at(0).at(0).value<FileQuery>().transcriptionContains, QStringLiteral("hello"));
    QTest::qWait(FilterSidebar::kDebounceMs * 2);
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

void TstFilterSidebar::invalidRangeEmitsNothing()
{
    auto sidebar = makeSidebar(m_client);
    sidebar->show();
    QVERIFY(QTest::qWaitForWindowExposed(sidebar.get()));
    QSignalSpy spy(sidebar.get(), &FilterSidebar::queryChanged);
    DateRangeEdit *dates = sidebar->dateRange();
    dates->setPreset(DateRangeEdit::Custom);
    dates->startEdit()->setDateTime(QDateTime(QDate(2025, 5, 2), QTime(0, 0)));
    dates->endEdit()->setDateTime(QDateTime(QDate(2025, 5, 1), QTime(0, 0)));
    QTest::qWait(FilterSidebar::kDebounceMs * 2);
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

void TstFilterSidebar::headerCountsAndReset()
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
    QTest::qWait(FilterSidebar::kDebounceMs * 2);
    QCOMPARE(spy.count(), 1);
}

void TstFilterSidebar::setQueryIsSilentAndRoundTrips()
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
    QTest::qWait(FilterSidebar::kDebounceMs * 2);
    QCOMPARE(spy.count(), 0);
}

void TstFilterSidebar::savedViewsRoundTrip()
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

void TstFilterSidebar::linkRoundTripAndBadLink()
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

void TstFilterSidebar::focusFilters()
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

void TstFilterSidebar::everySectionIsReachable()
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

QTEST_MAIN(TstFilterSidebar)
#include "tst_filtersidebar.moc"
