#include "filesmodel.h"

#include "filescolumns.h"
#include "filesstatustext.h"

#include <QColor>

namespace {
const QVariant kPlaceholderColor = QColor(Qt::gray);
}

FilesModel::FilesModel(ApiClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_loader(client, m_cache)
    , m_loadingText(tr("Loading…", "placeholder of a row not loaded yet"))
    , m_notLoadedText(tr("Not loaded", "placeholder of a row whose page failed to load"))
{
    m_loader.setPrefetchRows(kDefaultPageSize / 4);
    m_prefetchTimer.setSingleShot(true);
    m_prefetchTimer.setInterval(kPrefetchDelayMs);
    connect(&m_prefetchTimer, &QTimer::timeout, this, &FilesModel::prefetch);
    connect(&m_loader, &FilesPageLoader::pageLoaded, this, &FilesModel::onPageLoaded);
    connect(&m_loader, &FilesPageLoader::pageFailed, this, &FilesModel::onPageFailed);
}

FilesModel::~FilesModel()
{
    m_loader.cancelAll();
}

void FilesModel::setQuery(const FileQuery &query)
{
    if (m_query.setQuery(query))
        emit sortChanged(m_query.sortColumn(), m_query.sortOrder());
    startQuery();
}

void FilesModel::sort(int column, Qt::SortOrder order)
{
    if (!m_query.setSort(column, order))
        return;  // the same sort, or the server cannot sort by it: nothing happens
    emit sortChanged(m_query.sortColumn(), m_query.sortOrder());
    if (m_active)
        startQuery();
}

void FilesModel::startQuery()
{
    m_loader.start(m_query.wireQuery());
    resetRows(true);
    requestPage(0);
}

void FilesModel::clear()
{
    m_loader.stop();
    resetRows(false);
    updateLoading();
}

// A model reset to no rows; the loader has already begun its new generation.
void FilesModel::resetRows(bool active)
{
    beginResetModel();
    if (active) {
        m_appendMode = m_query.query().simplifiedPaging;
        m_queryPageSize = m_loader.pageSize();
    }
    m_prefetchTimer.stop();
    m_cache.clear();
    m_texts.clear();
    m_rows.clear();
    m_rowCount = 0;
    m_nextPage = 0;
    m_hasMore = false;
    m_active = active;
    const qint64 oldTotal = m_total;
    m_total = -1;
    endResetModel();
    clearError();
    if (oldTotal != -1)
        emit totalChanged(-1);
}

void FilesModel::refresh()
{
    if (!m_active)
        return;
    if (m_appendMode || m_rowCount == 0) {
        startQuery();
        return;
    }
    // Keep the rows, the selection and the scroll position: the pages on screen stay (stale)
    // until their new reply replaces them, and stay on screen if it fails; pages off screen are
    // dropped (they would be out of date when scrolled back to).
    QSet<int> stale;
    QList<int> dropped;
    for (int p : m_cache.pages()) {
        if (m_loader.isWanted(p))
            stale.insert(p);
        else
            dropped.append(p);
    }
    for (int p : dropped) {
        m_cache.remove(p);
        emitPageChanged(p);  // back to placeholders
    }
    m_loader.reload(stale);
    m_texts.clear();
    clearError();
    m_loader.loadWindow();
    updateLoading();
}

void FilesModel::retry()
{
    if (!m_active)
        return;
    const QSet<int> failed = m_loader.takeFailed();
    clearError();
    if (m_appendMode || m_rowCount == 0) {
        if (!failed.isEmpty())
            requestPage(m_appendMode ? m_nextPage : 0);
        return;
    }
    for (int p : failed) {
        if (p * m_queryPageSize >= m_rowCount)
            continue;
        if (m_loader.isWanted(p))
            requestPage(p);
        emitPageChanged(p);  // "Not loaded" becomes "Loading…" (or stays a placeholder until scrolled to)
    }
    setVisibleRange(m_loader.firstRow(), m_loader.lastRow());
}

void FilesModel::setVisibleRange(int first, int last)
{
    if (first < 0 || last < first)
        return;
    if (!m_active || m_rowCount == 0) {
        if (m_active && m_appendMode && canFetchMore(QModelIndex()))
            fetchMore(QModelIndex());
        return;
    }
    first = qMin(first, m_rowCount - 1);
    last = qMin(last, m_rowCount - 1);
    m_loader.setWindow(first, last);
    if (m_appendMode) {
        if (last >= m_rowCount - 1 - m_loader.prefetchRows() && canFetchMore(QModelIndex()))
            fetchMore(QModelIndex());
        return;
    }
    m_loader.loadWindow();
    const auto [p0, p1] = m_loader.visiblePages();
    for (int p = p0; p <= p1; ++p)
        m_cache.touch(p);
    updateLoading();
    if (m_loader.prefetchRows() > 0)
        m_prefetchTimer.start();
}

void FilesModel::prefetch()
{
    if (!m_active || m_appendMode)
        return;
    m_loader.prefetch(m_rowCount);
    updateLoading();
}

void FilesModel::requestPage(int page)
{
    m_loader.request(page, m_appendMode);
    updateLoading();
}

void FilesModel::onPageFailed(int page, const ApiError &error)
{
    m_lastError = error;
    updateLoading();
    if (!m_appendMode)
        emitPageChanged(page);
    emit errorOccurred(error);
}

void FilesModel::onPageLoaded(int page, const ListPage<FileInfo> &result)
{
    if (!m_loader.hasFailed())
        clearError();
    const int before = m_rowCount;
    if (m_appendMode || (!result.totalsKnown() && m_rowCount == 0 && page == 0)) {
        m_appendMode = true;
        onAppendPage(page, result);
        updateLoading();
        if (m_rowCount > before)
            emit pageLoaded(before, m_rowCount - 1);
        return;
    }
    onTotalsPage(page, result);
    updateLoading();
    const int first = page * m_queryPageSize;
    const int last = qMin(first + m_queryPageSize, m_rowCount) - 1;
    if (first <= last)
        emit pageLoaded(first, last);
}

void FilesModel::onAppendPage(int page, const ListPage<FileInfo> &result)
{
    m_nextPage = page + 1;
    m_hasMore = !result.items.isEmpty() && (result.hasMorePages || result.items.size() >= m_queryPageSize);
    if (result.items.isEmpty())
        return;
    beginInsertRows(QModelIndex(), m_rowCount, m_rowCount + int(result.items.size()) - 1);
    m_rows += result.items;
    m_rowCount = int(m_rows.size());
    endInsertRows();
}

void FilesModel::onTotalsPage(int page, const ListPage<FileInfo> &result)
{
    m_cache.insert(page, result.items);
    m_texts.clear();  // this page's rows, evicted ones, or rows that a new total removes
    if (result.totalsKnown())
        applyTotal(result.totalCount);
    for (int p : m_cache.evict([this](int q) { return m_loader.isWanted(q); }))
        emitPageChanged(p);  // back to placeholders
    emitPageChanged(page);
    if (m_loader.prefetchRows() > 0 && m_loader.hasWindow())
        m_prefetchTimer.start();
}

void FilesModel::applyTotal(int total)
{
    if (total < 0)
        return;
    if (total > m_rowCount) {
        beginInsertRows(QModelIndex(), m_rowCount, total - 1);
        m_rowCount = total;
        endInsertRows();
    } else if (total < m_rowCount) {
        beginRemoveRows(QModelIndex(), total, m_rowCount - 1);
        m_rowCount = total;
        m_cache.removeFrom((total + m_queryPageSize - 1) / m_queryPageSize);
        m_loader.clampWindow(total);
        endRemoveRows();
    }
    if (m_total != total) {
        m_total = total;
        emit totalChanged(total);
    }
}

bool FilesModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_active && m_appendMode && m_hasMore && !m_loader.hasPending()
        && !m_loader.hasFailed();
}

void FilesModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        requestPage(m_nextPage);
}

void FilesModel::clearError()
{
    if (!m_lastError.isError())
        return;
    m_lastError = ApiError();
    emit errorCleared();
}

void FilesModel::updateLoading()
{
    const bool loading = m_loader.hasPending();
    if (loading == m_loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

// The rows of a page changed (arrived, evicted, failed, retried): one dataChanged for them.
void FilesModel::emitPageChanged(int page)
{
    const int first = page * m_queryPageSize;
    if (first < m_rowCount)
        emit dataChanged(index(first, 0), index(qMin(first + m_queryPageSize, m_rowCount) - 1, kFileFieldCount - 1));
}

void FilesModel::setPlaceholderColumn(int column)
{
    if (column < 0 || column >= kFileFieldCount || column == m_placeholderColumn)
        return;
    const int old = std::exchange(m_placeholderColumn, column);
    if (m_rowCount == 0 || m_appendMode)
        return;
    emit dataChanged(index(0, old), index(m_rowCount - 1, old), {Qt::DisplayRole});
    emit dataChanged(index(0, column), index(m_rowCount - 1, column), {Qt::DisplayRole});
}

const FileInfo *FilesModel::recordAt(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return nullptr;
    if (m_appendMode)
        return row < m_rows.size() ? &m_rows.at(row) : nullptr;
    return m_cache.file(row, m_queryPageSize);
}

int FilesModel::rowOfId(const QString &id) const
{
    if (id.isEmpty())
        return -1;
    if (!m_appendMode) {
        const int row = m_cache.rowOfId(id, m_queryPageSize);
        return row < m_rowCount ? row : -1;
    }
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id() == id)
            return i;
    }
    return -1;
}

