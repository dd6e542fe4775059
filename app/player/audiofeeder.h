#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QVector>

#include <deque>
#include <functional>
#include <memory>

class PcmSource;
class QAudioSink;
class QIODevice;
class QTimer;
namespace soundtouch {
class SoundTouch;
}

// Writes a PcmSource to a QAudioSink (push mode, on a 10 ms timer), through SoundTouch when the
// rate is not 1 (tempo changes, the pitch stays). Keeps track of which source frame is being
// heard. Waits (starved) when the source has no more bytes yet; ends at the source's end.
class AudioFeeder final : public QObject
{
    Q_OBJECT
public:
    // Returns the frame to continue from (a jump over silence), or the frame given.
    using JumpFunction = std::function<qint64(qint64 frame)>;

    explicit AudioFeeder(QObject *parent = nullptr);
    ~AudioFeeder() override;

    static bool hasOutputDevice();

    // Opens the device for the source's format and starts writing from frame. Returns false
    // (and sets errorText()) when no device could be opened.
    bool start(PcmSource *source, qint64 frame);
    void stop();                       // closes the device
    void suspend();
    void resume();
    bool isRunning() const { return m_sink != nullptr; }
    bool isSuspended() const { return m_suspended; }
    // Drops what is buffered and continues from frame (seek).
    void restartAt(qint64 frame);

    void setRate(double rate);
    void setGain(float gain) { m_gain = gain; }
    void setJumpFunction(JumpFunction f) { m_jump = std::move(f); }

    qint64 heardFrame() const;         // the source frame being played now (approximately)
    qint64 nextFrame() const { return m_nextFrame; } // the next source frame to be read
    bool isStarved() const { return m_starved; }
    QString errorText() const { return m_error; }

signals:
    void firstAudioWritten();
    void starvedChanged(bool starved);
    void jumped(qint64 fromFrame, qint64 toFrame);
    void ended();
    void failed(const QString &text);

private:
    void tick();
    qint64 produce(qint64 outFrames, QByteArray *out);
    void writeSamples(const float *samples, qint64 frames, QByteArray *out) const;
    void setStarved(bool starved);

    PcmSource *m_source = nullptr;
    std::unique_ptr<soundtouch::SoundTouch> m_stretch;
    QAudioSink *m_sink = nullptr;
    QIODevice *m_io = nullptr;
    QTimer *m_timer = nullptr;
    JumpFunction m_jump;
    QVector<qint16> m_in;
    QVector<float> m_float;
    double m_rate = 1.0;
    float m_gain = 1.0f;
    qint64 m_nextFrame = 0;            // next source frame to read
    qint64 m_outWritten = 0;           // frames written to the device since start/restart
    qint64 m_baseFrame = 0;            // heard frame before anything of this run is played
    std::deque<std::pair<qint64, qint64>> m_marks; // (output frames written, source frame) after each write
    bool m_suspended = false;
    bool m_starved = false;
    bool m_flushed = false;
    bool m_firstPending = false;
    bool m_endSignalled = false;
    QElapsedTimer m_endClock;
    QString m_error;
};
