#pragma once

#include <QList>
#include <QPair>

// The parts of a file already on disk: sorted, merged half-open byte ranges [start, end).
class ByteRanges final
{
public:
    void clear() { m_ranges.clear(); }
    void add(qint64 start, qint64 end);
    bool covers(qint64 start, qint64 end) const;
    // The end of the range holding pos (pos itself when pos is not on disk).
    qint64 contiguousEnd(qint64 pos) const;
    // The first byte from pos on that is not on disk (size when everything is).
    qint64 firstGap(qint64 pos, qint64 size) const;
    qint64 coveredBytes() const;
    bool isEmpty() const { return m_ranges.isEmpty(); }

private:
    QList<QPair<qint64, qint64>> m_ranges;
};
