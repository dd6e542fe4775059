#pragma once

#include "playertypes.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <thread>

// Computes the waveform overview and the silence ranges of a whole recording on a worker
// thread (std::thread; the GUI thread only receives the result). The input is either a WAV
// file on disk (path, data offset, format) or 16-bit PCM in memory. start() again, or the
// destructor, cancels the work under way.
class WaveformBuilder final : public QObject
{
    Q_OBJECT
public:
    struct Input
    {
        QString path;          // empty: use pcm
        qint64 dataOffset = 0;
        QByteArray pcm;
        int sampleRate = 8000;
        int channels = 1;
        qint64 frames = 0;
        int buckets = 2000;
    };
    struct Result
    {
        WaveformPeaks peaks;
        SilenceRanges silences;
    };

    explicit WaveformBuilder(QObject *parent = nullptr);
    ~WaveformBuilder() override;

    void start(const Input &input);
    void cancel();
    bool isRunning() const { return m_running; }

    // The work itself (also callable directly, e.g. by a test).
    static Result compute(const Input &input, const std::atomic_bool *cancelled = nullptr);

signals:
    void finished(const WaveformPeaks &peaks, const SilenceRanges &silences);

private:
    std::thread m_thread;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_running = false;
};
