#include "filesview.h"

#include "filesheadermenu.h"
#include "models/filescolumns.h"
#include "filesitemdelegate.h"
#include "models/filesmodel.h"

#include <QEvent>
#include <QAction>
#include <QDataStream>
#include <QHeaderView>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QScrollBar>
#include <QToolTip>

FilesView::FilesView(QWidget *parent)
    : QTreeView(parent)
{
    setUniformRowHeights(true);
    setRootIsDecorated(false);
    setItemsExpandable(false);
    setExpandsOnDoubleClick(false);
    setAllColumnsShowFocus(true);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSortingEnabled(false);  // sorting is the server's: see onSortIndicatorChanged()
    setItemDelegate(new FilesItemDelegate(this));

    QHeaderView *h = header();
    h->setSectionsMovable(true);
    h->setFirstSectionMovable(true);
    h->setSectionsClickable(true);
    h->setSortIndicatorShown(true);
    h->setSortIndicator(-1, Qt::DescendingOrder);
    h->setStretchLastSection(true);
    h->setSectionResizeMode(QHeaderView::Interactive);
    h->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(h, &QHeaderView::customContextMenuRequested, this,
            [this](const QPoint &pos) { showColumnsMenu(header()->viewport()->mapToGlobal(pos)); });
    connect(h, &QHeaderView::sortIndicatorChanged, this, &FilesView::onSortIndicatorChanged);
    connect(h, &QHeaderView::sectionMoved, this, &FilesView::updatePlaceholderColumn);

    m_columnsAction = new QAction(this);
    m_columnsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));   // fixed: not translated
    retranslate();
    m_columnsAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_columnsAction, &QAction::triggered, this,
            [this] { showColumnsMenu(header()->mapToGlobal(QPoint(0, header()->height()))); });
    addAction(m_columnsAction);

    m_rangeTimer.setSingleShot(true);
    connect(&m_rangeTimer, &QTimer::timeout, this, &FilesView::reportVisibleRange);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, [this] {
        scheduleRangeUpdate(verticalScrollBar()->isSliderDown() ? kDragDebounceMs : 0);
    });
    connect(verticalScrollBar(), &QScrollBar::sliderReleased, this, [this] { scheduleRangeUpdate(0); });
}

FilesView::~FilesView() = default;

void FilesView::setFilesModel(FilesModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    setModel(model);
    m_lastRange = {-1, -1};
    if (!model)
        return;
    auto structureChanged = [this] {
        m_lastRange = {-1, -1};
        scheduleRangeUpdate(0);
    };
    connect(model, &QAbstractItemModel::rowsInserted, this, structureChanged);
    connect(model, &QAbstractItemModel::rowsRemoved, this, structureChanged);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &FilesView::updateSelectedCount);
    connect(model, &QAbstractItemModel::modelReset, this, structureChanged);
    connect(model, &FilesModel::sortChanged, this, &FilesView::syncSortIndicator);
    resetColumns();
    if (!m_pendingState.isEmpty())
        applyState(std::exchange(m_pendingState, QByteArray()));
    syncSortIndicator();
    scheduleRangeUpdate(0);
    updateSelectedCount();
}

// ---- columns and state ---------------------------------------------------------------------

void FilesView::resetColumns()
{
    QHeaderView *h = header();
    if (!model() || h->count() == 0)
        return;
    for (int i = 0; i < h->count(); ++i) {
        h->moveSection(h->visualIndex(i), i);
        h->setSectionHidden(i, true);
    }
    const int em = fontMetrics().averageCharWidth();
    // First: Qt 6's setDefaultSectionSize() resizes every visible section to the new default,
    // which, done after the loop, threw the per-column widths away (all columns came out equal).
    h->setDefaultSectionSize(16 * em + 16);
    int visual = 0;
    for (const FilesColumns::DefaultColumn &c : FilesColumns::defaultColumns()) {
        const int logical = int(c.field);
        h->moveSection(h->visualIndex(logical), visual++);
        h->setSectionHidden(logical, false);
        h->resizeSection(logical, c.widthChars * em + 16);
    }
    updatePlaceholderColumn();
}

// "Loading…" shows in the first visible column only: tell the model which one that is.
void FilesView::updatePlaceholderColumn()
{
    const QHeaderView *h = header();
    for (int visual = 0; m_model && visual < h->count(); ++visual) {
        const int logical = h->logicalIndex(visual);
        if (!h->isSectionHidden(logical)) {
            m_model->setPlaceholderColumn(logical);
            return;
        }
    }
}

