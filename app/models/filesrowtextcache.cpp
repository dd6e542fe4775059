#include "filesrowtextcache.h"

namespace {
std::size_t powerOfTwoAtLeast(int n)
{
    std::size_t size = 1;
    while (size < std::size_t(qMax(1, n)))
        size <<= 1;
    return size;
}
} // namespace

FilesRowTextCache::FilesRowTextCache(int rows)
    : m_slots(powerOfTwoAtLeast(rows))
    , m_mask(m_slots.size() - 1)
{
}

void FilesRowTextCache::store(int row, int column, const QString &text)
{
    Slot &slot = m_slots[std::size_t(row) & m_mask];
    if (slot.row != row) {
        slot.row = row;
        slot.filled = 0;
    }
    slot.texts[std::size_t(column)] = text;
    slot.filled |= 1u << column;
}

void FilesRowTextCache::clear()
{
    for (Slot &slot : m_slots) {
        slot.row = -1;
        slot.filled = 0;
    }
}
