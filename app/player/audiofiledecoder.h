#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

class QAudioDecoder;

// Decodes a complete compressed file (MP3, or a WAV that is not 16-bit PCM) into 16-bit PCM in
// memory with QAudioDecoder. Reports once: decoded() or failed().
class AudioFileDecoder final : public QObject
{
    Q_OBJECT
public:
    explicit AudioFileDecoder(QObject *parent = nullptr);
    ~AudioFileDecoder() override;

    void start(const QString &path);
    void cancel();

signals:
    void decoded(const QByteArray &pcm, int sampleRate, int channels);
    void failed(const QString &text);

private:
    QAudioDecoder *m_decoder = nullptr;
    QByteArray m_pcm;
    int m_sampleRate = 0;
    int m_channels = 0;
};
