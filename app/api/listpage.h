#pragma once

#include <QByteArray>
#include <QList>

// Where one item's JSON is in the body of the page it came in (bytes).
struct RawSpan
{
    qsizetype offset = 0;
    qsizetype length = 0;
};

// ListResponse<T>: one page of a list call. totalCount/totalPages are -1 when the server did not
// give them (SimplifiedPaging, or missing).
template<typename T>
struct ListPage
{
    QList<T> items;
    int totalCount = -1;
    int totalPages = -1;
    bool hasMorePages = false;

    // Only when asked for (ApiClient::ListOptions::keepRawItems): the body the page was read
    // from, and for each of items where its JSON is in it. rawItem(i) is then items[i] exactly
    // as the server sent it (empty when not kept).
    QByteArray raw;
    QList<RawSpan> rawSpans;
    QByteArray rawItem(qsizetype i) const
    {
        return i >= 0 && i < rawSpans.size() ? raw.mid(rawSpans[i].offset, rawSpans[i].length) : QByteArray();
    }

    bool totalsKnown() const { return totalCount >= 0; }
};
