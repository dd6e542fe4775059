#include "checklistpicker.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

CheckListPicker::CheckListPicker(QAbstractItemModel *model, int searchRole, QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_view(new QTreeView(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_status(new QLabel(this))
{
    m_proxy->setSourceModel(model);
    m_proxy->setFilterRole(searchRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setRecursiveFilteringEnabled(true);

    m_search->setClearButtonEnabled(true);
    m_view->setModel(m_proxy);
    m_view->setHeaderHidden(true);
    m_view->setUniformRowHeights(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setMinimumHeight(90);
    m_view->setMaximumHeight(160);
    m_view->header()->setStretchLastSection(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setVisible(false);
    setFocusProxy(m_search);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_search);
    layout->addWidget(m_view);
    layout->addWidget(m_status);

    connect(m_search, &QLineEdit::textChanged, this, &CheckListPicker::applySearch);
    const auto updateDecoration = [this] {
        bool tree = false;
        for (int r = 0; r < m_proxy->rowCount() && !tree; ++r)
            tree = m_proxy->hasChildren(m_proxy->index(r, 0));
        m_view->setRootIsDecorated(tree);
        if (!m_search->text().isEmpty())
            m_view->expandAll();
    };
    connect(m_proxy, &QAbstractItemModel::modelReset, this, updateDecoration);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, updateDecoration);
}

void CheckListPicker::setPlaceholderText(const QString &text)
{
    m_search->setPlaceholderText(text);
    m_view->setAccessibleName(text);
}

void CheckListPicker::setStatusText(const QString &text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void CheckListPicker::setSummary(int checkedCount)
{
    m_view->setToolTip(checkedCount > 0 ? tr("%n selected", nullptr, checkedCount) : QString());
}

void CheckListPicker::applySearch(const QString &text)
{
    m_proxy->setFilterFixedString(text.trimmed());
    if (!text.trimmed().isEmpty())
        m_view->expandAll(); // matching rows may sit deep in the tree
}
