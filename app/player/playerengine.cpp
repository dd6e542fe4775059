#include "playerengine.h"

#include "audiofeeder.h"
#include "audiofiledecoder.h"
#include "mediafetcher.h"
#include "pcmsource.h"
#include "waveformbuilder.h"

#include <QAudio>
#include <QFile>
#include <QTimer>

#include <cmath>

namespace {
constexpr qint64 kSilenceMarginMs = 250; // keep a little of each silence: speech does not start clipped
} // namespace

class PlayerEnginePrivate final
{
public:
    PlayerEnginePrivate(PlayerEngine *q, ApiClient *client, MediaCache *cache)
        : q(q)
        , fetcher(client, cache)
        , positionTimer(new QTimer(q))
    {
    }

    void setState(PlayerEngine::State s);
    void setError(const QString &text);
    void reset();
    void tryOpenWav(bool complete);
    void becomeReady();
    void startWaveform();
    bool startOutput();
    qint64 jump(qint64 frame) const;
    void applyGain() { feeder.setGain(muted ? 0.0f : float(QAudio::convertVolume(volume / 100.0, QAudio::LogarithmicVolumeScale, QAudio::LinearVolumeScale))); }

    PlayerEngine *q;
    MediaFetcher fetcher;
    AudioFeeder feeder;
    AudioFileDecoder decoder;
    WaveformBuilder waveformBuilder;
    PcmSource source;
    QTimer *positionTimer;
    FileInfo file;
    PlayerEngine::State state = PlayerEngine::State::Empty;
    QString error;
    qint64 durationMs = -1;
    qint64 stoppedFrame = 0;   // the position while the output is not running
    bool playWanted = false;
    bool decoding = false;
    bool buffering = false;
    double rate = 1.0;
    int volume = 100;
    bool muted = false;
    bool skipSilence = false;
    WaveformPeaks peaks;
    SilenceRanges silences;
};

void PlayerEnginePrivate::setState(PlayerEngine::State s)
{
    if (state == s)
        return;
    state = s;
    if (s == PlayerEngine::State::Playing)
        positionTimer->start();
    else
        positionTimer->stop();
    emit q->stateChanged(s);
}

void PlayerEnginePrivate::setError(const QString &text)
{
    fetcher.cancel();
    feeder.stop();
    decoder.cancel();
    playWanted = false;
    error = text;
    setState(PlayerEngine::State::Error);
    emit q->errorOccurred(text);
}

void PlayerEnginePrivate::reset()
{
    fetcher.cancel();
    feeder.stop();
    decoder.cancel();
    waveformBuilder.cancel();
    source.close();
    playWanted = false;
    decoding = false;
    stoppedFrame = 0;
    error.clear();
    peaks = {};
    silences.clear();
    if (buffering) {
        buffering = false;
        emit q->bufferingChanged(false);
    }
}

void PlayerEnginePrivate::tryOpenWav(bool complete)
{
    if (source.isOpen() || decoding)
        return;
    QFile f(fetcher.path());
    if (!f.open(QIODevice::ReadOnly))
        return;
    const QByteArray head = f.read(qMin<qint64>(fetcher.contiguousEnd(0), 65536));
    WavHeader header;
    const WavHeader::Result r = WavHeader::parse(head, &header);
    if (r == WavHeader::Result::Ok) {
        const qint64 size = fetcher.total() > 0 ? fetcher.total() : (complete ? fetcher.received() : -1);
        if (!source.openWav(fetcher.path(), header, size)) {
            setError(PlayerEngine::tr("The downloaded file could not be read."));
            return;
        }
        source.setAvailability([this](qint64 pos) { return fetcher.contiguousEnd(pos); });
        source.setComplete(complete);
        becomeReady();
        return;
    }
    if (!complete && (r == WavHeader::Result::NeedMore || head.size() < 12))
        return;
    if (complete) { // MP3, or a WAV that is not 16-bit PCM: decode it whole
        decoding = true;
        decoder.start(fetcher.path());
    }
}

void PlayerEnginePrivate::becomeReady()
{
    const qint64 d = source.framesToMs(source.totalFrames());
    if (d != durationMs) {
        durationMs = d;
        emit q->durationChanged(d);
    }
    if (source.isComplete())
        startWaveform();
    setState(PlayerEngine::State::Ready);
    if (playWanted)
        q->play();
}

