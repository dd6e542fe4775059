// The sidebar's lookup models (accounts, customer tree, users) against evovoice-sim, under
// QAbstractItemModelTester: loading, the tree from parentCustomerId, check state, placeholders,
// search keeping ancestors, stale answers dropped, and ListUsers' 403 for the Customer role.
// (Core models; kept with the sidebar's suites because tests/models has no glob.)
#include "models/accountsmodel.h"
#include "api/apiclient.h"
#include "models/customertreemodel.h"
#include "signedinclient.h"
#include "simprocess.h"
#include "models/usersmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QtTest>

class TstLookupModels final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void accounts();
    void customerTree();
    void customerSearchKeepsAncestors();
    void customersOfOneAccountAndStaleDropped();
    void placeholdersForUnloadedIds();
    void users();
    void usersForbiddenForCustomer();

private:
    bool signIn(ApiClient *client, const QString &user);
    template<typename M>
    bool waitLoaded(M &model)
    {
        return QTest::qWaitFor([&] { return !model.isLoading(); }, 20000);
    }

    SimProcess m_sim;
    ApiClient *m_client = nullptr;
};

void TstLookupModels::initTestCase()
{
    QVERIFY2(m_sim.start({QStringLiteral("--files"), QStringLiteral("200")}), qPrintable(m_sim.errorString()));
    m_client = new ApiClient(this);
    QVERIFY(signIn(m_client, QStringLiteral("admin@example.com")));
}

bool TstLookupModels::signIn(ApiClient *client, const QString &user)
{
    return signInToSim(*client, m_sim, user, this);
}

