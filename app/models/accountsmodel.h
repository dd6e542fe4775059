#pragma once

#include "api/accountinfo.h"
#include "api/apierror.h"
#include "lookuploader.h"
#include "api/lookupquery.h"

#include <QAbstractListModel>
#include <QStringList>

class ApiClient;

// The accounts a user may filter by (ListAccounts), as a checkable list. The checked ids are the
// model's state; ids checked before the list is loaded (a saved view, a link) stay checked and are
// shown as placeholder rows until the server names them.
class AccountsModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1, SearchRole, LoadedRole };

    explicit AccountsModel(ApiClient *client, QObject *parent = nullptr);
    ~AccountsModel() override;

    void load(const LookupQuery &query = {});   // replaces the list when the answer arrives
    void setAccounts(const QList<AccountInfo> &accounts);
    QList<AccountInfo> accounts() const { return m_accounts; }
    bool isLoading() const { return m_loader.isLoading(); }
    ApiError lastError() const { return m_loader.lastError(); }
    int rowOfId(const QString &id) const;

    QStringList checkedIds() const { return m_checked; }
    void setCheckedIds(const QStringList &ids);   // emits checkedIdsChanged only when it changes

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

signals:
    void checkedIdsChanged();
    void loaded();
    void loadFailed(const ApiError &error);

private:
    void rebuild(const QList<AccountInfo> &accounts);

    LookupLoader m_loader;
    QList<AccountInfo> m_accounts;     // loaded ones, then placeholders for unknown checked ids
    int m_loadedCount = 0;
    QStringList m_checked;
};