void PlayerEnginePrivate::startWaveform()
{
    WaveformBuilder::Input in;
    if (source.isFile()) {
        in.path = fetcher.path();
        in.dataOffset = source.dataOffset();
    } else {
        in.pcm = source.memory();
    }
    in.sampleRate = source.sampleRate();
    in.channels = source.channels();
    in.frames = source.totalFrames();
    waveformBuilder.start(in);
}

bool PlayerEnginePrivate::startOutput()
{
    applyGain();
    feeder.setRate(rate);
    if (!feeder.start(&source, stoppedFrame)) {
        setError(feeder.errorText());
        return false;
    }
    return true;
}

qint64 PlayerEnginePrivate::jump(qint64 frame) const
{
    if (!skipSilence)
        return frame;
    const qint64 ms = source.framesToMs(frame);
    for (const SilenceRange &s : silences) {
        if (ms >= s.startMs + kSilenceMarginMs && ms < s.endMs - kSilenceMarginMs) {
            emit q->silenceSkipped(ms, s.endMs - kSilenceMarginMs);
            return source.msToFrames(s.endMs - kSilenceMarginMs);
        }
    }
    return frame;
}

PlayerEngine::PlayerEngine(ApiClient *client, MediaCache *cache, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<PlayerEnginePrivate>(this, client, cache))
{
    qRegisterMetaType<WaveformPeaks>();
    qRegisterMetaType<SilenceRanges>();
    d->positionTimer->setInterval(50);
    connect(d->positionTimer, &QTimer::timeout, this, [this]() { emit positionChanged(position()); });
    connect(&d->fetcher, &MediaFetcher::progress, this, [this](qint64 received, qint64 total) {
        emit downloadProgress(received, total);
        if (!d->source.isOpen() && d->state == State::Loading)
            d->tryOpenWav(false);
    });
    connect(&d->fetcher, &MediaFetcher::finished, this, [this](const QString &) {
        if (d->source.isFile()) {
            d->source.setComplete(true);
            d->startWaveform();
        } else if (!d->source.isOpen()) {
            d->tryOpenWav(true);
        }
    });
    connect(&d->fetcher, &MediaFetcher::failed, this, [this](const QString &text) { d->setError(text); });
    connect(&d->decoder, &AudioFileDecoder::decoded, this, [this](const QByteArray &pcm, int rate, int channels) {
        d->decoding = false;
        d->source.setMemory(pcm, rate, channels);
        d->becomeReady();
    });
    connect(&d->decoder, &AudioFileDecoder::failed, this, [this](const QString &text) {
        d->decoding = false;
        d->setError(text);
    });
    connect(&d->waveformBuilder, &WaveformBuilder::finished, this, [this](const WaveformPeaks &p, const SilenceRanges &s) {
        d->peaks = p;
        d->silences = s;
        emit waveformReady(p);
        emit silencesChanged(s);
    });
    d->feeder.setJumpFunction([this](qint64 frame) { return d->jump(frame); });
    connect(&d->feeder, &AudioFeeder::firstAudioWritten, this, &PlayerEngine::firstAudioWritten);
    connect(&d->feeder, &AudioFeeder::starvedChanged, this, [this](bool starved) {
        if (starved && d->source.isFile())
            d->fetcher.prioritize(d->source.dataOffset() + d->feeder.nextFrame() * d->source.bytesPerFrame());
        d->buffering = starved;
        emit bufferingChanged(starved);
    });
    connect(&d->feeder, &AudioFeeder::failed, this, [this](const QString &text) { d->setError(text); });
    connect(&d->feeder, &AudioFeeder::ended, this, [this]() {
        d->feeder.stop();
        d->stoppedFrame = d->source.totalFrames();
        d->setState(State::Paused);
        emit positionChanged(position());
        emit finished();
    });
}

PlayerEngine::~PlayerEngine() = default;

bool PlayerEngine::isAudio(const FileInfo &file)
{
    if (file.isNull())
        return false;
    const FileType t = file.type();
    return t == FileType::CallRecording || t == FileType::VoiceMessage
        || file.contentType().startsWith(QLatin1String("audio/"), Qt::CaseInsensitive);
}

