#pragma once

#include <QByteArray>

// 8 kHz mono 16-bit PCM WAV: a two-tone pattern whose pitch derives from a per-file hash
// (0.4 s tone f1, 0.1 s pause, 0.4 s tone 1.25 f1, 0.1 s pause, repeated every second).
// A "shaped" recording sounds like a call: talk stretches of that pattern (the first at least
// 5 s) broken by pauses of 1 to 6 s of digital silence, and one "hold" stretch of soft two-note
// hold music (8 to 20 s, amplitude 1,500 instead of 9,000). Every stretch starts on a whole
// second, so the 0.4 s bursts stay whole. Any byte slice can be produced without building the
// whole file.
class SimAudio final
{
public:
    static constexpr int kSampleRate = 8000;
    static qint64 size(int durationSec) { return 44 + qint64(durationSec) * kSampleRate * 2; }
    static QByteArray slice(quint64 hash, int durationSec, qint64 offset, qint64 length, bool shaped = false);
    // The definition of the samples (std::sin for each one), ~5x slower: slice() must give
    // exactly these bytes (it reads a sine table and falls back to this near a rounding edge).
    static QByteArray sliceExact(quint64 hash, int durationSec, qint64 offset, qint64 length, bool shaped = false);
    static int baseFrequency(quint64 hash) { return 300 + int(hash % 500); }
    // The PCM samples alone (no header), for the build-time MP3 templates.
    static QByteArray pcm(quint64 hash, int durationSec, bool shaped);
};
