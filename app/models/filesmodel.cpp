#include "filesmodel.h"

#include "apiclient.h"
#include "filescolumns.h"

#include <QColor>

namespace {
const QVariant kPlaceholderColor = QColor(Qt::gray);
}

FilesModel::FilesModel(ApiClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
    , m_loadingText(tr("Loading…", "placeholder of a row not loaded yet"))
    , m_notLoadedText(tr("Not loaded", "placeholder of a row whose page failed to load"))
{
    m_prefetchTimer.setSingleShot(true);
    m_prefetchTimer.setInterval(kPrefetchDelayMs);
    connect(&m_prefetchTimer, &QTimer::timeout, this, &FilesModel::prefetch);
}

FilesModel::~FilesModel()
{
    cancelPending(true);
}

// ---- queries -------------------------------------------------------------------------------

void FilesModel::setQuery(const FileQuery &query)
{
    m_query = query;
    if (!query.sortField.isEmpty()) {
        const FileField field = fileFieldFromApiName(query.sortField);
        m_sortColumn = field == FileField::Count ? -1 : int(field);
        m_sortOrder = query.sortOrder == FileQuery::SortOrder::Descend ? Qt::DescendingOrder : Qt::AscendingOrder;
        emit sortChanged(m_sortColumn, m_sortOrder);
    } else if (m_sortColumn >= 0) {
        m_query.sortField = fileFieldApiName(FileField(m_sortColumn));
        m_query.sortOrder = m_sortOrder == Qt::DescendingOrder ? FileQuery::SortOrder::Descend
                                                               : FileQuery::SortOrder::Ascend;
    }
    startQuery();
}

void FilesModel::sort(int column, Qt::SortOrder order)
{
    if (column >= kFileFieldCount || (column >= 0 && !fileFieldSortable(FileField(column))))
        return;  // the server cannot sort by it: nothing happens
    if (column < 0)
        column = -1;
    if (column == m_sortColumn && (column < 0 || order == m_sortOrder))
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    if (column < 0) {
        m_query.sortField.clear();
        m_query.sortOrder = FileQuery::SortOrder::Unset;
    } else {
        m_query.sortField = fileFieldApiName(FileField(column));
        m_query.sortOrder = order == Qt::DescendingOrder ? FileQuery::SortOrder::Descend : FileQuery::SortOrder::Ascend;
    }
    emit sortChanged(m_sortColumn, m_sortOrder);
    if (m_active)
        startQuery();
}

void FilesModel::startQuery()
{
    beginResetModel();
    cancelPending(true);
    ++m_generation;
    m_prefetchTimer.stop();
    m_cache.clear();
    m_texts.clear();
    m_rows.clear();
    m_failed.clear();
    m_rowCount = 0;
    m_visibleFirst = m_visibleLast = -1;
    m_nextPage = 0;
    m_hasMore = false;
    m_appendMode = m_query.simplifiedPaging;
    m_queryPageSize = m_pageSize;
    m_active = true;
    const qint64 oldTotal = m_total;
    m_total = -1;
    endResetModel();
    clearError();
    if (oldTotal != -1)
        emit totalChanged(-1);
    requestPage(0);
}

void FilesModel::clear()
{
    beginResetModel();
    cancelPending(true);
    ++m_generation;
    m_prefetchTimer.stop();
    m_cache.clear();
    m_texts.clear();
    m_rows.clear();
    m_failed.clear();
    m_rowCount = 0;
    m_visibleFirst = m_visibleLast = -1;
    m_hasMore = false;
    m_active = false;
    const qint64 oldTotal = m_total;
    m_total = -1;
    endResetModel();
    clearError();
    if (oldTotal != -1)
        emit totalChanged(-1);
    updateLoading();
}

void FilesModel::refresh()
{
    if (!m_active)
        return;
    if (m_appendMode || m_rowCount == 0) {
        startQuery();
        return;
    }
    // Keep the rows (and the scroll position); drop what is cached and load the visible pages again.
    cancelPending(true);
    ++m_generation;
    m_cache.clear();
    m_texts.clear();
    m_failed.clear();
    clearError();
    emit dataChanged(index(0, 0), index(m_rowCount - 1, kFileFieldCount - 1));
    const auto [p0, p1] = visiblePages();
    for (int p = p0; p <= p1; ++p)
        requestPage(p);
}

void FilesModel::retry()
{
    if (!m_active)
        return;
    const QSet<int> failed = m_failed;
    m_failed.clear();
    clearError();
    if (m_appendMode || m_rowCount == 0) {
        if (!failed.isEmpty() && !m_pending.contains(m_appendMode ? m_nextPage : 0))
            requestPage(m_appendMode ? m_nextPage : 0);
        return;
    }
    for (int p : failed) {
        const int first = p * m_queryPageSize;
        if (first >= m_rowCount)
            continue;
        if (isWanted(p) && !m_pending.contains(p))
            requestPage(p);
        // "Not loaded" becomes "Loading…" (or stays a placeholder until scrolled to).
        emit dataChanged(index(first, 0), index(qMin(first + m_queryPageSize, m_rowCount) - 1, kFileFieldCount - 1));
    }
    setVisibleRange(m_visibleFirst, m_visibleLast);
}

// ---- requests ------------------------------------------------------------------------------

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
    m_visibleFirst = first;
    m_visibleLast = last;
    if (m_appendMode) {
        if (last >= m_rowCount - 1 - m_prefetchRows && canFetchMore(QModelIndex()))
            fetchMore(QModelIndex());
        return;
    }
    cancelPending(false);
    const auto [p0, p1] = visiblePages();
    for (int p = p0; p <= p1; ++p) {
        if (m_cache.contains(p))
            m_cache.touch(p);
        else if (!m_pending.contains(p) && !m_failed.contains(p))
            requestPage(p);
    }
    updateLoading();
    if (m_prefetchRows > 0)
        m_prefetchTimer.start();
}

