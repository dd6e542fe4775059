#include "filesheadermenu.h"

#include <QAbstractItemModel>
#include <QHeaderView>

FilesHeaderMenu::FilesHeaderMenu(QHeaderView *header, QWidget *parent)
    : QMenu(parent)
    , m_header(header)
{
    setTitle(tr("Columns"));
    rebuild();
}

void FilesHeaderMenu::rebuild()
{
    clear();
    QAbstractItemModel *model = m_header->model();
    if (!model)
        return;
    const int count = m_header->count();
    int visible = 0;
    for (int i = 0; i < count; ++i)
        visible += m_header->isSectionHidden(i) ? 0 : 1;
    // In the on-screen order first, then the hidden ones in the model's order.
    QList<int> order;
    for (int v = 0; v < count; ++v) {
        const int logical = m_header->logicalIndex(v);
        if (!m_header->isSectionHidden(logical))
            order.append(logical);
    }
    for (int i = 0; i < count; ++i) {
        if (m_header->isSectionHidden(i))
            order.append(i);
    }
    for (const int logical : order) {
        const QString label = model->headerData(logical, Qt::Horizontal, Qt::DisplayRole).toString();
        QAction *action = addAction(label);
        action->setCheckable(true);
        action->setChecked(!m_header->isSectionHidden(logical));
        action->setEnabled(!(action->isChecked() && visible <= 1));
        connect(action, &QAction::toggled, this, [this, logical](bool on) {
            m_header->setSectionHidden(logical, !on);
            if (on && m_header->sectionSize(logical) < 20)
                m_header->resizeSection(logical, m_header->defaultSectionSize());
            emit columnsChanged();
        });
    }
    addSeparator();
    connect(addAction(tr("Reset Columns")), &QAction::triggered, this, &FilesHeaderMenu::resetRequested);
}
