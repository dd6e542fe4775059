#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QVector>

// A private PulseAudio daemon with one null sink ("nullsink") for a test process: started in
// its own temporary HOME/XDG_RUNTIME_DIR, with an anonymous unix socket that PULSE_SERVER (set
// for this process by start()) points at. A keep-alive stream keeps the idle sink from
// clipping captures; record() captures the sink's monitor as 16 kHz mono 16-bit PCM.
class PulseNullSink final
{
public:
    PulseNullSink() = default;
    ~PulseNullSink();

    bool start(QString *error);
    void stop();

    bool startRecording();
    // Stops the capture and returns its samples (16 kHz mono).
    QVector<qint16> stopRecording();
    static constexpr int kRecordRate = 16000;

private:
    QProcessEnvironment environment() const;

    QTemporaryDir m_dir;
    QProcess m_daemon;
    QProcess m_keepAlive;
    QProcess m_recorder;
    QString m_socket;
};