void FilesModel::prefetch()
{
    if (!m_active || m_appendMode || m_rowCount == 0 || m_visibleFirst < 0)
        return;
    const auto [p0, p1] = visiblePages();
    for (int p = p0; p <= p1; ++p) {
        if (!m_cache.contains(p))
            return;  // the visible pages first; prefetch after they arrived
    }
    const int from = qMax(0, m_visibleFirst - m_prefetchRows) / m_queryPageSize;
    const int to = qMin(m_rowCount - 1, m_visibleLast + m_prefetchRows) / m_queryPageSize;
    for (int p = from; p <= to; ++p) {
        if (!m_cache.contains(p) && !m_pending.contains(p) && !m_failed.contains(p))
            requestPage(p);
    }
}

void FilesModel::requestPage(int page)
{
    FileQuery q = m_query;
    q.page = page;
    q.countPerPage = m_queryPageSize;
    q.all = false;
    q.simplifiedPaging = m_appendMode;
    const quint64 generation = m_generation;
    if (!m_client) {
        m_failed.insert(page);
        m_lastError = ApiError(ApiError::Kind::Usage, 0, tr("No API client."));
        emit errorOccurred(m_lastError);
        return;
    }
    m_pending.insert(page, nullptr);
    ApiCall *call = m_client->listFiles(q, this, [this, generation, page](const ApiResult<ListPage<FileInfo>> &r) {
        onReply(generation, page, r);
    });
    const auto it = m_pending.find(page);
    if (it != m_pending.end() && call && !call->isFinished())
        it.value() = call;
    updateLoading();
}

void FilesModel::cancelPending(bool all)
{
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (all || !isWanted(it.key())) {
            if (it.value())
                it.value()->cancel();
            it = m_pending.erase(it);
        } else {
            ++it;
        }
    }
}

