#pragma once

#include "api/apicall.h"
#include "api/apierror.h"
#include "api/apiresult.h"
#include "api/fileinfo.h"
#include "api/filequery.h"
#include "filespagecache.h"
#include "api/listpage.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>
#include <utility>

class ApiClient;

// The requests behind FilesModel: one GET /files per page of the current query, each carrying
// the query's generation. start() begins a new generation and aborts every request of the old
// one; a reply of an older generation, or of a page cancelled meanwhile, is dropped. It keeps
// which pages are in flight and which failed (until asked again, retried or a new generation).
// Replies are bound to this object: none arrives once it is gone.
//
// It also keeps the window of rows the view shows: loadRows() asks for the visible pages that
// the model's cache does not hold and cancels the requests of pages that left the window (and
// its prefetch margin); prefetch() asks for the pages within prefetchRows() of it.
class FilesPageLoader final : public QObject
{
    Q_OBJECT
public:
    // cache: the model's pages (read only: a page it holds is not asked for again).
    FilesPageLoader(ApiClient *client, const FilesPageCache &cache, QObject *parent = nullptr);
    ~FilesPageLoader() override;

    // A new generation for the query (its countPerPage is the page size sent): every request of
    // the old one is aborted, the failed pages and the window are forgotten.
    void start(const FileQuery &query);
    // The same query in a new generation (refresh).
    // A new generation with nothing to load (clear).
    void stop();
    // A new generation for the same query and window; the failed pages are forgotten. The
    // pages in stale are held but out of date (refresh): they are asked for again as if missing,
    // and stay stale (their old rows on screen) until a reply replaces them.
    void reload(const QSet<int> &stale = {});
    bool isStale(int page) const { return m_stale.contains(page); }
    bool hasStale() const { return !m_stale.isEmpty(); }
    void dropStale(int page) { m_stale.remove(page); }

    quint64 generation() const { return m_generation; }
    int pageSize() const { return m_query.countPerPage; }

    // Asks for one page; a page already in flight is not asked again. Without an API client the
    // page fails at once (pageFailed() before this returns).
    void request(int page, bool simplifiedPaging);
    // Aborts the requests in flight for which unwanted(page) is true.
    void cancelIf(const std::function<bool(int)> &unwanted);
    void cancelAll();

    bool isPending(int page) const { return m_pending.contains(page); }
    bool hasPending() const { return !m_pending.isEmpty(); }
    bool isFailed(int page) const { return m_failed.contains(page); }
    bool hasFailed() const { return !m_failed.isEmpty(); }
    // The failed pages, forgotten (retry()).
    QSet<int> takeFailed() { return std::exchange(m_failed, {}); }

    // The window: rows first..last shown (already within the rows), prefetchRows() around them.
    void setPrefetchRows(int rows) { m_prefetchRows = qMax(0, rows); }
    int prefetchRows() const { return m_prefetchRows; }
    void setWindow(int first, int last);
    // The rows now end before the window's last row (the total shrank): the window shrinks too.
    void clampWindow(int rowCount);
    bool hasWindow() const { return m_first >= 0; }
    int firstRow() const { return m_first; }
    int lastRow() const { return m_last; }
    // The pages the window shows ({0, 0} without a window), and whether a page is within the
    // window or its prefetch margin (without a window: only page 0).
    QPair<int, int> visiblePages() const;
    bool isWanted(int page) const;
    // Cancels the pages no longer wanted; asks for the visible ones not held, not failed.
    void loadWindow();
    // Once the visible pages are held: asks for those within the prefetch margin (of rowCount rows).
    void prefetch(int rowCount);

signals:
    void pageLoaded(int page, const ListPage<FileInfo> &result);
    void pageFailed(int page, const ApiError &error);

private:
    void onReply(quint64 generation, int page, const ApiResult<ListPage<FileInfo>> &result);

    void requestMissing(int fromPage, int toPage);

    QPointer<ApiClient> m_client;
    const FilesPageCache &m_cache;
    FileQuery m_query;
    QHash<int, QPointer<ApiCall>> m_pending;  // page -> its request in flight
    QSet<int> m_failed;
    QSet<int> m_stale;
    quint64 m_generation = 0;
    int m_first = -1;
    int m_last = -1;
    int m_prefetchRows = 0;
};
