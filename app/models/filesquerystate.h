#pragma once

#include "api/filequery.h"

#include <Qt>

// The query the files table asks the server for: the user's filters and paging preferences, the
// model's sort and the page size. A query without sortField keeps the current sort; one with it
// sets it. The page size is the query's countPerPage (clamped to 1..1000) when the user changed
// it from FileQuery's default, else the table's own (setDefaultPageSize(), 200 rows).
class FilesQueryState final
{
public:
    static constexpr int kDefaultPageSize = 200;

    // Takes the query; true when it carried a sort (which replaced the current one).
    bool setQuery(const FileQuery &query);
    // Sorts by a column (-1: the server's default order). False when nothing changed: the same
    // sort, or a column the server cannot sort by.
    bool setSort(int column, Qt::SortOrder order);

    // The query as the user gave it, with the current sort.
    const FileQuery &query() const { return m_query; }
    // The query as sent: countPerPage is pageSize().
    FileQuery wireQuery() const;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    void setDefaultPageSize(int rows) { m_defaultPageSize = qBound(10, rows, 1000); }
    int defaultPageSize() const { return m_defaultPageSize; }
    int pageSize() const;

private:
    void writeSort();

    FileQuery m_query;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_defaultPageSize = kDefaultPageSize;
};