void FilesModel::onReply(quint64 generation, int page, const ApiResult<ListPage<FileInfo>> &result)
{
    if (generation != m_generation || !m_pending.contains(page))
        return;  // an older query's reply, or a page cancelled meanwhile
    m_pending.remove(page);
    if (!result.ok()) {
        m_failed.insert(page);
        m_lastError = result.error;
        updateLoading();
        if (!m_appendMode && m_rowCount > 0) {
            const int first = page * m_queryPageSize;
            if (first < m_rowCount)
                emit dataChanged(index(first, 0), index(qMin(first + m_queryPageSize, m_rowCount) - 1, kFileFieldCount - 1));
        }
        emit errorOccurred(result.error);
        return;
    }
    m_failed.remove(page);
    if (m_failed.isEmpty())
        clearError();
    const int before = m_rowCount;
    if (m_appendMode || (!result.value.totalsKnown() && m_rowCount == 0 && page == 0)) {
        m_appendMode = true;
        onAppendPage(page, result.value);
        updateLoading();
        if (m_rowCount > before)
            emit pageLoaded(before, m_rowCount - 1);
        return;
    }
    onTotalsPage(page, result.value);
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
    for (int p : m_cache.evict([this](int q) { return isWanted(q); })) {
        const int first = p * m_queryPageSize;
        if (first < m_rowCount)  // back to placeholders
            emit dataChanged(index(first, 0), index(qMin(first + m_queryPageSize, m_rowCount) - 1, kFileFieldCount - 1));
    }
    const int first = page * m_queryPageSize;
    const int last = qMin(first + m_queryPageSize, m_rowCount) - 1;
    if (first <= last)
        emit dataChanged(index(first, 0), index(last, kFileFieldCount - 1));
    if (m_prefetchRows > 0 && m_visibleFirst >= 0)
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
        if (m_visibleLast >= total) {
            m_visibleLast = total - 1;
            m_visibleFirst = qMin(m_visibleFirst, m_visibleLast);
        }
        endRemoveRows();
    }
    if (m_total != total) {
        m_total = total;
        emit totalChanged(total);
    }
}

bool FilesModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_active && m_appendMode && m_hasMore && m_pending.isEmpty() && m_failed.isEmpty();
}

void FilesModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        requestPage(m_nextPage);
}

// ---- state ---------------------------------------------------------------------------------

void FilesModel::clearError()
{
    if (!m_lastError.isError())
        return;
    m_lastError = ApiError();
    emit errorCleared();
}

void FilesModel::updateLoading()
{
    const bool loading = !m_pending.isEmpty();
    if (loading == m_loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

QPair<int, int> FilesModel::visiblePages() const
{
    if (m_visibleFirst < 0)
        return {0, 0};
    return {m_visibleFirst / m_queryPageSize, m_visibleLast / m_queryPageSize};
}

bool FilesModel::isWanted(int page) const
{
    if (m_visibleFirst < 0)
        return page == 0;
    const int from = qMax(0, m_visibleFirst - m_prefetchRows) / m_queryPageSize;
    const int to = (m_visibleLast + m_prefetchRows) / m_queryPageSize;
    return page >= from && page <= to;
}

void FilesModel::setPageSize(int rows)
{
    m_pageSize = qBound(10, rows, 1000);
}

void FilesModel::setMaxCachedPages(int pages)
{
    m_cache.setMaxPages(pages);
}

void FilesModel::setPrefetchRows(int rows)
{
    m_prefetchRows = qMax(0, rows);
}

// ---- item model ----------------------------------------------------------------------------

const FileInfo *FilesModel::recordAt(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return nullptr;
    if (m_appendMode)
        return row < m_rows.size() ? &m_rows.at(row) : nullptr;
    return m_cache.file(row, m_queryPageSize);
}

FileInfo FilesModel::fileAt(int row) const
{
    const FileInfo *file = recordAt(row);
    return file ? *file : FileInfo();
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
        if (m_appendMode)
            return {};
        if (m_cache.contains(index.row() / m_queryPageSize))
            return QString();  // the page came back shorter than the total promised
        return m_failed.contains(index.row() / m_queryPageSize) ? m_notLoadedText : m_loadingText;
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
    if (!m_active)
        return {};
    const QLocale locale = m_formatter.locale();
    if (m_rowCount == 0) {
        if (m_loading)
            return tr("Loading…");
        if (m_lastError.isError())
            return tr("No files loaded");
        return tr("No files match");
    }
    if (firstVisibleRow < 0 || lastVisibleRow < firstVisibleRow) {
        firstVisibleRow = 0;
        lastVisibleRow = qMin(m_rowCount, m_queryPageSize) - 1;
    }
    firstVisibleRow = qMin(firstVisibleRow, m_rowCount - 1);
    lastVisibleRow = qMin(lastVisibleRow, m_rowCount - 1);
    if (m_appendMode) {
        if (m_hasMore)
            return tr("%1+ files").arg(locale.toString(m_rowCount));
        return m_rowCount == 1 ? tr("1 file") : tr("%1 files").arg(locale.toString(m_rowCount));
    }
    if (m_total == 1)
        return tr("1 of 1 file");
    return tr("%1–%2 of %3 files")
        .arg(locale.toString(firstVisibleRow + 1), locale.toString(lastVisibleRow + 1), locale.toString(m_total));
}