QByteArray FilesView::saveState() const
{
    QByteArray out;
    QDataStream s(&out, QIODevice::WriteOnly);
    s.setVersion(QDataStream::Qt_6_4);
    const int sortColumn = m_model ? m_model->sortColumn() : header()->sortIndicatorSection();
    const Qt::SortOrder order = m_model ? m_model->sortOrder() : header()->sortIndicatorOrder();
    s << kStateMagic << kStateVersion << qint32(kFileFieldCount) << header()->saveState()
      << qint32(sortColumn) << qint32(order);
    return out;
}

bool FilesView::restoreState(const QByteArray &state)
{
    QDataStream s(state);
    s.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    quint8 version = 0;
    qint32 columns = 0;
    s >> magic >> version >> columns;
    if (s.status() != QDataStream::Ok || magic != kStateMagic || version != kStateVersion || columns != kFileFieldCount)
        return false;
    if (!m_model) {
        m_pendingState = state;
        return true;
    }
    return applyState(state);
}

bool FilesView::applyState(const QByteArray &state)
{
    QDataStream s(state);
    s.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    quint8 version = 0;
    qint32 columns = 0, sortColumn = -1, order = 0;
    QByteArray headerState;
    s >> magic >> version >> columns >> headerState >> sortColumn >> order;
    if (s.status() != QDataStream::Ok || !header()->restoreState(headerState)) {
        resetColumns();
        return false;
    }
    bool anyVisible = false;
    for (int i = 0; i < header()->count(); ++i)
        anyVisible = anyVisible || !header()->isSectionHidden(i);
    if (!anyVisible)
        resetColumns();
    updatePlaceholderColumn();
    if (m_model) {
        if (sortColumn >= 0 && sortColumn < kFileFieldCount)
            m_model->sort(sortColumn, order == Qt::DescendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder);
        else
            m_model->sort(-1, Qt::AscendingOrder);
    }
    syncSortIndicator();
    return true;
}

FilesHeaderMenu *FilesView::createColumnsMenu(QWidget *parent)
{
    auto *menu = new FilesHeaderMenu(header(), parent);
    connect(menu, &FilesHeaderMenu::resetRequested, this, &FilesView::resetColumns);
    connect(menu, &FilesHeaderMenu::columnsChanged, this, &FilesView::updatePlaceholderColumn);
    return menu;
}

void FilesView::showColumnsMenu(const QPoint &globalPos)
{
    FilesHeaderMenu *menu = createColumnsMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(globalPos);
    if (!menu->actions().isEmpty())
        menu->setActiveAction(menu->actions().constFirst());
}

// ---- sorting -------------------------------------------------------------------------------

void FilesView::onSortIndicatorChanged(int section, Qt::SortOrder order)
{
    if (m_syncingSort || !m_model)
        return;
    if (!m_model->headerData(section, Qt::Horizontal, Qt::UserRole).toBool()) {
        syncSortIndicator();  // the server cannot sort by it: keep the old indicator
        return;
    }
    m_model->sort(section, order);
}

void FilesView::syncSortIndicator()
{
    if (!m_model)
        return;
    m_syncingSort = true;
    header()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    m_syncingSort = false;
}

// ---- visible range -------------------------------------------------------------------------

QPair<int, int> FilesView::visibleRows() const
{
    if (!model() || model()->rowCount() == 0)
        return {-1, -1};
    const QModelIndex top = indexAt(QPoint(1, 1));
    if (!top.isValid())
        return {-1, -1};
    const QModelIndex bottom = indexAt(QPoint(1, viewport()->height() - 2));
    return {top.row(), bottom.isValid() ? bottom.row() : model()->rowCount() - 1};
}

void FilesView::scheduleRangeUpdate(int delayMs)
{
    if (delayMs <= 0 && m_rangeTimer.isActive() && m_rangeTimer.interval() == 0)
        return;
    m_rangeTimer.start(delayMs);
}

void FilesView::reportVisibleRange()
{
    if (verticalScrollBar()->isSliderDown() && m_rangeTimer.interval() == 0) {
        m_rangeTimer.start(kDragDebounceMs);
        return;
    }
    const QPair<int, int> range = visibleRows();
    if (range.first < 0 || range == m_lastRange)
        return;
    m_lastRange = range;
    if (m_model)
        m_model->setVisibleRange(range.first, range.second);
    emit visibleRangeChanged(range.first, range.second);
}

void FilesView::resizeEvent(QResizeEvent *event)
{
    QTreeView::resizeEvent(event);
    scheduleRangeUpdate(0);
}

// ---- current file --------------------------------------------------------------------------

FileInfo FilesView::currentFile() const
{
    const QModelIndex current = currentIndex();
    return m_model && current.isValid() ? m_model->fileAt(current.row()) : FileInfo();
}

