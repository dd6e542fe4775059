#include "simtextsort.h"

#include <QHash>

#include <algorithm>
#include <numeric>

namespace {
struct Entry
{
    quint64 chunk;
    quint32 row;
    bool operator<(const Entry &o) const { return chunk < o.chunk || (chunk == o.chunk && row < o.row); }
};

// Characters [4 * depth, 4 * depth + 4) packed big-endian; past the end counts as U+0000.
quint64 chunkOf(const QString &s, int depth)
{
    const qsizetype from = qsizetype(depth) * 4;
    quint64 c = 0;
    for (qsizetype k = from; k < from + 4; ++k)
        c = (c << 16) | (k < s.size() ? s.at(k).unicode() : 0u);
    return c;
}

void sortRange(const std::vector<QString> &keys, Entry *begin, Entry *end, int depth, const std::atomic<bool> &stop)
{
    if (end - begin < 2 || stop.load(std::memory_order_relaxed))
        return;
    for (Entry *e = begin; e != end; ++e)
        e->chunk = chunkOf(keys[e->row], depth);
    std::sort(begin, end);
    for (Entry *run = begin; run != end;) {
        Entry *next = run + 1;
        while (next != end && next->chunk == run->chunk)
            ++next;
        if (next - run > 1 && (run->chunk & 0xffff) != 0) // equal so far and not yet ended
            sortRange(keys, run, next, depth + 1, stop);
        run = next;
    }
}
} // namespace

std::vector<quint32> SimTextSort::sort(const std::vector<QString> &keys, const std::atomic<bool> &stop)
{
    std::vector<Entry> entries(keys.size());
    for (size_t i = 0; i < keys.size(); ++i)
        entries[i] = {0, quint32(i)};
    sortRange(keys, entries.data(), entries.data() + entries.size(), 0, stop);
    std::vector<quint32> rows(entries.size());
    for (size_t k = 0; k < entries.size(); ++k)
        rows[k] = entries[k].row;
    return rows;
}

std::vector<quint32> SimTextSort::sortInterned(const std::vector<QString> &keys, const std::atomic<bool> &stop)
{
    QHash<QString, quint32> ids;
    std::vector<QString> distinct;
    std::vector<quint32> idOf(keys.size());
    for (size_t i = 0; i < keys.size(); ++i) {
        const auto it = ids.constFind(keys[i]);
        if (it != ids.constEnd()) {
            idOf[i] = *it;
        } else {
            idOf[i] = quint32(distinct.size());
            ids.insert(keys[i], idOf[i]);
            distinct.push_back(keys[i]);
        }
    }
    const std::vector<quint32> order = sort(distinct, stop);
    std::vector<quint64> rankOf(distinct.size());
    for (size_t r = 0; r < order.size(); ++r)
        rankOf[order[r]] = r;
    std::vector<quint64> keyed(keys.size());
    for (size_t i = 0; i < keys.size(); ++i)
        keyed[i] = (rankOf[idOf[i]] << 32) | i;
    std::sort(keyed.begin(), keyed.end());
    std::vector<quint32> rows(keys.size());
    for (size_t k = 0; k < keyed.size(); ++k)
        rows[k] = quint32(keyed[k]);
    return rows;
}
