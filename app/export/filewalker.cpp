#include "filewalker.h"

#include "api/apiclient.h"

#include <QTimer>

#include <algorithm>

namespace {
constexpr int kIdsPerRequest = 100;  // SpecificIds per request: keeps the URL short
}

FileWalker::FileWalker(ApiClient *client, const ExportOptions &options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_options(options)
{
}

FileWalker::~FileWalker()
{
    cancel();
}

void FileWalker::setPageSize(int size) { m_pageSize = qBound(1, size, 1000); }
void FileWalker::setConcurrency(int pages) { m_concurrency = qBound(1, pages, 16); }
void FileWalker::setPageAttempts(int attempts) { m_pageAttempts = qMax(1, attempts); }
void FileWalker::setRetryDelay(int ms) { m_retryDelay = qMax(0, ms); }

FileQuery FileWalker::baseQuery() const
{
    FileQuery q = m_options.query;
    q.page = 0;
    q.all = false;
    q.simplifiedPaging = false;
    q.countPerPage = m_pageSize;
    if (m_options.source == ExportOptions::Source::AllMatching && q.sortField.isEmpty()) {
        // Oldest first: files that arrive while paging land after the pages already read.
        q.sortField = QStringLiteral("DateCreated");
        q.sortOrder = FileQuery::SortOrder::Ascend;
    }
    return q;
}

void FileWalker::start()
{
    if (m_running)
        return;
    m_running = true;
    if (m_options.source == ExportOptions::Source::Files && keepsRawItems()) {
        // The table's rows carry no JSON: ask for them by id, as the server sends them.
        m_options.source = ExportOptions::Source::Ids;
        m_options.ids.clear();
        for (const FileInfo &f : std::as_const(m_options.files))
            m_options.ids << f.id();
        m_options.files.clear();
    }
    if (m_options.source == ExportOptions::Source::Files) {
        QList<FileInfo> fresh;
        for (const FileInfo &f : std::as_const(m_options.files))
            if (f.id().isEmpty() || !m_seen.contains(f.id())) {
                m_seen.insert(f.id());
                fresh << f;
            }
        m_totalAtStart = m_totalAtEnd = fresh.size();
        QTimer::singleShot(0, this, [this, fresh] {
            if (!m_running)
                return;
            emit totalKnown(fresh.size());
            if (!fresh.isEmpty())
                emit itemsReady(fresh, {});
            finish({});
        });
        return;
    }
    planFirst();
    sendMore();
}

void FileWalker::planFirst()
{
    m_plan.clear();
    const FileQuery base = baseQuery();
    if (m_options.source == ExportOptions::Source::Ids) {
        QStringList ids = m_options.ids;
        ids.removeDuplicates();
        m_totalAtStart = ids.size();
        for (int i = 0; i < ids.size(); i += kIdsPerRequest) {
            FileQuery q = base;
            q.specificIds = ids.mid(i, kIdsPerRequest);
            q.countPerPage = int(q.specificIds.size());
            m_plan << q;
        }
        QTimer::singleShot(0, this, [this] { emit totalKnown(m_totalAtStart); });
    } else if (m_options.source == ExportOptions::Source::QueryRows) {
        QList<QPair<qint64, qint64>> ranges;
        for (const ExportOptions::RowRange &r : std::as_const(m_options.rows))
            if (r.last >= r.first && r.first >= 0)
                ranges << qMakePair(r.first, r.last);
        std::sort(ranges.begin(), ranges.end());
        for (const auto &r : ranges) {
            if (!m_rowRanges.isEmpty() && r.first <= m_rowRanges.last().second + 1)
                m_rowRanges.last().second = qMax(m_rowRanges.last().second, r.second);
            else
                m_rowRanges << r;
        }
        qint64 count = 0;
        qint64 lastPage = -1;
        for (const auto &r : std::as_const(m_rowRanges)) {
            count += r.second - r.first + 1;
            for (qint64 p = qMax(lastPage + 1, r.first / m_pageSize); p <= r.second / m_pageSize; ++p) {
                FileQuery q = base;
                q.page = int(p);
                m_plan << q;
                lastPage = p;
            }
        }
        m_totalAtStart = count;
        QTimer::singleShot(0, this, [this] { emit totalKnown(m_totalAtStart); });
    } else {
        m_plan << base;  // the first page tells the total
    }
}

void FileWalker::sendMore()
{
    if (!m_running || m_paused)
        return;
    // Until the first page of "all matching" has told the total, one page at a time.
    const bool waitForTotal = m_options.source == ExportOptions::Source::AllMatching && !m_totalsKnown;
    const int limit = waitForTotal ? 1 : m_concurrency;
    while (m_nextToSend < m_plan.size() && m_inFlight.size() + m_delayed.size() < limit
           && m_ready.size() < m_concurrency * 4)
        sendPage(m_nextToSend++);
    if (m_nextToEmit >= m_plan.size() && m_inFlight.isEmpty() && m_delayed.isEmpty())
        planDone();
}

void FileWalker::sendPage(int index)
{
    const int generation = m_generation;
    ApiClient::ListOptions options;
    options.keepRawItems = keepsRawItems();
    m_inFlight.insert(index, m_client->listFiles(m_plan.at(index), options, this,
                                                 [this, index, generation](const ApiResult<ListPage<FileInfo>> &r) {
                                                     onPage(index, generation, r);
                                                 }));
}

void FileWalker::onPage(int index, int generation, const ApiResult<ListPage<FileInfo>> &r)
{
    if (generation != m_generation || !m_running)
        return;
    m_inFlight.remove(index);
    if (!r.ok()) {
        const int attempts = ++m_attempts[index];
        if (attempts < m_pageAttempts && r.error.kind() != ApiError::Kind::Forbidden
            && r.error.kind() != ApiError::Kind::Unauthorized && r.error.kind() != ApiError::Kind::Usage
            && !(r.error.kind() == ApiError::Kind::Http && r.error.httpStatus() < 500 && r.error.httpStatus() != 429)) {
            m_delayed.insert(index);
            QTimer::singleShot(m_retryDelay * attempts, this, [this, index, generation] {
                if (generation != m_generation || !m_running || !m_delayed.remove(index))
                    return;
                sendPage(index);
            });
            return;
        }
        finish(tr("Page %1 of the list could not be read (%2 attempts): %3")
                   .arg(m_plan.at(index).page + 1)
                   .arg(attempts)
                   .arg(r.error.userText()));
        return;
    }
    m_ready.insert(index, r.value);
    emitReady();
    sendMore();
}

void FileWalker::emitReady()
{
    while (m_running && m_ready.contains(m_nextToEmit)) {
        const ListPage<FileInfo> page = m_ready.take(m_nextToEmit);
        const int index = m_nextToEmit++;
        process(index, page);
    }
}

void FileWalker::process(int index, const ListPage<FileInfo> &page)
{
    const FileQuery q = m_plan.at(index);  // a copy: the plan grows below, which moves its items
    if (m_options.source == ExportOptions::Source::AllMatching && index == 0 && !m_totalsKnown && !m_swept) {
        if (page.totalsKnown()) {
            m_totalsKnown = true;
            m_totalAtStart = page.totalCount;
            emit totalKnown(m_totalAtStart);
            const qint64 pages = page.totalPages >= 0 ? page.totalPages : (page.totalCount + m_pageSize - 1) / m_pageSize;
            for (qint64 p = 1; p < pages; ++p) {
                FileQuery next = q;
                next.page = int(p);
                m_plan << next;
            }
        }
    }
    QList<FileInfo> fresh;
    QList<QByteArray> freshRaw;
    fresh.reserve(page.items.size());
    const bool raw = keepsRawItems();
    for (int i = 0; i < page.items.size(); ++i) {
        const FileInfo &f = page.items.at(i);
        if (m_options.source == ExportOptions::Source::QueryRows) {
            const qint64 row = qint64(q.page) * m_pageSize + i;
            const bool wanted = std::any_of(m_rowRanges.cbegin(), m_rowRanges.cend(),
                                            [row](const auto &r) { return row >= r.first && row <= r.second; });
            if (!wanted)
                continue;
        }
        const QString id = f.id();
        if (!id.isEmpty()) {
            if (m_seen.contains(id))
                continue;  // data shifted between pages: never the same id twice
            m_seen.insert(id);
        }
        fresh << f;
        if (raw)
            freshRaw << page.rawItem(i);
    }
    if (!fresh.isEmpty())
        emit itemsReady(fresh, freshRaw);
    // Without totals (or past the known end): one more page while pages come back full.
    if (m_options.source == ExportOptions::Source::AllMatching && index == m_plan.size() - 1) {
        const bool full = page.items.size() >= q.countPerPage;
        const bool more = !m_totalsKnown ? (full || page.hasMorePages) && !page.items.isEmpty() && !fresh.isEmpty()
                                         : (!m_tailChecked || (full && !fresh.isEmpty()));
        if (more) {
            m_tailChecked = m_totalsKnown;
            FileQuery next = q;
            next.page = q.page + 1;
            m_plan << next;
        }
    }
}

void FileWalker::planDone()
{
    if (!m_running)
        return;
    if (m_options.source != ExportOptions::Source::AllMatching || !m_totalsKnown) {
        m_totalAtEnd = m_seen.size();
        if (m_totalAtStart < 0)
            m_totalAtStart = m_totalAtEnd;
        finish({});
        return;
    }
    checkTotal();
}

void FileWalker::checkTotal()
{
    if (m_countCall)
        return;
    FileQuery q = baseQuery();
    q.countPerPage = 1;
    m_countCall = m_client->listFiles(q, this, [this](const ApiResult<ListPage<FileInfo>> &r) {
        m_countCall = nullptr;
        if (!m_running)
            return;
        if (!r.ok() || !r.value.totalsKnown()) {
            m_totalAtEnd = m_seen.size();
            finish({});  // every planned page was read; the recount is a courtesy
            return;
        }
        m_totalAtEnd = r.value.totalCount;
        if (m_seen.size() < m_totalAtEnd && !m_swept) {
            // Fewer distinct files than the server counts: something moved under the pages. Walk
            // once more, sequentially, keeping only ids not seen yet.
            m_swept = true;
            ++m_generation;
            m_ready.clear();
            m_delayed.clear();
            m_attempts.clear();
            const FileQuery base = baseQuery();
            m_plan.clear();
            const qint64 pages = (m_totalAtEnd + m_pageSize - 1) / m_pageSize + 1;
            for (qint64 p = 0; p < pages; ++p) {
                FileQuery next = base;
                next.page = int(p);
                m_plan << next;
            }
            m_nextToSend = m_nextToEmit = 0;
            m_tailChecked = true;
            emit totalKnown(m_totalAtEnd);
            sendMore();
            return;
        }
        finish({});
    });
}

void FileWalker::pause()
{
    m_paused = true;
}

void FileWalker::resume()
{
    if (!m_paused)
        return;
    m_paused = false;
    sendMore();
}

void FileWalker::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    ++m_generation;
    for (const QPointer<ApiCall> &c : std::as_const(m_inFlight))
        if (c)
            c->cancel();
    m_inFlight.clear();
    if (m_countCall)
        m_countCall->cancel();
}

void FileWalker::finish(const QString &error)
{
    if (!m_running)
        return;
    cancel();
    emit finished(error);
}
