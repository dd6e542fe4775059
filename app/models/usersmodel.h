#pragma once

#include "api/apierror.h"
#include "lookuploader.h"
#include "api/lookupquery.h"
#include "api/userinfo.h"

#include <QAbstractListModel>

class ApiClient;

// The agents a file may belong to (ListUsers), for the UserId filter. ListUsers is refused (403)
// to the Customer role: isForbidden() then tells the picker to take a free-text user id.
class UsersModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1, EmailRole, SearchRole };

    explicit UsersModel(ApiClient *client, QObject *parent = nullptr);
    ~UsersModel() override;

    void load(const LookupQuery &query = {});
    void setUsers(const QList<UserInfo> &users);
    QList<UserInfo> users() const { return m_users; }
    bool isLoading() const { return m_loader.isLoading(); }
    bool isForbidden() const { return m_loader.lastError().kind() == ApiError::Kind::Forbidden; }
    ApiError lastError() const { return m_loader.lastError(); }
    int rowOfId(const QString &id) const;
    // The row whose display text or email address equals text (case-insensitive), else -1.
    int rowOfText(const QString &text) const;
    static QString displayText(const UserInfo &user);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

signals:
    void loaded();
    void loadFailed(const ApiError &error);

private:
    LookupLoader m_loader;
    QList<UserInfo> m_users;
};
