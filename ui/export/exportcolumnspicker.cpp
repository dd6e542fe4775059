#include "exportcolumnspicker.h"

#include "export/filecsvwriter.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
constexpr int kFieldRole = Qt::UserRole + 1;
} // namespace

ExportColumnsPicker::ExportColumnsPicker(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_up(new QPushButton(tr("Up", "move a column up"), this))
    , m_down(new QPushButton(tr("Down", "move a column down"), this))
{
    m_list->setObjectName(QStringLiteral("exportColumns"));
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setUniformItemSizes(true);
    m_up->setObjectName(QStringLiteral("columnUp"));
    m_down->setObjectName(QStringLiteral("columnDown"));
    auto *all = new QPushButton(tr("All", "check every column"), this);
    auto *none = new QPushButton(tr("None", "uncheck every column"), this);
    auto *reset = new QPushButton(tr("Reset", "columns back to every field in order"), this);

    auto *buttons = new QVBoxLayout;
    for (QPushButton *b : {m_up, m_down, all, none, reset})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    connect(all, &QPushButton::clicked, this, [this] { setAllChecked(true); });
    connect(none, &QPushButton::clicked, this, [this] { setAllChecked(false); });
    connect(reset, &QPushButton::clicked, this, [this] {
        setColumns(FileCsvWriter::allColumns());
        emit columnsChanged();
    });
    connect(m_list, &QListWidget::itemChanged, this, &ExportColumnsPicker::columnsChanged);
    connect(m_list->model(), &QAbstractItemModel::rowsMoved, this, &ExportColumnsPicker::columnsChanged);
    connect(m_list, &QListWidget::currentRowChanged, this, &ExportColumnsPicker::updateButtons);
    setColumns(FileCsvWriter::allColumns());
}

void ExportColumnsPicker::setColumns(const QList<FileField> &columns)
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    QList<FileField> order;
    for (FileField f : columns) {
        if (int(f) >= 0 && int(f) < kFileFieldCount && !order.contains(f))
            order << f;
    }
    const int checkedCount = int(order.size());
    for (FileField f : FileCsvWriter::allColumns()) {
        if (!order.contains(f))
            order << f;
    }
    for (int i = 0; i < order.size(); ++i) {
        const FileField f = order.at(i);
        auto *item = new QListWidgetItem(tr("%1  (%2)", "API column name (column title)")
                                             .arg(FileCsvWriter::columnName(f), fileFieldLabel(f)));
        item->setData(kFieldRole, int(f));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemIsDragEnabled);
        item->setCheckState(i < checkedCount ? Qt::Checked : Qt::Unchecked);
        m_list->addItem(item);
    }
    m_list->setMinimumWidth(m_list->sizeHintForColumn(0) + 2 * m_list->frameWidth() + 24);
    updateButtons();
}

QList<FileField> ExportColumnsPicker::columns() const
{
    QList<FileField> out;
    for (int i = 0; i < m_list->count(); ++i) {
        const QListWidgetItem *item = m_list->item(i);
        if (item->checkState() == Qt::Checked)
            out << FileField(item->data(kFieldRole).toInt());
    }
    return out;
}

void ExportColumnsPicker::moveCurrent(int delta)
{
    const int row = m_list->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_list->count())
        return;
    {
        const QSignalBlocker blocker(m_list);
        QListWidgetItem *item = m_list->takeItem(row);
        m_list->insertItem(to, item);
        m_list->setCurrentRow(to);
    }
    updateButtons();
    emit columnsChanged();
}

void ExportColumnsPicker::setAllChecked(bool checked)
{
    {
        const QSignalBlocker blocker(m_list);
        for (int i = 0; i < m_list->count(); ++i)
            m_list->item(i)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
    emit columnsChanged();
}

void ExportColumnsPicker::updateButtons()
{
    const int row = m_list->currentRow();
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row < m_list->count() - 1);
}
