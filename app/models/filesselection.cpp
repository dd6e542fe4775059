#include "filesselection.h"

#include <algorithm>

FilesSelection::FilesSelection(const FileQuery &query, int rowCount, qint64 totalCount,
                               const QList<FileRowRange> &ranges)
    : m_query(query)
    , m_ranges(normalized(ranges, rowCount))
    , m_total(totalCount)
    , m_rowCount(qMax(rowCount, 0))
{
    for (const FileRowRange &r : std::as_const(m_ranges))
        m_count += r.count();
}

QList<FileRowRange> FilesSelection::normalized(QList<FileRowRange> ranges, int rowCount)
{
    QList<FileRowRange> out;
    if (rowCount <= 0)
        return out;
    for (FileRowRange &r : ranges) {
        r.first = qMax(r.first, 0);
        r.last = qMin(r.last, rowCount - 1);
    }
    ranges.erase(std::remove_if(ranges.begin(), ranges.end(), [](const FileRowRange &r) { return r.count() == 0; }),
                 ranges.end());
    std::sort(ranges.begin(), ranges.end(), [](const FileRowRange &a, const FileRowRange &b) {
        return a.first < b.first;
    });
    for (const FileRowRange &r : std::as_const(ranges)) {
        if (!out.isEmpty() && r.first <= out.last().last + 1)
            out.last().last = qMax(out.last().last, r.last);
        else
            out << r;
    }
    return out;
}

bool FilesSelection::isAll() const
{
    return m_count > 0 && m_count == m_rowCount && m_total == m_rowCount;
}

bool FilesSelection::contains(int row) const
{
    auto it = std::upper_bound(m_ranges.cbegin(), m_ranges.cend(), row,
                               [](int value, const FileRowRange &r) { return value < r.first; });
    return it != m_ranges.cbegin() && row <= std::prev(it)->last;
}

QList<int> FilesSelection::pages() const
{
    QList<int> out;
    const int perPage = qMax(m_query.countPerPage, 1);
    for (const FileRowRange &r : m_ranges) {
        for (int p = r.first / perPage; p <= r.last / perPage; ++p) {
            if (out.isEmpty() || out.last() < p)
                out << p;
        }
    }
    return out;
}

bool FilesSelection::operator==(const FilesSelection &other) const
{
    return m_ranges == other.m_ranges && m_rowCount == other.m_rowCount && m_total == other.m_total
        && m_query == other.m_query;
}
