#include "usersmodel.h"

#include "api/apiclient.h"

UsersModel::UsersModel(ApiClient *client, QObject *parent)
    : QAbstractListModel(parent)
    , m_loader(client)
{
    connect(&m_loader, &LookupLoader::loaded, this, &UsersModel::loaded);
    connect(&m_loader, &LookupLoader::failed, this, [this](const ApiError &error) {
        if (!m_users.isEmpty() && isForbidden())
            setUsers({});   // the Customer role: no list, the picker takes a typed id
        emit loadFailed(error);
    });
}

UsersModel::~UsersModel() = default;

void UsersModel::load(const LookupQuery &query)
{
    m_loader.load<UserInfo>(query, &ApiClient::listUsers, [this](const QList<UserInfo> &items) { setUsers(items); });
}

void UsersModel::setUsers(const QList<UserInfo> &users)
{
    QList<UserInfo> sorted = users;
    sortByLookupName(sorted, [](const UserInfo &u) { return u.displayName(); });
    beginResetModel();
    m_users = sorted;
    endResetModel();
}

QString UsersModel::displayText(const UserInfo &user)
{
    const QString name = user.displayName();
    if (!user.emailAddress.isEmpty() && user.emailAddress != name)
        return tr("%1 <%2>", "user name <email address>").arg(name, user.emailAddress);
    return name;
}

int UsersModel::rowOfId(const QString &id) const
{
    for (int i = 0; i < m_users.size(); ++i) {
        if (m_users.at(i).id == id)
            return i;
    }
    return -1;
}

int UsersModel::rowOfText(const QString &text) const
{
    for (int i = 0; i < m_users.size(); ++i) {
        const UserInfo &u = m_users.at(i);
        if (displayText(u).compare(text, Qt::CaseInsensitive) == 0
            || (!u.emailAddress.isEmpty() && u.emailAddress.compare(text, Qt::CaseInsensitive) == 0))
            return i;
    }
    return -1;
}

int UsersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

QVariant UsersModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const UserInfo &user = m_users.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return displayText(user);
    case Qt::ToolTipRole:
        return lookupToolTip(tr("User id: %1").arg(user.id));
    case IdRole:
        return user.id;
    case EmailRole:
        return user.emailAddress;
    case SearchRole:
        return displayText(user) + QLatin1Char(' ') + user.id;
    default:
        return {};
    }
}
