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

namespace {
// sin(2 pi k / 32000): every tone here is a whole number of quarter-hertz (f1, 1.25 f1, 523.25,
// 659.25), so its phase at sample n is (4 f n mod 32000) / 32000 of a turn.
constexpr int kTurn = 32000;
const std::vector<double> &sineTable()
{
    static const std::vector<double> table = [] {
        std::vector<double> t(kTurn);
        for (int k = 0; k < kTurn; ++k)
            t[size_t(k)] = std::sin(2.0 * M_PI * k / kTurn);
        return t;
    }();
    return table;
}

// sample() through the table. The table's value differs from sample()'s own
// lround(a * sin(2 pi f t)) by less than 0.001 (the argument's rounding error at an hour, times
// the amplitude), so where it is more than 0.01 away from a half the rounding is the same;
// otherwise (about 2% of samples) sample() itself decides. Byte-identical (tst_simaudio).
qint16 fastSample(const double *table, quint64 hash, qint64 n, char segment, int f1)
{
    if (segment == Pause)
        return 0;
    double amplitude = 9000.0;
    qint64 quarterHz = 0;
    if (segment == Hold) {
        amplitude = 1500.0;
        quarterHz = (n / (SimAudio::kSampleRate / 2)) % 2 ? 2637 : 2093;
    } else {
        const qint64 pos = n % SimAudio::kSampleRate;
        if (pos < 3200)
            quarterHz = 4 * f1;
        else if (pos >= 4000 && pos < 7200)
            quarterHz = 5 * f1;
        else
            return 0;
    }
    const double v = amplitude * table[quarterHz * n % kTurn];
    const double a = std::abs(v);
    const qint64 whole = qint64(a);
    if (std::abs(a - double(whole) - 0.5) < 0.01)
        return sample(hash, n, segment);
    const qint16 rounded = qint16(qint64(a + 0.5));  // lround, away from a half
    return v < 0 ? qint16(-rounded) : rounded;
}

QByteArray sliceWith(quint64 hash, int durationSec, qint64 offset, qint64 length, bool shaped, bool exact)
{
    const qint64 total = SimAudio::size(durationSec);
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
    const int f1 = SimAudio::baseFrequency(hash);
    const double *table = sineTable().data();
    const qint64 end = offset + length;
    const auto segmentOf = [&segments](qint64 n) {
        const size_t second = size_t(n / SimAudio::kSampleRate);
        return second < segments.size() ? segments[second] : char(Talk);
    };
    if (!exact && (pos - 44) % 2 == 0) {
        // Whole samples: a second at a time (one segment each).
        const qint64 lastSample = (end - 44) / 2;  // exclusive
        qint64 n = (pos - 44) / 2;
        while (n < lastSample) {
            const char segment = segmentOf(n);
            const qint64 secondEnd = std::min(lastSample, (n / SimAudio::kSampleRate + 1) * SimAudio::kSampleRate);
            char *d = dst + (44 + 2 * n - offset);
            if (segment == Pause) {
                n = secondEnd;  // digital silence: out is zero-filled already
                continue;
            }
            for (; n < secondEnd; ++n, d += 2) {
                const quint16 v = quint16(fastSample(table, hash, n, segment, f1));
                d[0] = char(v & 0xff);
                d[1] = char(v >> 8);
            }
        }
        pos = 44 + 2 * n;
    }
    while (pos < end) {
        const qint64 n = (pos - 44) / 2;
        const char segment = segmentOf(n);
        const qint16 s = exact ? sample(hash, n, segment) : fastSample(table, hash, n, segment, f1);
        const char bytes[2] = {char(quint16(s) & 0xff), char(quint16(s) >> 8)};
        const int first = int((pos - 44) % 2);
        for (int b = first; b < 2 && pos < end; ++b, ++pos)
            dst[pos - offset] = bytes[b];
    }
    return out;
}
} // namespace

QByteArray SimAudio::slice(quint64 hash, int durationSec, qint64 offset, qint64 length, bool shaped)
{
    return sliceWith(hash, durationSec, offset, length, shaped, false);
}

QByteArray SimAudio::sliceExact(quint64 hash, int durationSec, qint64 offset, qint64 length, bool shaped)
{
    return sliceWith(hash, durationSec, offset, length, shaped, true);
}

QByteArray SimAudio::pcm(quint64 hash, int durationSec, bool shaped)
{
    return slice(hash, durationSec, 44, size(durationSec) - 44, shaped);
}
