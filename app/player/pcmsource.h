#pragma once

#include "wavheader.h"

#include <QByteArray>
#include <QFile>
#include <QString>

#include <functional>

// 16-bit interleaved PCM to play: either a WAV file that may still be growing on disk (the
// download writes to it; setAvailability() says which parts are there) or a decoded buffer in
// memory (MP3). Read on the GUI thread only; the waveform worker opens its own copy.
class PcmSource final
{
public:
    bool openWav(const QString &path, const WavHeader &header, qint64 fileSize);
    void setMemory(const QByteArray &pcm, int sampleRate, int channels);
    void close();

    bool isOpen() const { return m_sampleRate > 0; }
    bool isFile() const { return m_file.isOpen(); }
    QString path() const { return m_file.fileName(); }
    int sampleRate() const { return m_sampleRate; }
    int channels() const { return m_channels; }
    int bytesPerFrame() const { return 2 * m_channels; }
    qint64 dataOffset() const { return m_dataOffset; }
    const QByteArray &memory() const { return m_memory; }

    qint64 totalFrames() const { return m_totalFrames; }
    // Frames on disk from frame on, without a gap.
    qint64 availableFrom(qint64 frame) const;
    bool isComplete() const { return !m_file.isOpen() || m_complete; }
    // For a growing file: where the bytes on disk from a byte position on end.
    void setAvailability(std::function<qint64(qint64)> contiguousEnd) { m_contiguousEnd = std::move(contiguousEnd); }
    void setComplete(bool complete) { m_complete = complete; }

    qint64 framesToMs(qint64 frames) const { return m_sampleRate > 0 ? frames * 1000 / m_sampleRate : 0; }
    qint64 msToFrames(qint64 ms) const { return ms * m_sampleRate / 1000; }

    // Up to `frames` frames from `frame` into out (interleaved); returns the frames read.
    qint64 read(qint64 frame, qint64 frames, qint16 *out);

private:
    QFile m_file;
    QByteArray m_memory;
    int m_sampleRate = 0;
    int m_channels = 0;
    qint64 m_dataOffset = 0;
    qint64 m_totalFrames = 0;
    std::function<qint64(qint64)> m_contiguousEnd;
    bool m_complete = false;
};
