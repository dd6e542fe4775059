#include "byteranges.h"

void ByteRanges::add(qint64 start, qint64 end)
{
    if (end <= start)
        return;
    QList<QPair<qint64, qint64>> out;
    out.reserve(m_ranges.size() + 1);
    bool placed = false;
    for (const auto &r : m_ranges) {
        if (r.second < start) {
            out.append(r);
        } else if (r.first > end) {
            if (!placed) {
                out.append({start, end});
                placed = true;
            }
            out.append(r);
        } else { // overlapping or touching: merge
            start = qMin(start, r.first);
            end = qMax(end, r.second);
        }
    }
    if (!placed)
        out.append({start, end});
    m_ranges = out;
}

bool ByteRanges::covers(qint64 start, qint64 end) const
{
    return contiguousEnd(start) >= end;
}

qint64 ByteRanges::contiguousEnd(qint64 pos) const
{
    for (const auto &r : m_ranges) {
        if (pos >= r.first && pos < r.second)
            return r.second;
    }
    return pos;
}

qint64 ByteRanges::firstGap(qint64 pos, qint64 size) const
{
    qint64 p = pos;
    for (const auto &r : m_ranges) {
        if (r.first > p)
            break;
        if (r.second > p)
            p = r.second;
    }
    return qMin(p, size);
}

qint64 ByteRanges::coveredBytes() const
{
    qint64 n = 0;
    for (const auto &r : m_ranges)
        n += r.second - r.first;
    return n;
}
