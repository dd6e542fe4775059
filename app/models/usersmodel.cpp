#include "usersmodel.h"

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

UsersModel::UsersModel(ApiClient *client, QObject *parent)
    : QAbstractListModel(parent)
    , m_client(client)
{
}

UsersModel::~UsersModel()
{
    if (m_call)
        m_call->cancel();
}

void UsersModel::load(const LookupQuery &query)
{
    if (m_call)
        m_call->cancel();
    if (!m_client)
        return;
    const int generation = ++m_generation;
    fetchLookupPages<UserInfo>(
        m_client, query, this, &m_call,
        [](ApiClient *c, const LookupQuery &q, QObject *ctx, ApiClient::Callback<ListPage<UserInfo>> cb) {
            return c->listUsers(q, ctx, std::move(cb));
        },
        [this, generation](const QList<UserInfo> &items, const ApiError &error) {
            if (generation != m_generation)
                return;
            m_call.clear();
            m_error = error;
            if (error.isError()) {
                if (!m_users.isEmpty() && isForbidden())
                    setUsers({});
                emit loadFailed(error);
                return;
            }
            setUsers(items);
            emit loaded();
        });
}

void UsersModel::setUsers(const QList<UserInfo> &users)
{
    QList<UserInfo> sorted = users;
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    std::stable_sort(sorted.begin(), sorted.end(), [&](const UserInfo &a, const UserInfo &b) {
        return collator.compare(a.displayName(), b.displayName()) < 0;
    });
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
        return plainToolTip(tr("User id: %1").arg(user.id));
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
