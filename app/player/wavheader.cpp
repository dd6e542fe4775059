#include "wavheader.h"

#include <QtEndian>

WavHeader::Result WavHeader::parse(const QByteArray &head, WavHeader *out)
{
    if (head.size() < 12)
        return Result::NeedMore;
    const char *p = head.constData();
    if (memcmp(p, "RIFF", 4) != 0 || memcmp(p + 8, "WAVE", 4) != 0)
        return Result::Unsupported;
    qint64 at = 12;
    bool haveFormat = false;
    WavHeader h;
    while (true) {
        if (at + 8 > head.size())
            return head.size() > 65536 ? Result::Unsupported : Result::NeedMore;
        const char *chunk = p + at;
        const quint32 size = qFromLittleEndian<quint32>(chunk + 4);
        if (memcmp(chunk, "fmt ", 4) == 0) {
            if (size < 16)
                return Result::Unsupported;
            if (at + 8 + 16 > head.size())
                return Result::NeedMore;
            const quint16 format = qFromLittleEndian<quint16>(chunk + 8);
            h.channels = qFromLittleEndian<quint16>(chunk + 10);
            h.sampleRate = int(qFromLittleEndian<quint32>(chunk + 12));
            h.bitsPerSample = qFromLittleEndian<quint16>(chunk + 22);
            // PCM, or WAVE_FORMAT_EXTENSIBLE carrying PCM: only 16-bit integer samples here.
            if ((format != 1 && format != 0xFFFE) || h.bitsPerSample != 16 || h.channels < 1 || h.channels > 8
                || h.sampleRate < 1000 || h.sampleRate > 384000)
                return Result::Unsupported;
            haveFormat = true;
        } else if (memcmp(chunk, "data", 4) == 0) {
            if (!haveFormat)
                return Result::Unsupported;
            h.dataOffset = at + 8;
            h.dataSize = size;
            *out = h;
            return Result::Ok;
        }
        at += 8 + qint64(size) + (size & 1);
    }
}
