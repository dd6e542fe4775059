#include "accountsmodel.h"

#include "apiclient.h"
#include "lookuppaging.h"

#include <QCollator>

#include <algorithm>

namespace {
// Tooltips are shown as rich text when they look like markup: server text is escaped inside a
// pre-formatted paragraph so that it always reads literally.
QString plainToolTip(const QString &text)
{
    return QStringLiteral("<p style='white-space:pre'>") + text.toHtmlEscaped() + QStringLiteral("</p>");
}
} // namespace

AccountsModel::AccountsModel(ApiClient *client, QObject *parent)
    : QAbstractListModel(parent)
    , m_client(client)
{
}

AccountsModel::~AccountsModel()
{
    if (m_call)
        m_call->cancel();
}

void AccountsModel::load(const LookupQuery &query)
{
    if (m_call)
        m_call->cancel();
    if (!m_client)
        return;
    const int generation = ++m_generation;
    fetchLookupPages<AccountInfo>(
        m_client, query, this, &m_call,
        [](ApiClient *c, const LookupQuery &q, QObject *ctx, ApiClient::Callback<ListPage<AccountInfo>> cb) {
            return c->listAccounts(q, ctx, std::move(cb));
        },
        [this, generation](const QList<AccountInfo> &items, const ApiError &error) {
            if (generation != m_generation)
                return; // a newer load owns the model
            m_call.clear();
            m_error = error;
            if (error.isError()) {
                emit loadFailed(error);
                return;
            }
            setAccounts(items);
            emit loaded();
        });
}

void AccountsModel::setAccounts(const QList<AccountInfo> &accounts)
{
    QList<AccountInfo> sorted = accounts;
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    std::stable_sort(sorted.begin(), sorted.end(),
                     [&](const AccountInfo &a, const AccountInfo &b) { return collator.compare(a.name, b.name) < 0; });
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
    QStringList unique;
    for (const QString &id : ids) {
        if (!id.isEmpty() && !unique.contains(id))
            unique.append(id);
    }
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
        return plainToolTip(tr("Account id: %1").arg(account.id));
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