void FilesView::updateCurrentFile()
{
    const QModelIndex current = currentIndex();
    const FileInfo file = currentFile();
    const int row = current.isValid() ? current.row() : -1;
    const QString id = file.isNull() ? QString() : file.id();
    if (row == m_currentRow && id == m_currentId)
        return;
    m_currentRow = row;
    m_currentId = id;
    emit currentFileChanged(file);
}

void FilesView::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    QTreeView::currentChanged(current, previous);
    updateCurrentFile();
}

void FilesView::dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles)
{
    QTreeView::dataChanged(topLeft, bottomRight, roles);
    const QModelIndex current = currentIndex();
    if (current.isValid() && current.row() >= topLeft.row() && current.row() <= bottomRight.row())
        updateCurrentFile();
}

void FilesView::reset()
{
    QTreeView::reset();
    m_lastRange = {-1, -1};
    updateSelectedCount();  // the selection model clears itself without a signal
    if (m_currentRow >= 0 || !m_currentId.isEmpty()) {
        m_currentRow = -1;
        m_currentId.clear();
        emit currentFileChanged(FileInfo());
    }
}

// ---- selection -----------------------------------------------------------------------------

QList<FileRowRange> FilesView::selectedRowRanges() const
{
    QList<FileRowRange> ranges;
    if (!selectionModel() || !model())
        return ranges;
    const QItemSelection selection = selectionModel()->selection();
    ranges.reserve(selection.size());
    for (const QItemSelectionRange &r : selection) {
        if (r.isValid() && !r.parent().isValid())
            ranges.append({r.top(), r.bottom()});
    }
    return FilesSelection::normalized(ranges, model()->rowCount());
}

FilesSelection FilesView::selectedFiles() const
{
    return m_model ? m_model->selection(selectedRowRanges()) : FilesSelection();
}

bool FilesView::isAllSelected() const
{
    return m_model && m_model->isComplete() && m_selectedCount > 0 && m_selectedCount == m_model->rowCount();
}

void FilesView::selectAll()
{
    if (!selectionModel() || !model() || model()->rowCount() == 0 || selectionMode() == NoSelection
        || selectionMode() == SingleSelection)
        return;
    const QItemSelection all(model()->index(0, 0), model()->index(model()->rowCount() - 1, model()->columnCount() - 1));
    selectionModel()->select(all, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void FilesView::selectionChanged(const QItemSelection &selected, const QItemSelection &deselected)
{
    QTreeView::selectionChanged(selected, deselected);
    updateSelectedCount();
}

void FilesView::updateSelectedCount()
{
    int count = 0;
    for (const FileRowRange &r : selectedRowRanges())
        count += r.count();
    if (count == m_selectedCount)
        return;
    m_selectedCount = count;
    emit selectedCountChanged(count);
}

// ---- keys and tooltips ---------------------------------------------------------------------

void FilesView::keyPressEvent(QKeyEvent *event)
{
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    if ((event->key() == Qt::Key_J || event->key() == Qt::Key_K) && (mods & ~Qt::ShiftModifier) == 0) {
        QKeyEvent arrow(QEvent::KeyPress, event->key() == Qt::Key_J ? Qt::Key_Down : Qt::Key_Up, mods);
        QTreeView::keyPressEvent(&arrow);
        event->setAccepted(arrow.isAccepted());
        return;
    }
    QTreeView::keyPressEvent(event);
}

void FilesView::keyboardSearch(const QString &search)
{
    Q_UNUSED(search);
}

QString FilesView::toolTipMarkup(const QString &plainText)
{
    return QStringLiteral("<p style='white-space:pre-wrap'>") + plainText.toHtmlEscaped() + QStringLiteral("</p>");
}

bool FilesView::viewportEvent(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QTreeView::viewportEvent(event);
    const auto *help = static_cast<QHelpEvent *>(event);
    const QModelIndex index = indexAt(help->pos());
    const QString tip = index.isValid() ? index.data(Qt::ToolTipRole).toString() : QString();
    if (tip.isEmpty()) {
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    // Only when the cell does not already show all of it (elided, or a shorter form).
    const QRect rect = visualRect(index);
    const QString shown = index.data(Qt::DisplayRole).toString();
    const int iconSpace = index.column() == int(FileField::Type) ? 22 : 0;
    if (shown == tip && fontMetrics().horizontalAdvance(shown) + 12 + iconSpace <= rect.width()) {
        QToolTip::hideText();
        return true;
    }
    // Escaped markup: a file name such as "<b>x</b>" must show as typed, never as rich text.
    QToolTip::showText(help->globalPos(), toolTipMarkup(tip), viewport(), rect);
    return true;
}

void FilesView::retranslate()
{
    m_columnsAction->setText(tr("Choose Columns…"));
}

void FilesView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QTreeView::changeEvent(event);
}
