#include "simaudio.h"

#include <QtEndian>

#include <cmath>
#include <vector>

namespace {
enum Segment : char { Talk, Pause, Hold };

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

quint64 next(quint64 &state)
{
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return state >> 33;
}

// What each second of a shaped recording is.
std::vector<char> schedule(quint64 hash, int durationSec)
{
    std::vector<char> s(size_t(std::max(durationSec, 0)), Talk);
    quint64 state = hash ^ 0x5EED5EEDULL;
    const int holdStart = durationSec >= 40 ? int(durationSec / 3 + next(state) % 10) : -1;
    const int holdLength = int(8 + next(state) % 13);
    int at = int(5 + next(state) % 8); // the first talk stretch: 5 to 12 s
    while (at < durationSec) {
        const int pause = int(1 + next(state) % 6);
        for (int i = at; i < std::min(durationSec, at + pause); ++i)
            s[size_t(i)] = Pause;
        at += pause + int(3 + next(state) % 10);
    }
    // The hold goes over whatever was there, whole.
    for (int i = holdStart; holdStart >= 0 && i < std::min(durationSec, holdStart + holdLength); ++i)
        s[size_t(i)] = Hold;
    return s;
}

qint16 sample(quint64 hash, qint64 n, char segment)
{
    const double t = double(n) / SimAudio::kSampleRate;
    if (segment == Pause)
        return 0;
    if (segment == Hold) {
        // Soft hold music: two notes alternating every half second.
        const double f = (n / (SimAudio::kSampleRate / 2)) % 2 ? 659.25 : 523.25;
        return qint16(std::lround(1500.0 * std::sin(2.0 * M_PI * f * t)));
    }
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
    return qint16(std::lround(9000.0 * std::sin(2.0 * M_PI * f * t)));
}
} // namespace

QByteArray SimAudio::slice(quint64 hash, int durationSec, qint64 offset, qint64 length, bool shaped)
{
    const qint64 total = size(durationSec);
    if (offset < 0 || offset >= total || length <= 0)
        return {};
    length = std::min(length, total - offset);
    QByteArray out(int(length), '\0');
    char *dst = out.data();
    qint64 pos = offset;
    if (offset < 44) {
        const QByteArray h = header(durationSec);
        const int n = int(std::min<qint64>(44 - offset, length));
        memcpy(dst, h.constData() + offset, size_t(n));
        pos += n;
    }
    const std::vector<char> segments = shaped ? schedule(hash, durationSec) : std::vector<char>();
    const qint64 end = offset + length;
    while (pos < end) {
        const qint64 n = (pos - 44) / 2;
        const size_t second = size_t(n / kSampleRate);
        const char segment = second < segments.size() ? segments[second] : char(Talk);
        const qint16 s = sample(hash, n, segment);
        const char bytes[2] = {char(quint16(s) & 0xff), char(quint16(s) >> 8)};
        const int first = int((pos - 44) % 2);
        for (int b = first; b < 2 && pos < end; ++b, ++pos)
            dst[pos - offset] = bytes[b];
    }
    return out;
}

QByteArray SimAudio::pcm(quint64 hash, int durationSec, bool shaped)
{
    return slice(hash, durationSec, 44, size(durationSec) - 44, shaped);
}
