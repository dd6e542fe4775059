#pragma once

#include <QList>

// ListResponse<T>: one page of a list call. totalCount/totalPages are -1 when the server did not
// give them (SimplifiedPaging, or missing).
template<typename T>
struct ListPage
{
    QList<T> items;
    int totalCount = -1;
    int totalPages = -1;
    bool hasMorePages = false;

    bool totalsKnown() const { return totalCount >= 0; }
};
