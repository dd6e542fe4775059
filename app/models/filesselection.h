#pragma once

#include "api/filequery.h"

#include <QList>
#include <QMetaType>

// One run of consecutive rows of the files table, both ends included.
struct FileRowRange
{
    int first = 0;
    int last = -1;

    int count() const { return last >= first ? last - first + 1 : 0; }
    bool operator==(const FileRowRange &other) const { return first == other.first && last == other.last; }
    bool operator!=(const FileRowRange &other) const { return !(*this == other); }
};

// Which rows of the files table are selected: row ranges of the query the table shows (its
// filters, its sort and its page size), so that rows not loaded yet (a Shift+click across 50,000
// rows) are part of it too: an export fetches their pages (Page = row / countPerPage). The ranges
// are sorted, merged and clamped to the rows the table had; count() is what they cover.
// A plain value type: FilesView builds it from its selection model, the export reads it.
class FilesSelection final
{
public:
    FilesSelection() = default;
    // rowCount: the rows the table had (its total when known); ranges outside are cut.
    FilesSelection(const FileQuery &query, int rowCount, qint64 totalCount, const QList<FileRowRange> &ranges);

    // Sorted, overlapping and adjacent ranges merged, empty ones dropped, clamped to [0, rowCount).
    static QList<FileRowRange> normalized(QList<FileRowRange> ranges, int rowCount);

    const QList<FileRowRange> &ranges() const { return m_ranges; }
    // The query the rows belong to: the table's, with its sort and countPerPage = its page size.
    const FileQuery &query() const { return m_query; }
    int rowCount() const { return m_rowCount; }
    qint64 totalCount() const { return m_total; }  // files the query matched then (-1 unknown: more pages)

    int count() const { return m_count; }
    bool isEmpty() const { return m_count == 0; }
    // Every row of the table, and the table had every file the query matches (a known total).
    bool isAll() const;
    bool contains(int row) const;
    // The pages of the query (at its countPerPage) that hold selected rows, in order.
    QList<int> pages() const;

    bool operator==(const FilesSelection &other) const;
    bool operator!=(const FilesSelection &other) const { return !(*this == other); }

private:
    FileQuery m_query;
    QList<FileRowRange> m_ranges;
    qint64 m_total = -1;
    int m_rowCount = 0;
    int m_count = 0;
};
Q_DECLARE_METATYPE(FilesSelection)
