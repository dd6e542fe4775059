#pragma once

#include <QString>

#include <atomic>
#include <vector>

// Sorts row numbers by a text key per row (ordinal UTF-16 order, ties by row number).
// sort(): MSD radix over 4-character chunks, each level an integer sort of (chunk, row), so
// that most comparisons never touch the strings. sortInterned(): for keys with few distinct
// values; each distinct text is ranked once and the rows are sorted by that integer rank.
// Both give up early (with an unspecified order) when stop becomes true.
class SimTextSort final
{
public:
    static std::vector<quint32> sort(const std::vector<QString> &keys, const std::atomic<bool> &stop);
    static std::vector<quint32> sortInterned(const std::vector<QString> &keys, const std::atomic<bool> &stop);
};
