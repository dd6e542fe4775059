#include "simdirectoryapi.h"

#include "simdataset.h"
#include "simjson.h"
#include "simlistparams.h"
#include "simrequest.h"
#include "simscope.h"

namespace {
const QStringList kEntity = {QStringLiteral("Id"), QStringLiteral("DateCreated"), QStringLiteral("DateLastModified"),
                             QStringLiteral("CreatedBy"), QStringLiteral("LastModifiedBy")};
}

SimResponse SimDirectoryApi::accounts(const SimRequest &r, int user) const
{
    const SimScope scope(m_data, user);
    SimListParams p;
    if (auto e = p.parse(r))
        return *e;
    const QString name = r.param(QStringLiteral("namefilter"));
    QList<QJsonObject> items;
    for (int a = 0; a < m_data.accounts().size(); ++a) {
        if (scope.seesAccount(a) && m_data.accounts()[a].name.contains(name, Qt::CaseInsensitive))
            items.append(SimJson::account(m_data, a));
    }
    return p.pageOf(items, kEntity + QStringList{QStringLiteral("Name"), QStringLiteral("TwilioAccountSid"),
                                                 QStringLiteral("MaxPhoneNumbers"), QStringLiteral("IsBYOA")},
                    QStringLiteral("name"));
}

SimResponse SimDirectoryApi::account(int user, const QString &id) const
{
    const int a = m_data.accountIndex(id);
    if (auto e = SimResponse::lookupError(a, a >= 0 && SimScope(m_data, user).seesAccount(a), QStringLiteral("Account"), id))
        return *e;
    return SimResponse::json(SimJson::account(m_data, a));
}

SimResponse SimDirectoryApi::customers(const SimRequest &r, int user) const
{
    const SimScope scope(m_data, user);
    if (!scope.mayListFiles())
        return SimResponse::forbidden();
    SimListParams p;
    if (auto e = p.parse(r))
        return *e;
    bool shallow = false;
    if (auto e = SimListParams::readBool(r, QStringLiteral("shallowparent"), QStringLiteral("ShallowParent"), &shallow))
        return e.value();
    const QStringList accountIds = SimListParams::list(r.param(QStringLiteral("accountids")));
    const QStringList parentIds = SimListParams::list(r.param(QStringLiteral("parentcustomerids")));
    const bool tagged = !SimListParams::list(r.param(QStringLiteral("tagids"))).isEmpty(); // no customer has tags
    const QString name = r.param(QStringLiteral("namefilter"));
    QList<int> parents;
    for (const QString &id : parentIds)
        parents.append(m_data.customerIndex(id));
    QList<QJsonObject> items;
    for (int c = 0; c < m_data.customers().size() && !tagged; ++c) {
        const SimDataset::Customer &cu = m_data.customers()[c];
        if (!scope.seesCustomer(c) || !cu.name.contains(name, Qt::CaseInsensitive))
            continue;
        if (!accountIds.isEmpty() && !accountIds.contains(m_data.accounts()[cu.account].id, Qt::CaseInsensitive))
            continue;
        if (!parentIds.isEmpty()) {
            bool under = false;
            for (int pc : parents)
                under = under || (pc >= 0 && (shallow ? cu.parent == pc : (cu.path.contains(pc) && c != pc)));
            if (!under)
                continue;
        } else if (shallow && cu.parent >= 0) {
            continue;
        }
        items.append(SimJson::customer(m_data, c));
    }
    return p.pageOf(items, kEntity + QStringList{QStringLiteral("AccountId"), QStringLiteral("AccountName"),
                                                 QStringLiteral("ParentCustomerId"), QStringLiteral("Breadcrumb"),
                                                 QStringLiteral("Name"), QStringLiteral("ReferenceId"), QStringLiteral("IsStaging")},
                    QStringLiteral("name"));
}

SimResponse SimDirectoryApi::customer(int user, const QString &id) const
{
    const SimScope scope(m_data, user);
    if (!scope.mayListFiles())
        return SimResponse::forbidden();
    const int c = m_data.customerIndex(id);
    if (auto e = SimResponse::lookupError(c, c >= 0 && scope.seesCustomer(c), QStringLiteral("Customer"), id))
        return *e;
    return SimResponse::json(SimJson::customer(m_data, c));
}

SimResponse SimDirectoryApi::users(const SimRequest &r, int user) const
{
    const SimScope scope(m_data, user);
    if (!scope.mayListUsers())
        return SimResponse::forbidden();
    SimListParams p;
    if (auto e = p.parse(r))
        return *e;
    const QStringList accountIds = SimListParams::list(r.param(QStringLiteral("accountids")));
    const QString email = r.param(QStringLiteral("emailfilter"));
    QList<QJsonObject> items;
    for (int u = 0; u < m_data.users().size(); ++u) {
        const SimDataset::User &us = m_data.users()[u];
        if (!scope.seesUser(u) || !us.email.contains(email, Qt::CaseInsensitive))
            continue;
        if (!accountIds.isEmpty()) {
            bool in = false;
            for (int a : us.accounts)
                in = in || accountIds.contains(m_data.accounts()[a].id, Qt::CaseInsensitive);
            if (!in)
                continue;
        }
        items.append(SimJson::user(m_data, u));
    }
    return p.pageOf(items, QStringList{QStringLiteral("Id"), QStringLiteral("FirstName"), QStringLiteral("LastName"),
                                       QStringLiteral("Name"), QStringLiteral("EmailAddress"), QStringLiteral("ManagerAccess"),
                                       QStringLiteral("Roles"), QStringLiteral("AccountIds"), QStringLiteral("AccountNames")},
                    QStringLiteral("name"));
}

SimResponse SimDirectoryApi::userInfo(int user, const QString &id) const
{
    const SimScope scope(m_data, user);
    if (!scope.mayListUsers())
        return SimResponse::forbidden();
    const int u = m_data.userIndex(id);
    if (auto e = SimResponse::lookupError(u, u >= 0 && scope.seesUser(u), QStringLiteral("User"), id))
        return *e;
    return SimResponse::json(SimJson::user(m_data, u));
}
