#include "filepager.h"

#include "apiclient.h"

FilePager::FilePager(ApiClient *client, const FileQuery &query, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_query(query)
{
}

FilePager::~FilePager()
{
    if (m_call)
        m_call->cancel();
}

void FilePager::setLimit(qint64 maxItems)
{
    m_limit = qMax<qint64>(0, maxItems);
}

bool FilePager::isRunning() const
{
    return m_running;
}

qint64 FilePager::delivered() const
{
    return m_delivered;
}

void FilePager::start()
{
    if (m_running)
        return;
    m_running = true;
    m_seen.clear();
    m_delivered = 0;
    m_total = -1;
    m_query.page = qMax(0, m_query.page);
    if (m_query.countPerPage <= 0)
        m_query.countPerPage = 100;
    m_stalledPages = 0;
    requestPage();
}

void FilePager::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    if (m_call)
        m_call->cancel();
    emit finished(ApiError(ApiError::Kind::Cancelled));
}

void FilePager::requestPage()
{
    m_call = m_client->listFiles(m_query, this, [this](const ApiResult<ListPage<FileInfo>> &r) {
        m_call = nullptr;
        if (!m_running)
            return;
        if (!r.ok()) {
            m_running = false;
            emit finished(r.error);
            return;
        }
        const ListPage<FileInfo> &page = r.value;
        if (page.totalsKnown())
            m_total = m_limit > 0 ? qMin<qint64>(page.totalCount, m_limit) : page.totalCount;
        QList<FileInfo> fresh;
        fresh.reserve(page.items.size());
        for (const FileInfo &f : page.items) {
            if (m_limit > 0 && m_delivered + fresh.size() >= m_limit)
                break;
            const QString id = f.id();
            if (!id.isEmpty()) {
                if (m_seen.contains(id))
                    continue;  // data shifted between pages: never the same id twice
                m_seen.insert(id);
            }
            fresh.append(f);
        }
        m_delivered += fresh.size();
        if (!fresh.isEmpty())
            emit itemsReady(fresh);
        if (!m_running)
            return;  // cancelled from a slot
        emit progress(m_delivered, m_total);

        // Is there another page?
        m_stalledPages = fresh.isEmpty() ? m_stalledPages + 1 : 0;
        bool more;
        if (page.items.isEmpty() || m_query.all)
            more = false;
        else if (m_limit > 0 && m_delivered >= m_limit)
            more = false;
        else if (!m_query.simplifiedPaging && page.totalPages >= 0 && page.totalsKnown())
            more = m_query.page + 1 < page.totalPages;
        else if (page.hasMorePages)
            more = true;
        else
            more = page.items.size() >= m_query.countPerPage;  // a full page: ask once more
        if (m_stalledPages >= 2)
            more = false;  // the server repeats itself: stop rather than loop
        if (!more) {
            m_running = false;
            if (m_total < 0 || m_total < m_delivered)
                m_total = m_delivered;
            emit progress(m_delivered, m_total);
            emit finished(ApiError());
            return;
        }
        ++m_query.page;
        requestPage();
    });
}
