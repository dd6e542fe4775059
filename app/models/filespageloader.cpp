#include "filespageloader.h"

#include "api/apiclient.h"

FilesPageLoader::FilesPageLoader(ApiClient *client, const FilesPageCache &cache, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_cache(cache)
{
}

FilesPageLoader::~FilesPageLoader()
{
    cancelAll();
}

void FilesPageLoader::start(const FileQuery &query)
{
    cancelAll();
    ++m_generation;
    m_query = query;
    m_failed.clear();
    m_stale.clear();
    m_first = m_last = -1;
}

void FilesPageLoader::stop()
{
    start(m_query);
}

void FilesPageLoader::reload(const QSet<int> &stale)
{
    cancelAll();
    ++m_generation;
    m_failed.clear();
    m_stale = stale;
}

void FilesPageLoader::request(int page, bool simplifiedPaging)
{
    if (m_pending.contains(page))
        return;
    if (!m_client) {
        m_failed.insert(page);
        emit pageFailed(page, ApiError(ApiError::Kind::Usage, 0, tr("No API client.")));
        return;
    }
    FileQuery q = m_query;
    q.page = page;
    q.all = false;
    q.simplifiedPaging = simplifiedPaging;
    const quint64 generation = m_generation;
    m_pending.insert(page, nullptr);
    ApiCall *call = m_client->listFiles(q, this, [this, generation, page](const ApiResult<ListPage<FileInfo>> &r) {
        onReply(generation, page, r);
    });
    // The reply may already have come (and gone) from within listFiles().
    const auto it = m_pending.find(page);
    if (it != m_pending.end() && call && !call->isFinished())
        it.value() = call;
}

void FilesPageLoader::cancelIf(const std::function<bool(int)> &unwanted)
{
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (unwanted(it.key())) {
            if (it.value())
                it.value()->cancel();
            it = m_pending.erase(it);
        } else {
            ++it;
        }
    }
}

void FilesPageLoader::cancelAll()
{
    cancelIf([](int) { return true; });
}

void FilesPageLoader::onReply(quint64 generation, int page, const ApiResult<ListPage<FileInfo>> &result)
{
    if (generation != m_generation || !m_pending.contains(page))
        return;  // an older query's reply, or a page cancelled meanwhile
    m_pending.remove(page);
    if (!result.ok()) {
        m_failed.insert(page);
        emit pageFailed(page, result.error);
        return;
    }
    m_failed.remove(page);
    m_stale.remove(page);
    emit pageLoaded(page, result.value);
}

// ---- the window ----------------------------------------------------------------------------

void FilesPageLoader::setWindow(int first, int last)
{
    m_first = first;
    m_last = last;
}

void FilesPageLoader::clampWindow(int rowCount)
{
    if (m_last < rowCount)
        return;
    m_last = rowCount - 1;
    m_first = qMin(m_first, m_last);
}

QPair<int, int> FilesPageLoader::visiblePages() const
{
    if (m_first < 0)
        return {0, 0};
    return {m_first / pageSize(), m_last / pageSize()};
}

bool FilesPageLoader::isWanted(int page) const
{
    if (m_first < 0)
        return page == 0;
    const int from = qMax(0, m_first - m_prefetchRows) / pageSize();
    const int to = (m_last + m_prefetchRows) / pageSize();
    return page >= from && page <= to;
}

void FilesPageLoader::loadWindow()
{
    cancelIf([this](int page) { return !isWanted(page); });
    const auto [p0, p1] = visiblePages();
    requestMissing(p0, p1);
}

void FilesPageLoader::prefetch(int rowCount)
{
    if (m_first < 0 || rowCount == 0)
        return;
    const auto [p0, p1] = visiblePages();
    for (int p = p0; p <= p1; ++p) {
        if (!m_cache.contains(p) || m_stale.contains(p))
            return;  // the visible pages first; prefetch after they arrived
    }
    const int from = qMax(0, m_first - m_prefetchRows) / pageSize();
    const int to = qMin(rowCount - 1, m_last + m_prefetchRows) / pageSize();
    requestMissing(from, to);
}

void FilesPageLoader::requestMissing(int fromPage, int toPage)
{
    for (int p = fromPage; p <= toPage; ++p) {
        if ((!m_cache.contains(p) || m_stale.contains(p)) && !m_failed.contains(p))
            request(p, false);
    }
}
