#include "accountsmodel.h"

#include "api/apiclient.h"

#include <algorithm>

AccountsModel::AccountsModel(ApiClient *client, QObject *parent)
    : QAbstractListModel(parent)
    , m_loader(client)
{
    connect(&m_loader, &LookupLoader::loaded, this, &AccountsModel::loaded);
    connect(&m_loader, &LookupLoader::failed, this, &AccountsModel::loadFailed);
}

AccountsModel::~AccountsModel() = default;

void AccountsModel::load(const LookupQuery &query)
{
    m_loader.load<AccountInfo>(query, &ApiClient::listAccounts,
                               [this](const QList<AccountInfo> &items) { setAccounts(items); });
}

void AccountsModel::setAccounts(const QList<AccountInfo> &accounts)
{
    QList<AccountInfo> sorted = accounts;
    sortByLookupName(sorted, [](const AccountInfo &a) { return a.name; });
    beginResetModel();
    m_loadedCount = int(sorted.size());
    rebuild(sorted);
    endResetModel();
}

void AccountsModel::rebuild(const QList<AccountInfo> &loaded)
{
    m_accounts = loaded.mid(0, m_loadedCount);
    for (const QString &id : std::as_const(m_checked)) {
        const bool known = std::any_of(m_accounts.cbegin(), m_accounts.cend(),
                                       [&](const AccountInfo &a) { return a.id == id; });
        if (!known)
            m_accounts.append(AccountInfo{id, id, {}, {}});
    }
}

int AccountsModel::rowOfId(const QString &id) const
{
    for (int i = 0; i < m_accounts.size(); ++i) {
        if (m_accounts.at(i).id == id)
            return i;
    }
    return -1;
}

void AccountsModel::setCheckedIds(const QStringList &ids)
{
    const QStringList unique = distinctLookupIds(ids);
    if (unique == m_checked)
        return;
    beginResetModel();
    m_checked = unique;
    rebuild(m_accounts);
    endResetModel();
    emit checkedIdsChanged();
}

int AccountsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_accounts.size());
}

QVariant AccountsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AccountInfo &account = m_accounts.at(index.row());
    const bool loaded = index.row() < m_loadedCount;
    switch (role) {
    case Qt::DisplayRole:
        return loaded ? account.name : tr("%1 (not loaded)").arg(account.id);
    case Qt::ToolTipRole:
        return lookupToolTip(tr("Account id: %1").arg(account.id));
    case Qt::CheckStateRole:
        return m_checked.contains(account.id) ? Qt::Checked : Qt::Unchecked;
    case IdRole:
        return account.id;
    case SearchRole:
        return account.name + QLatin1Char(' ') + account.id;
    case LoadedRole:
        return loaded;
    default:
        return {};
    }
}

bool AccountsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const QString id = m_accounts.at(index.row()).id;
    const bool check = value.toInt() == Qt::Checked;
    if (check == m_checked.contains(id))
        return true;
    if (check)
        m_checked.append(id);
    else
        m_checked.removeAll(id);
    emit dataChanged(index, index, {Qt::CheckStateRole});
    emit checkedIdsChanged();
    return true;
}

Qt::ItemFlags AccountsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemNeverHasChildren;
}
