#pragma once

#include "api/apierror.h"
#include "filecellformatter.h"
#include "api/fileinfo.h"
#include "api/filequery.h"
#include "filespagecache.h"
#include "filespageloader.h"
#include "filesquerystate.h"
#include "filesrowtextcache.h"
#include "filesselection.h"
#include "api/listpage.h"

#include <QAbstractTableModel>
#include <QTimer>

class ApiClient;

// The files table over GET /files. Columns are FileField values (column == int(FileField)).
//
// Two modes, chosen by the query's simplifiedPaging:
// - Totals (default): the first request (page 0) learns the total; rowCount() is then the
//   total, so the scroll bar is true from the start. Rows come from a bounded LRU cache of pages
//   (FilesPageCache) fetched for the range the view reports with setVisibleRange(): a jump to
//   row 900,000 costs one request (Page = row / pageSize()), two when the rows span two pages.
//   Requests for pages that left the view are cancelled; the pages just around the view are
//   prefetched once it has been still for a moment. Rows not loaded show a grey placeholder in
//   one column (placeholderColumn(): the view sets its first visible column), the others empty.
// - Simplified paging: canFetchMore()/fetchMore() append pages while the server has more.
//
// The requests are FilesPageLoader's: each carries the query's generation; a new query (setQuery,
// sort) is a model reset and a new generation, and replies of an older generation are dropped.
// FilesQueryState keeps what is asked: the page size is the query's countPerPage (clamped to
// 1..1000) when the user changed it from FileQuery's default, else the model's (setPageSize(),
// 200 rows). The model owns the sort: a query without sortField keeps the current sort; one with
// it sets it (sortChanged). On an error the loaded rows stay, the failed pages show "Not loaded",
// and retry() asks for them again. refresh() keeps the rows on screen (hasStaleRows()) until the
// new replies replace them, also when they fail.
// data() formats lazily (FileCellFormatter); the texts of recently shown rows are cached
// (FilesRowTextCache) and dropped whenever rows may have changed.
class FilesModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { FileRole = Qt::UserRole + 1 /*FileInfo*/, RawValueRole, LoadedRole /*bool*/ };

    static constexpr int kDefaultPageSize = FilesQueryState::kDefaultPageSize;
    static constexpr int kDefaultMaxCachedPages = 50;
    static constexpr int kPrefetchDelayMs = 250;

    explicit FilesModel(ApiClient *client, QObject *parent = nullptr);
    ~FilesModel() override;

    void setQuery(const FileQuery &query);
    FileQuery query() const { return m_query.query(); }
    void refresh();
    void retry();
    // Back to the empty state with no query (e.g. after sign-out); no request.
    void clear();
    // The language changed: header and placeholder texts, and the cells in the new default
    // locale (dates, sizes), are formatted again.
    void retranslate();

    FileInfo fileAt(int row) const
    {
        const FileInfo *file = recordAt(row);
        return file ? *file : FileInfo();
    }
    int rowOfId(const QString &id) const;
    bool isLoading() const { return m_loading; }
    ApiError lastError() const { return m_lastError; }
    // Rows on screen from before a refresh whose new reply has not replaced them (yet, or it failed).
    bool hasStaleRows() const { return m_loader.hasStale(); }
    qint64 totalCount() const { return m_total; }
    QString statusText(int firstVisibleRow, int lastVisibleRow) const;
    void setVisibleRange(int first, int last);
    // The query as sent, with the sort and countPerPage = pageSize(): row r is on its page
    // r / pageSize() (what an export of selected rows asks for).
    FileQuery wireQuery() const { return m_query.wireQuery(); }
    // Whether rowCount() is every file the query matches (a known total, or the last page appended).
    bool isComplete() const { return m_active && (m_appendMode ? !m_hasMore && !m_loader.hasPending() : m_total >= 0); }
    // These rows (ranges of rows of the current query) as a selection to export.
    FilesSelection selection(const QList<FileRowRange> &ranges) const;

    // Tuning (the defaults suit the console; tests and benches change them).
    // The page size for queries that leave countPerPage at its default; takes effect with the
    // next query. pageSize() is the one in effect (the current query's).
    void setPageSize(int rows) { m_query.setDefaultPageSize(rows); }
    int pageSize() const { return m_active ? m_queryPageSize : m_query.defaultPageSize(); }
    void setMaxCachedPages(int pages) { m_cache.setMaxPages(pages); }
    int maxCachedPages() const { return m_cache.maxPages(); }
    void setPrefetchRows(int rows) { m_loader.setPrefetchRows(rows); }  // 0 = no prefetch
    int prefetchRows() const { return m_loader.prefetchRows(); }
    int cachedPageCount() const { return m_cache.size(); }
    bool isAppending() const { return m_appendMode; }  // simplified paging in effect
    bool hasQuery() const { return m_active; }
    int sortColumn() const { return m_query.sortColumn(); }
    Qt::SortOrder sortOrder() const { return m_query.sortOrder(); }
    const FileCellFormatter &formatter() const { return m_formatter; }
    // The one column whose cells show "Loading…" / "Not loaded" on rows not loaded (DateCreated
    // until the view says which column it shows first).
    void setPlaceholderColumn(int column);
    int placeholderColumn() const { return m_placeholderColumn; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void loadingChanged(bool loading);
    void errorOccurred(const ApiError &error);
    void errorCleared();
    void totalChanged(qint64 total);
    void sortChanged(int column, Qt::SortOrder order);
    // A page's rows arrived (after the rowsInserted/dataChanged it caused).
    void pageLoaded(int firstRow, int lastRow);

private:
    void startQuery();
    void resetRows(bool active);
    void requestPage(int page);
    void onPageLoaded(int page, const ListPage<FileInfo> &result);
    void onPageFailed(int page, const ApiError &error);
    void onTotalsPage(int page, const ListPage<FileInfo> &result);
    void onAppendPage(int page, const ListPage<FileInfo> &result);
    void applyTotal(int total);
    void emitPageChanged(int page);
    void clearError();
    void updateLoading();
    void prefetch();
    const FileInfo *recordAt(int row) const;
    QVariant placeholder(int row, int column) const;

    FilesPageCache m_cache{kDefaultMaxCachedPages};
    FilesPageLoader m_loader;                  // reads m_cache
    FilesQueryState m_query;
    QList<FileInfo> m_rows;                    // simplified paging: every row loaded so far
    ApiError m_lastError;
    QString m_loadingText;                     // the placeholders, translated once
    QString m_notLoadedText;
    FileCellFormatter m_formatter;
    mutable FilesRowTextCache m_texts;
    QTimer m_prefetchTimer;
    qint64 m_total = -1;
    int m_rowCount = 0;
    int m_queryPageSize = kDefaultPageSize;
    int m_nextPage = 0;
    int m_placeholderColumn = int(FileField::DateCreated);
    bool m_active = false;
    bool m_appendMode = false;
    bool m_hasMore = false;
    bool m_loading = false;
};