PlayerEngine::State PlayerEngine::state() const { return d->state; }
QString PlayerEngine::errorText() const { return d->error; }
FileInfo PlayerEngine::file() const { return d->file; }
qint64 PlayerEngine::duration() const { return d->durationMs; }
bool PlayerEngine::isBuffering() const { return d->buffering; }
qint64 PlayerEngine::downloadedBytes() const { return d->fetcher.received(); }
qint64 PlayerEngine::totalBytes() const { return d->fetcher.total(); }
bool PlayerEngine::isDownloadComplete() const { return d->fetcher.isComplete(); }
double PlayerEngine::rate() const { return d->rate; }
int PlayerEngine::volume() const { return d->volume; }
bool PlayerEngine::isMuted() const { return d->muted; }
bool PlayerEngine::skipSilence() const { return d->skipSilence; }
WaveformPeaks PlayerEngine::waveform() const { return d->peaks; }
SilenceRanges PlayerEngine::silences() const { return d->silences; }

qint64 PlayerEngine::position() const
{
    if (!d->source.isOpen())
        return 0;
    const qint64 frame = d->feeder.isRunning() ? d->feeder.heardFrame() : d->stoppedFrame;
    return d->source.framesToMs(frame);
}

void PlayerEngine::load(const FileInfo &file)
{
    d->reset();
    d->file = file;
    d->durationMs = -1;
    if (!isAudio(file)) {
        d->setError(tr("%1 is not an audio file.").arg(file.fileName()));
        return;
    }
    if (file.recordingDuration() > 0)
        d->durationMs = qint64(file.recordingDuration()) * 1000;
    d->setState(State::Loading);
    emit durationChanged(d->durationMs);
    emit positionChanged(0);
    d->fetcher.fetch(file);
}

void PlayerEngine::unload()
{
    d->reset();
    d->file = FileInfo();
    d->durationMs = -1;
    d->setState(State::Empty);
    emit durationChanged(-1);
    emit positionChanged(0);
}

void PlayerEngine::play()
{
    switch (d->state) {
    case State::Loading:
        d->playWanted = true;
        return;
    case State::Empty:
    case State::Error:
    case State::Playing:
        return;
    case State::Ready:
    case State::Paused:
        break;
    }
    d->playWanted = false;
    if (d->stoppedFrame >= d->source.totalFrames() && !d->feeder.isRunning())
        d->stoppedFrame = 0;
    if (d->feeder.isRunning()) {
        d->feeder.resume();
    } else if (!d->startOutput()) {
        return;
    }
    d->setState(State::Playing);
}

void PlayerEngine::pause()
{
    if (d->state == State::Loading) {
        d->playWanted = false;
        return;
    }
    if (d->state != State::Playing)
        return;
    d->stoppedFrame = d->feeder.heardFrame();
    d->feeder.suspend();
    d->setState(State::Paused);
    emit positionChanged(position());
}

void PlayerEngine::togglePlayPause()
{
    if (d->state == State::Playing || (d->state == State::Loading && d->playWanted))
        pause();
    else
        play();
}

void PlayerEngine::seek(qint64 positionMs)
{
    if (!d->source.isOpen())
        return;
    const qint64 frame = qBound<qint64>(0, d->source.msToFrames(positionMs), d->source.totalFrames());
    d->stoppedFrame = frame;
    if (d->source.isFile() && !d->source.isComplete())
        d->fetcher.prioritize(d->source.dataOffset() + frame * d->source.bytesPerFrame());
    if (d->feeder.isRunning())
        d->feeder.restartAt(frame);
    emit positionChanged(d->source.framesToMs(frame));
}

void PlayerEngine::seekBy(qint64 deltaMs)
{
    seek(position() + deltaMs);
}

void PlayerEngine::setRate(double rate)
{
    const double snapped = qBound(kMinRate, std::round(rate / kRateStep) * kRateStep, kMaxRate);
    if (qFuzzyCompare(snapped, d->rate))
        return;
    d->rate = snapped;
    d->feeder.setRate(snapped);
    emit rateChanged(snapped);
}

void PlayerEngine::setVolume(int volume)
{
    volume = qBound(0, volume, 100);
    if (volume == d->volume)
        return;
    d->volume = volume;
    d->applyGain();
    emit volumeChanged(volume);
}

void PlayerEngine::setMuted(bool muted)
{
    if (muted == d->muted)
        return;
    d->muted = muted;
    d->applyGain();
    emit mutedChanged(muted);
}

void PlayerEngine::setSkipSilence(bool on)
{
    if (on == d->skipSilence)
        return;
    d->skipSilence = on;
    emit skipSilenceChanged(on);
}
