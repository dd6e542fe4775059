#include "simaudio.h"

#include <QtEndian>

#include <cmath>

namespace {
QByteArray header(int durationSec)
{
    const quint32 dataSize = quint32(durationSec) * SimAudio::kSampleRate * 2;
    QByteArray h(44, '\0');
    char *p = h.data();
    auto put32 = [&](int at, quint32 v) { qToLittleEndian<quint32>(v, p + at); };
    auto put16 = [&](int at, quint16 v) { qToLittleEndian<quint16>(v, p + at); };
    memcpy(p, "RIFF", 4);
    put32(4, 36 + dataSize);
    memcpy(p + 8, "WAVEfmt ", 8);
    put32(16, 16);
    put16(20, 1);
    put16(22, 1);
    put32(24, SimAudio::kSampleRate);
    put32(28, SimAudio::kSampleRate * 2);
    put16(32, 2);
    put16(34, 16);
    memcpy(p + 36, "data", 4);
    put32(40, dataSize);
    return h;
}

qint16 sample(quint64 hash, qint64 n)
{
    // 0.4 s tone f1, 0.1 s pause, 0.4 s tone f2, 0.1 s pause, repeated.
    const qint64 period = SimAudio::kSampleRate; // 1 s
    const qint64 pos = n % period;
    const double f1 = SimAudio::baseFrequency(hash);
    double f = 0;
    if (pos < 3200)
        f = f1;
    else if (pos >= 4000 && pos < 7200)
        f = f1 * 1.25;
    if (f == 0)
        return 0;
    const double t = double(n) / SimAudio::kSampleRate;
    return qint16(std::lround(9000.0 * std::sin(2.0 * M_PI * f * t)));
}
} // namespace

QByteArray SimAudio::slice(quint64 hash, int durationSec, qint64 offset, qint64 length)
{
    const qint64 total = size(durationSec);
    if (offset < 0 || offset >= total || length <= 0)
        return {};
    length = std::min(length, total - offset);
    QByteArray out;
    out.reserve(length);
    if (offset < 44) {
        const QByteArray h = header(durationSec);
        out += h.mid(int(offset), int(std::min<qint64>(44 - offset, length)));
    }
    qint64 pos = std::max<qint64>(offset, 44);
    const qint64 end = offset + length;
    while (pos < end) {
        const qint64 n = (pos - 44) / 2;
        const qint16 s = sample(hash, n);
        const char bytes[2] = {char(quint16(s) & 0xff), char(quint16(s) >> 8)};
        const int first = int((pos - 44) % 2);
        for (int b = first; b < 2 && pos < end; ++b, ++pos)
            out += bytes[b];
    }
    return out;
}
