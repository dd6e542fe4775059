#include "filesquerystate.h"

bool FilesQueryState::setQuery(const FileQuery &query)
{
    m_query = query;
    if (query.sortField.isEmpty()) {
        if (m_sortColumn >= 0)
            writeSort();  // keep the current sort
        return false;
    }
    const FileField field = fileFieldFromApiName(query.sortField);
    m_sortColumn = field == FileField::Count ? -1 : int(field);
    m_sortOrder = query.sortOrder == FileQuery::SortOrder::Descend ? Qt::DescendingOrder : Qt::AscendingOrder;
    return true;
}

bool FilesQueryState::setSort(int column, Qt::SortOrder order)
{
    if (column >= kFileFieldCount || (column >= 0 && !fileFieldSortable(FileField(column))))
        return false;  // the server cannot sort by it
    column = qMax(column, -1);
    if (column == m_sortColumn && (column < 0 || order == m_sortOrder))
        return false;
    m_sortColumn = column;
    m_sortOrder = order;
    writeSort();
    return true;
}

void FilesQueryState::writeSort()
{
    if (m_sortColumn < 0) {
        m_query.sortField.clear();
        m_query.sortOrder = FileQuery::SortOrder::Unset;
        return;
    }
    m_query.sortField = fileFieldApiName(FileField(m_sortColumn));
    m_query.sortOrder = m_sortOrder == Qt::DescendingOrder ? FileQuery::SortOrder::Descend
                                                           : FileQuery::SortOrder::Ascend;
}

int FilesQueryState::pageSize() const
{
    if (m_query.countPerPage == FileQuery().countPerPage)
        return m_defaultPageSize;  // left at the default: the table's choice
    return qBound(1, m_query.countPerPage, 1000);
}

FileQuery FilesQueryState::wireQuery() const
{
    FileQuery q = m_query;
    q.countPerPage = pageSize();
    return q;
}
