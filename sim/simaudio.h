#pragma once

#include <QByteArray>

// 8 kHz mono 16-bit PCM WAV: a two-tone pattern whose pitch derives from a per-file hash.
// Any byte slice can be produced without building the whole file.
class SimAudio final
{
public:
    static constexpr int kSampleRate = 8000;
    static qint64 size(int durationSec) { return 44 + qint64(durationSec) * kSampleRate * 2; }
    static QByteArray slice(quint64 hash, int durationSec, qint64 offset, qint64 length);
    static int baseFrequency(quint64 hash) { return 300 + int(hash % 500); }
};
