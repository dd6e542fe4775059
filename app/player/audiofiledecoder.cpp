#include "audiofiledecoder.h"

#include <QAudioBuffer>
#include <QAudioDecoder>
#include <QUrl>

AudioFileDecoder::AudioFileDecoder(QObject *parent)
    : QObject(parent)
{
}

AudioFileDecoder::~AudioFileDecoder()
{
    cancel();
}

void AudioFileDecoder::cancel()
{
    if (!m_decoder)
        return;
    m_decoder->disconnect(this);
    m_decoder->stop();
    m_decoder->deleteLater();
    m_decoder = nullptr;
    m_pcm.clear();
}

void AudioFileDecoder::start(const QString &path)
{
    cancel();
    m_sampleRate = 0;
    m_channels = 0;
    m_decoder = new QAudioDecoder(this);
    QAudioFormat format;
    format.setSampleFormat(QAudioFormat::Int16);
    m_decoder->setAudioFormat(format);
    connect(m_decoder, &QAudioDecoder::bufferReady, this, [this]() {
        while (m_decoder && m_decoder->bufferAvailable()) {
            const QAudioBuffer buffer = m_decoder->read();
            const QAudioFormat f = buffer.format();
            if (f.sampleFormat() != QAudioFormat::Int16)
                continue;
            m_sampleRate = f.sampleRate();
            m_channels = f.channelCount();
            m_pcm.append(buffer.constData<char>(), int(buffer.byteCount()));
        }
    });
    connect(m_decoder, &QAudioDecoder::finished, this, [this]() {
        if (m_pcm.isEmpty() || m_sampleRate <= 0 || m_channels <= 0) {
            emit failed(tr("The file holds no sound that could be decoded."));
            return;
        }
        const QByteArray pcm = m_pcm;
        const int rate = m_sampleRate;
        const int channels = m_channels;
        cancel();
        emit decoded(pcm, rate, channels);
    });
    connect(m_decoder, qOverload<QAudioDecoder::Error>(&QAudioDecoder::error), this, [this](QAudioDecoder::Error) {
        const QString reason = m_decoder ? m_decoder->errorString() : QString();
        cancel();
        emit failed(tr("The file's format is not supported (%1).").arg(reason));
    });
    m_decoder->setSource(QUrl::fromLocalFile(path));
    m_decoder->start();
}