FilesSelection FilesModel::selection(const QList<FileRowRange> &ranges) const
{
    if (!m_active)
        return FilesSelection();
    const qint64 total = m_total >= 0 ? m_total : (isComplete() ? m_rowCount : -1);
    return FilesSelection(wireQuery(), m_rowCount, total, ranges);
}

int FilesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int FilesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : kFileFieldCount;
}

QVariant FilesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rowCount || index.column() >= kFileFieldCount)
        return {};
    const FileField field = FileField(index.column());
    const FileInfo *file = recordAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (file) {
            if (const QString *text = m_texts.find(index.row(), index.column()))
                return *text;
            const QString text = m_formatter.display(*file, field);
            m_texts.store(index.row(), index.column(), text);
            return text;
        }
        return placeholder(index.row(), index.column());
    case Qt::ToolTipRole:
        return file ? QVariant(m_formatter.toolTip(*file, field)) : QVariant();
    case Qt::ForegroundRole:
        return file ? QVariant() : kPlaceholderColor;
    case Qt::TextAlignmentRole:
        if (file && FilesColumns::isNumeric(field))
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case FileRole:
        return QVariant::fromValue(file ? *file : FileInfo());
    case RawValueRole:
        return file ? file->value(field) : QVariant();
    case LoadedRole:
        return file != nullptr;
    default:
        return {};
    }
}

// The text of a cell whose row is not loaded: in one column only, the others stay empty.
QVariant FilesModel::placeholder(int row, int column) const
{
    if (m_appendMode)
        return {};
    const int page = row / m_queryPageSize;
    if (column != m_placeholderColumn || m_cache.contains(page))
        return QString();  // (a page held but shorter than the total promised: empty too)
    return m_loader.isFailed(page) ? m_notLoadedText : m_loadingText;
}

void FilesModel::retranslate()
{
    m_loadingText = tr("Loading…", "placeholder of a row not loaded yet");
    m_notLoadedText = tr("Not loaded", "placeholder of a row whose page failed to load");
    m_formatter.setLocale(QLocale());
    m_texts.clear();
    emit headerDataChanged(Qt::Horizontal, 0, kFileFieldCount - 1);
    if (m_rowCount > 0)
        emit dataChanged(index(0, 0), index(m_rowCount - 1, kFileFieldCount - 1));
}

QVariant FilesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return orientation == Qt::Horizontal ? FilesColumns::headerData(section, role) : QVariant();
}

Qt::ItemFlags FilesModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QString FilesModel::statusText(int firstVisibleRow, int lastVisibleRow) const
{
    FilesStatusText::State state;
    state.active = m_active;
    state.loading = m_loading;
    state.failed = m_lastError.isError();
    state.appending = m_appendMode;
    state.hasMore = m_hasMore;
    state.rowCount = m_rowCount;
    state.total = m_total;
    state.pageSize = m_queryPageSize;
    return FilesStatusText::text(state, firstVisibleRow, lastVisibleRow, m_formatter.locale());
}