void TstLookupModels::accounts()
{
    AccountsModel model(m_client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &AccountsModel::loaded);
    model.load();
    QVERIFY(waitLoaded(model));
    QCOMPARE(loaded.count(), 1);
    QVERIFY(model.rowCount() >= 2);
    const QModelIndex first = model.index(0);
    QVERIFY(first.flags() & Qt::ItemIsUserCheckable);
    QCOMPARE(first.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QSignalSpy checked(&model, &AccountsModel::checkedIdsChanged);
    QVERIFY(model.setData(first, Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(checked.count(), 1);
    QCOMPARE(model.checkedIds(), QStringList{first.data(AccountsModel::IdRole).toString()});
    // Names are sorted.
    for (int r = 1; r < model.rowCount(); ++r)
        QVERIFY(model.index(r - 1).data().toString().compare(model.index(r).data().toString(), Qt::CaseInsensitive) <= 0);
}

void TstLookupModels::customerTree()
{
    CustomerTreeModel model(m_client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.load();
    QVERIFY(waitLoaded(model));
    QVERIFY(model.customerCount() > 0);
    // Every child sits under its parentCustomerId; the breadcrumb role names the path.
    int children = 0;
    std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int r = 0; r < model.rowCount(parent); ++r) {
            const QModelIndex child = model.index(r, 0, parent);
            if (parent.isValid()) {
                ++children;
                QCOMPARE(model.parent(child), parent);
                const QString path = child.data(CustomerTreeModel::BreadcrumbRole).toString();
                QVERIFY2(path.startsWith(parent.data(CustomerTreeModel::BreadcrumbRole).toString()), qPrintable(path));
            }
            walk(child);
        }
    };
    walk({});
    QVERIFY2(children > 0, "the simulator's customers should nest");
}

void TstLookupModels::customerSearchKeepsAncestors()
{
    CustomerTreeModel model(m_client);
    model.load();
    QVERIFY(waitLoaded(model));
    // A nested customer's name: searching it keeps its parent visible.
    QModelIndex nested;
    for (int r = 0; r < model.rowCount() && !nested.isValid(); ++r) {
        if (model.rowCount(model.index(r, 0)) > 0)
            nested = model.index(0, 0, model.index(r, 0));
    }
    QVERIFY(nested.isValid());
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setFilterRole(CustomerTreeModel::SearchRole);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy.setRecursiveFilteringEnabled(true);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setFilterFixedString(nested.data(CustomerTreeModel::IdRole).toString().toUpper());
    const QModelIndex shown = proxy.mapFromSource(nested);
    QVERIFY(shown.isValid());
    QVERIFY(shown.parent().isValid());
    QCOMPARE(proxy.mapToSource(shown.parent()), nested.parent());
    QCOMPARE(proxy.rowCount(), 1);
}

void TstLookupModels::customersOfOneAccountAndStaleDropped()
{
    AccountsModel accounts(m_client);
    accounts.load();
    QVERIFY(waitLoaded(accounts));
    QVERIFY(accounts.rowCount() >= 2);
    const QString a0 = accounts.index(0).data(AccountsModel::IdRole).toString();
    const QString a1 = accounts.index(1).data(AccountsModel::IdRole).toString();

    CustomerTreeModel model(m_client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // The first answer is slow; the second load supersedes it and the slow one is dropped.
    QVERIFY(m_sim.hold(QStringLiteral("/customers")));
    LookupQuery first;
    first.accountIds = {a0};
    model.load(first);
    QCOMPARE(m_sim.waitForHeld(1).size(), 1);  // the first load's request is at the server
    LookupQuery second;
    second.accountIds = {a1};
    model.load(second);
    QVERIFY(waitLoaded(model));
    QCOMPARE(m_sim.release(), 1);  // the first load's answer comes last
    QCOMPARE(m_sim.held().size(), 0);  // a round trip more for the client to read it
    QVERIFY(model.customerCount() > 0);
    std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int r = 0; r < model.rowCount(parent); ++r) {
            const QModelIndex i = model.index(r, 0, parent);
            QCOMPARE(i.data(CustomerTreeModel::AccountIdRole).toString(), a1);
            walk(i);
        }
    };
    walk({});
    m_sim.clearFaults();
}

void TstLookupModels::placeholdersForUnloadedIds()
{
    CustomerTreeModel model(m_client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.checkOnly(QStringLiteral("cust-later"), QStringLiteral("Later Ltd"));
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(!model.index(0, 0).data(CustomerTreeModel::LoadedRole).toBool());
    model.load();
    QVERIFY(waitLoaded(model));
    // Still checked and still shown after the real list arrived (it is not in it).
    const QModelIndex kept = model.indexOfId(QStringLiteral("cust-later"));
    QVERIFY(kept.isValid());
    QCOMPARE(kept.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    // A placeholder becomes the real row when the id is loaded.
    const QModelIndex real = model.index(0, 0);
    const QString realId = real.data(CustomerTreeModel::IdRole).toString() == QLatin1String("cust-later")
        ? model.index(1, 0).data(CustomerTreeModel::IdRole).toString()
        : real.data(CustomerTreeModel::IdRole).toString();
    model.checkOnly(realId, QStringLiteral("ignored"));
    QVERIFY(!model.indexOfId(QStringLiteral("cust-later")).isValid());
    QVERIFY(model.indexOfId(realId).data(CustomerTreeModel::LoadedRole).toBool());
    QCOMPARE(model.checkedIds(), QStringList{realId});
}

void TstLookupModels::users()
{
    UsersModel model(m_client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.load();
    QVERIFY(waitLoaded(model));
    QVERIFY(model.rowCount() > 0);
    QVERIFY(!model.isForbidden());
    const QModelIndex first = model.index(0);
    QCOMPARE(model.rowOfText(first.data().toString().toUpper()), 0);
    QCOMPARE(model.rowOfId(first.data(UsersModel::IdRole).toString()), 0);
}

void TstLookupModels::usersForbiddenForCustomer()
{
    ApiClient customer;
    QVERIFY(signIn(&customer, QStringLiteral("customer@example.com")));
    UsersModel model(&customer);
    QSignalSpy failed(&model, &UsersModel::loadFailed);
    model.load();
    QVERIFY(waitLoaded(model));
    QCOMPARE(failed.count(), 1);
    QVERIFY(model.isForbidden());
    QCOMPARE(model.rowCount(), 0);
    // The Customer role still sees its customers.
    CustomerTreeModel customers(&customer);
    customers.load();
    QVERIFY(waitLoaded(customers));
    QVERIFY(!customers.lastError().isError());
    QVERIFY(customers.customerCount() > 0);
}

QTEST_MAIN(TstLookupModels)
#include "tst_filtersidebar_lookups.moc"
