// The player's WAV header reader (WavHeader::parse, on the first bytes of a download): whatever
// the bytes, no crash; an accepted header is one the player can stream (16-bit PCM, 1-8
// channels, 1,000-384,000 Hz, the samples starting inside what was read); and reading as bytes
// arrive agrees with reading them all: a prefix of an accepted file is never refused and is
// either still waiting or accepted with the same layout, and a refused prefix stays refused.
#include "player/wavheader.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {
[[noreturn]] void fail(const char *what, qsizetype at)
{
    fprintf(stderr, "WavHeader: %s (prefix of %lld bytes)\n", what, static_cast<long long>(at));
    abort();
}

bool same(const WavHeader &a, const WavHeader &b)
{
    return a.sampleRate == b.sampleRate && a.channels == b.channels && a.bitsPerSample == b.bitsPerSample
        && a.dataOffset == b.dataOffset && a.dataSize == b.dataSize;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray head(reinterpret_cast<const char *>(data), qsizetype(size));
    WavHeader full;
    const WavHeader::Result r = WavHeader::parse(head, &full);
    if (r == WavHeader::Result::Ok) {
        if (full.bitsPerSample != 16 || full.channels < 1 || full.channels > 8 || full.sampleRate < 1000
            || full.sampleRate > 384000 || full.bytesPerFrame() <= 0)
            fail("accepted a format it cannot play", head.size());
        if (full.dataOffset < 44 || full.dataOffset > head.size() || full.dataSize < 0 || full.dataSize > 0xFFFFFFFFLL)
            fail("the samples start outside what was read", head.size());
    }
    // Every prefix (up to 1 KiB, then every 61st) as if the download had stopped there.
    for (qsizetype n = 0; n < head.size(); n += n < 1024 ? 1 : 61) {
        WavHeader part;
        const WavHeader::Result p = WavHeader::parse(QByteArray::fromRawData(head.constData(), n), &part);
        if (r == WavHeader::Result::Ok && p == WavHeader::Result::Unsupported)
            fail("a prefix of an accepted file was refused", n);
        if (p == WavHeader::Result::Ok && (r != WavHeader::Result::Ok || !same(part, full)))
            fail("a prefix was read otherwise than the whole", n);
        if (p == WavHeader::Result::Unsupported && r != WavHeader::Result::Unsupported)
            fail("a refused prefix was accepted whole", n);
    }
    return 0;
}
