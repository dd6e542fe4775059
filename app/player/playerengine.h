#pragma once

#include "api/fileinfo.h"
#include "playertypes.h"

#include <QObject>
#include <QString>

#include <memory>

class ApiClient;
class MediaCache;
class PlayerEnginePrivate;

// Plays one audio file (WAV or MP3) of the API: fetches it through ApiClient into the media
// cache, decodes it to PCM (WAV read directly and played while it downloads; MP3 through
// QAudioDecoder), time-stretches with SoundTouch when rate() != 1 (the pitch is kept) and
// writes it to a QAudioSink. The same PCM feeds the waveform overview and the silence ranges,
// computed off the GUI thread. The widgets talk only to this class.
//
// Times are in milliseconds of the recording (not of wall-clock time at rate() != 1).
class PlayerEngine final : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Empty,   // nothing loaded
        Loading, // fetching / decoding; play() now plays as soon as it can
        Ready,   // loaded (perhaps still downloading), not started
        Playing,
        Paused,  // also after the end of the file (position() == duration())
        Error,   // errorText() says why; load() another file to go on
    };
    Q_ENUM(State)

    static constexpr double kMinRate = 0.5;
    static constexpr double kMaxRate = 2.0;
    static constexpr double kRateStep = 0.25;
    static constexpr qint64 kMinSilenceMs = 1500;

    // cache may be null (no disk cache: every load downloads again, into a temporary file).
    PlayerEngine(ApiClient *client, MediaCache *cache, QObject *parent = nullptr);
    ~PlayerEngine() override;

    // True for CallRecording, VoiceMessage and any audio/* content type.
    static bool isAudio(const FileInfo &file);

    State state() const;
    QString errorText() const;          // translated reason when state() == Error
    FileInfo file() const;              // the file loaded last (null when Empty)

    qint64 position() const;            // ms
    qint64 duration() const;            // ms; -1 while unknown
    bool isBuffering() const;           // playing, but waiting for bytes not downloaded yet

    qint64 downloadedBytes() const;
    qint64 totalBytes() const;          // -1 while unknown
    bool isDownloadComplete() const;

    double rate() const;                // 0.5 .. 2.0, steps of 0.25
    int volume() const;                 // 0 .. 100
    bool isMuted() const;
    bool skipSilence() const;

    WaveformPeaks waveform() const;     // empty until waveformReady()
    SilenceRanges silences() const;     // empty until silencesChanged()

public slots:
    // Cancels the previous file's download and loads this one. A file that is not audio
    // (isAudio() false) ends in Error. The position goes to 0.
    void load(const FileInfo &file);
    void unload();                      // back to Empty
    void play();                        // from Loading: plays as soon as possible; at the end: from 0
    void pause();
    void togglePlayPause();
    // Clamped to [0, duration]. Past the downloaded part of a WAV: a near place (< 512 KB ahead)
    // waits for the download (isBuffering()), a far one is fetched at once with a Range request
    // and the gap is filled afterwards.
    void seek(qint64 positionMs);
    void seekBy(qint64 deltaMs);
    void setRate(double rate);          // clamped and rounded to the 0.25 grid
    void setVolume(int volume);
    void setMuted(bool muted);
    void setSkipSilence(bool on);

signals:
    void stateChanged(PlayerEngine::State state);
    void positionChanged(qint64 positionMs);   // about every 50 ms while playing, and on seek
    void durationChanged(qint64 durationMs);
    void bufferingChanged(bool buffering);
    void downloadProgress(qint64 received, qint64 total);
    void waveformReady(const WaveformPeaks &peaks);
    void silencesChanged(const SilenceRanges &ranges);
    void silenceSkipped(qint64 fromMs, qint64 toMs);
    void rateChanged(double rate);
    void volumeChanged(int volume);
    void mutedChanged(bool muted);
    void skipSilenceChanged(bool on);
    void errorOccurred(const QString &text);   // also readable as errorText()
    void finished();                           // the end of the file was played (for auto-advance)
    // Diagnostics (benchmarks): the first audio of a load() or seek() reached the device.
    void firstAudioWritten();

private:
    friend class PlayerEnginePrivate;
    std::unique_ptr<PlayerEnginePrivate> d;
};
