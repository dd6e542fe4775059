#include "customertreemodel.h"

#include "api/apiclient.h"

CustomerTreeModel::CustomerTreeModel(ApiClient *client, QObject *parent)
    : QAbstractItemModel(parent)
    , m_loader(client)
{
    connect(&m_loader, &LookupLoader::loaded, this, &CustomerTreeModel::loaded);
    connect(&m_loader, &LookupLoader::failed, this, &CustomerTreeModel::loadFailed);
}

CustomerTreeModel::~CustomerTreeModel() = default;

void CustomerTreeModel::load(const LookupQuery &query)
{
    m_loader.load<CustomerInfo>(query, &ApiClient::listCustomers,
                                [this](const QList<CustomerInfo> &items) { setCustomers(items); });
}

void CustomerTreeModel::setCustomers(const QList<CustomerInfo> &customers)
{
    beginResetModel();
    m_customers = customers;
    m_loadedCount = int(customers.size());
    rebuild();
    endResetModel();
}

void CustomerTreeModel::rebuild()
{
    m_nodes.clear();
    m_roots.clear();
    m_nodeOfId.clear();
    m_nodes.reserve(m_customers.size() + m_checked.size());
    for (const CustomerInfo &c : std::as_const(m_customers)) {
        if (c.id.isEmpty() || m_nodeOfId.contains(c.id))
            continue;
        m_nodeOfId.insert(c.id, int(m_nodes.size()));
        m_nodes.append(Node{c, -1, 0, {}, false});
    }
    for (const QString &id : std::as_const(m_checked)) {
        if (m_nodeOfId.contains(id))
            continue;
        CustomerInfo info;
        info.id = id;
        info.name = m_placeholderNames.value(id);
        m_nodeOfId.insert(id, int(m_nodes.size()));
        m_nodes.append(Node{info, -1, 0, {}, true});
    }
    // Parents: parentCustomerId, else the breadcrumb's step before this customer. A parent that is
    // not loaded (or a cycle) makes the node a top-level one.
    for (int i = 0; i < m_nodes.size(); ++i) {
        const CustomerInfo &c = m_nodes.at(i).info;
        QString parentId = c.parentCustomerId;
        if (parentId.isEmpty() && c.breadcrumb.size() >= 2 && c.breadcrumb.constLast().id == c.id)
            parentId = c.breadcrumb.at(c.breadcrumb.size() - 2).id;
        int parent = parentId.isEmpty() || parentId == c.id ? -1 : m_nodeOfId.value(parentId, -1);
        for (int p = parent, steps = 0; p >= 0; p = m_nodes.at(p).parent, ++steps) {
            if (p == i || steps > m_nodes.size()) { // a cycle
                parent = -1;
                break;
            }
        }
        m_nodes[i].parent = parent;
        if (parent >= 0)
            m_nodes[parent].children.append(i);
        else
            m_roots.append(i);
    }
    const QCollator collator = lookupCollator();
    const auto nameOf = [this](int node) { return m_nodes.at(node).info.name; };
    const auto order = [&](QVector<int> &list) {
        sortByLookupName(list, nameOf, collator);
        for (int r = 0; r < list.size(); ++r)
            m_nodes[list.at(r)].row = r;
    };
    order(m_roots);
    for (Node &n : m_nodes)
        order(n.children);
}

QModelIndex CustomerTreeModel::indexOfId(const QString &id) const
{
    const int n = m_nodeOfId.value(id, -1);
    return n < 0 ? QModelIndex() : createIndex(m_nodes.at(n).row, 0, quintptr(n));
}

void CustomerTreeModel::setCheckedIds(const QStringList &ids)
{
    const QStringList unique = distinctLookupIds(ids);
    if (unique == m_checked)
        return;
    beginResetModel();
    m_checked = unique;
    rebuild();
    endResetModel();
    emit checkedIdsChanged();
}

void CustomerTreeModel::checkOnly(const QString &id, const QString &name)
{
    if (!name.isEmpty())
        m_placeholderNames.insert(id, name);
    if (m_checked == QStringList{id}) {
        beginResetModel();  // the placeholder's name may have changed
        rebuild();
        endResetModel();
        return;
    }
    setCheckedIds({id});
}

const CustomerTreeModel::Node *CustomerTreeModel::nodeOf(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    const auto n = int(index.internalId());
    return n >= 0 && n < m_nodes.size() ? &m_nodes.at(n) : nullptr;
}

QModelIndex CustomerTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    const QVector<int> &list = parent.isValid() ? nodeOf(parent)->children : m_roots;
    if (row >= list.size())
        return {};
    return createIndex(row, 0, quintptr(list.at(row)));
}

QModelIndex CustomerTreeModel::parent(const QModelIndex &child) const
{
    const Node *node = nodeOf(child);
    if (!node || node->parent < 0)
        return {};
    return createIndex(m_nodes.at(node->parent).row, 0, quintptr(node->parent));
}

int CustomerTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_roots.size());
    if (parent.column() != 0)
        return 0;
    const Node *node = nodeOf(parent);
    return node ? int(node->children.size()) : 0;
}

int CustomerTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant CustomerTreeModel::data(const QModelIndex &index, int role) const
{
    const Node *node = nodeOf(index);
    if (!node)
        return {};
    const CustomerInfo &c = node->info;
    QStringList path;
    for (const CustomerCrumb &crumb : c.breadcrumb)
        path.append(crumb.name);
    switch (role) {
    case Qt::DisplayRole:
        if (node->placeholder)
            return c.name.isEmpty() ? tr("%1 (not loaded)").arg(c.id) : tr("%1 (not loaded)").arg(c.name);
        return c.name.isEmpty() ? c.id : c.name;
    case Qt::ToolTipRole:
        if (node->placeholder)
            return lookupToolTip(tr("Customer id: %1").arg(c.id));
        return lookupToolTip(tr("%1\nAccount: %2\nCustomer id: %3")
            .arg(path.isEmpty() ? c.name : path.join(QStringLiteral(" \u203a ")), c.accountName, c.id));
    case Qt::CheckStateRole:
        return m_checked.contains(c.id) ? Qt::Checked : Qt::Unchecked;
    case IdRole:
        return c.id;
    case SearchRole:
        return QStringList{c.name, c.id, c.referenceId}.join(QLatin1Char(' '));
    case BreadcrumbRole:
        return path.join(QStringLiteral(" \u203a "));
    case AccountIdRole:
        return c.accountId;
    case LoadedRole:
        return !node->placeholder;
    default:
        return {};
    }
}

bool CustomerTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Node *node = nodeOf(index);
    if (role != Qt::CheckStateRole || !node)
        return false;
    const QString id = node->info.id;
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

Qt::ItemFlags CustomerTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
}
