#pragma once

#include "api/filefield.h"

#include <QString>

#include <array>
#include <vector>

// A bounded, direct-mapped cache of the cell texts of recently painted rows (Wireshark's column
// string cache): repaints of the visible rows reuse the formatted texts instead of decoding and
// formatting them again. The model clears it whenever rows may have changed (a page arrived or
// was evicted, a reset, a refresh). GUI thread only.
class FilesRowTextCache final
{
public:
    explicit FilesRowTextCache(int rows = 512);

    const QString *find(int row, int column) const
    {
        const Slot &slot = m_slots[std::size_t(row) & m_mask];
        if (slot.row != row || !(slot.filled & (1u << column)))
            return nullptr;
        return &slot.texts[std::size_t(column)];
    }
    void store(int row, int column, const QString &text);
    void clear();

private:
    struct Slot
    {
        int row = -1;
        quint32 filled = 0;
        std::array<QString, kFileFieldCount> texts;
    };
    static_assert(kFileFieldCount <= 32, "one bit per column");

    std::vector<Slot> m_slots;
    std::size_t m_mask;
};
