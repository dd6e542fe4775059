#pragma once

#include <QByteArray>

// Realistic ListResponse<FileInfo> JSON bytes, generated in-process: camelCase names,
// transcriptions on most recordings, non-Latin names, repeated account/customer/agent names.
class BenchData final
{
public:
    static QByteArray page(int rows, int seed);
};
