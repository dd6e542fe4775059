#include "pcmsource.h"

#include <cstring>

bool PcmSource::openWav(const QString &path, const WavHeader &header, qint64 fileSize)
{
    close();
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly))
        return false;
    m_sampleRate = header.sampleRate;
    m_channels = header.channels;
    m_dataOffset = header.dataOffset;
    qint64 dataSize = header.dataSize;
    // Streaming writers leave 0 or 0xFFFFFFFF: then the file's size decides.
    if (fileSize > 0 && (dataSize <= 0 || dataSize == 0xFFFFFFFFLL || header.dataOffset + dataSize > fileSize))
        dataSize = fileSize - header.dataOffset;
    m_totalFrames = qMax<qint64>(0, dataSize / bytesPerFrame());
    m_complete = false;
    return true;
}

void PcmSource::setMemory(const QByteArray &pcm, int sampleRate, int channels)
{
    close();
    m_memory = pcm;
    m_sampleRate = sampleRate;
    m_channels = channels;
    m_totalFrames = pcm.size() / bytesPerFrame();
}

void PcmSource::close()
{
    m_file.close();
    m_memory.clear();
    m_sampleRate = 0;
    m_channels = 0;
    m_dataOffset = 0;
    m_totalFrames = 0;
    m_complete = false;
    m_contiguousEnd = nullptr;
}

qint64 PcmSource::availableFrom(qint64 frame) const
{
    if (frame >= m_totalFrames || frame < 0)
        return 0;
    if (isComplete() || !m_contiguousEnd)
        return m_totalFrames - frame;
    const qint64 end = m_contiguousEnd(m_dataOffset + frame * bytesPerFrame());
    return qBound<qint64>(0, (end - m_dataOffset) / bytesPerFrame() - frame, m_totalFrames - frame);
}

qint64 PcmSource::read(qint64 frame, qint64 frames, qint16 *out)
{
    const qint64 n = qMin(frames, availableFrom(frame));
    if (n <= 0)
        return 0;
    const int bpf = bytesPerFrame();
    if (!m_file.isOpen()) {
        memcpy(out, m_memory.constData() + frame * bpf, size_t(n * bpf));
        return n;
    }
    if (!m_file.seek(m_dataOffset + frame * bpf))
        return 0;
    const qint64 got = m_file.read(reinterpret_cast<char *>(out), n * bpf);
    return got > 0 ? got / bpf : 0;
}
