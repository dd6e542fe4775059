#pragma once

#include "api/apierror.h"
#include "api/customerinfo.h"
#include "lookuploader.h"
#include "api/lookupquery.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QStringList>
#include <QVector>

class ApiClient;

// The customers (ListCustomers) as a tree: each customer under its parent (parentCustomerId, else
// the breadcrumb's previous step), checkable for the CustomerIds filter. Checked ids that are not
// loaded (a link, "filter by this customer" before the tree arrived) appear as top-level
// placeholder rows named as the caller said, and become real rows when the server names them.
class CustomerTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1, SearchRole, BreadcrumbRole, AccountIdRole, LoadedRole };

    explicit CustomerTreeModel(ApiClient *client, QObject *parent = nullptr);
    ~CustomerTreeModel() override;

    void load(const LookupQuery &query = {});
    void setCustomers(const QList<CustomerInfo> &customers);
    bool isLoading() const { return m_loader.isLoading(); }
    ApiError lastError() const { return m_loader.lastError(); }
    int customerCount() const { return m_loadedCount; }
    QModelIndex indexOfId(const QString &id) const;

    QStringList checkedIds() const { return m_checked; }
    void setCheckedIds(const QStringList &ids);
    // Checks exactly this customer; name labels its placeholder row when it is not loaded.
    void checkOnly(const QString &id, const QString &name);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

signals:
    void checkedIdsChanged();
    void loaded();
    void loadFailed(const ApiError &error);

private:
    struct Node
    {
        CustomerInfo info;
        int parent = -1;          // index in m_nodes, -1 = top level
        int row = 0;              // row under its parent
        QVector<int> children;
        bool placeholder = false;
    };

    void rebuild();
    const Node *nodeOf(const QModelIndex &index) const;

    LookupLoader m_loader;
    QList<CustomerInfo> m_customers;     // as loaded
    int m_loadedCount = 0;
    QVector<Node> m_nodes;
    QVector<int> m_roots;
    QHash<QString, int> m_nodeOfId;
    QStringList m_checked;
    QHash<QString, QString> m_placeholderNames;
};
