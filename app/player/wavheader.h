#pragma once

#include <QByteArray>

// The layout of a PCM WAV file, read from its first bytes (RIFF chunks scanned up to "data").
struct WavHeader final
{
    enum class Result { Ok, NeedMore, Unsupported };

    int sampleRate = 0;
    int channels = 0;
    int bitsPerSample = 0;
    qint64 dataOffset = 0;
    qint64 dataSize = 0;   // from the header, clamped to the file size by the caller

    int bytesPerFrame() const { return channels * bitsPerSample / 8; }
    static Result parse(const QByteArray &head, WavHeader *out);
};
