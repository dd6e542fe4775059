#include "audiofeeder.h"

#include "pcmsource.h"

#include <QAudioDevice>
#include <QAudioFormat>
#include <QAudioSink>
#include <QElapsedTimer>
#include <QMediaDevices>
#include <QTimer>

#include <SoundTouch.h>

#include <algorithm>
#include <cmath>

AudioFeeder::AudioFeeder(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(10);
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &AudioFeeder::tick);
}

AudioFeeder::~AudioFeeder()
{
    stop();
}

bool AudioFeeder::hasOutputDevice()
{
    return !QMediaDevices::defaultAudioOutput().isNull();
}

bool AudioFeeder::start(PcmSource *source, qint64 frame)
{
    stop();
    m_error.clear();
    m_source = source;
    const QAudioDevice device = QMediaDevices::defaultAudioOutput();
    if (device.isNull()) {
        m_error = tr("No audio output device is available.");
        return false;
    }
    QAudioFormat format;
    format.setSampleRate(source->sampleRate());
    format.setChannelCount(source->channels());
    format.setSampleFormat(QAudioFormat::Int16);
    if (!device.isFormatSupported(format)) {
        m_error = tr("The audio device cannot play %1 Hz, %2 channel(s).").arg(source->sampleRate()).arg(source->channels());
        return false;
    }
    m_sink = new QAudioSink(device, format, this);
    // About 120 ms of buffer: enough against the 10 ms timer's jitter, short for pause and seek.
    m_sink->setBufferSize(format.bytesForDuration(120000));
    m_io = m_sink->start();
    if (!m_io || m_sink->error() != QAudio::NoError) {
        m_error = tr("The audio device could not be opened.");
        delete m_sink;
        m_sink = nullptr;
        m_io = nullptr;
        return false;
    }
    m_stretch = std::make_unique<soundtouch::SoundTouch>();
    m_stretch->setSampleRate(uint(source->sampleRate()));
    m_stretch->setChannels(uint(source->channels()));
    m_stretch->setTempo(m_rate);
    // Speech settings: shorter sequences than the music defaults keep consonants crisp.
    m_stretch->setSetting(SETTING_SEQUENCE_MS, 40);
    m_stretch->setSetting(SETTING_SEEKWINDOW_MS, 15);
    m_stretch->setSetting(SETTING_OVERLAP_MS, 8);
    m_suspended = false;
    restartAt(frame);
    m_timer->start();
    return true;
}

void AudioFeeder::stop()
{
    m_timer->stop();
    if (m_sink) {
        m_sink->stop();
        delete m_sink;
        m_sink = nullptr;
    }
    m_io = nullptr;
    m_stretch.reset();
    m_marks.clear();
    setStarved(false);
}

void AudioFeeder::suspend()
{
    if (!m_sink || m_suspended)
        return;
    m_suspended = true;
    m_timer->stop();
    m_sink->suspend();
}

void AudioFeeder::resume()
{
    if (!m_sink || !m_suspended)
        return;
    m_suspended = false;
    m_sink->resume();
    m_timer->start();
    tick();
}

void AudioFeeder::restartAt(qint64 frame)
{
    if (!m_sink)
        return;
    if (m_outWritten > 0) {
        // Drop what the device still holds: reopen the stream (reset() alone leaves it stopped).
        m_sink->stop();
        m_io = m_sink->start();
        if (m_suspended)
            m_sink->suspend();
    }
    if (m_stretch)
        m_stretch->clear();
    m_nextFrame = frame;
    m_baseFrame = frame;
    m_outWritten = 0;
    m_marks.clear();
    m_flushed = false;
    m_endSignalled = false;
    m_endClock.invalidate();
    m_firstPending = true;
    if (!m_suspended)
        tick();
}

void AudioFeeder::setRate(double rate)
{
    if (qFuzzyCompare(rate, m_rate))
        return;
    m_rate = rate;
    if (m_stretch) {
        m_stretch->clear();
        m_stretch->setTempo(rate);
    }
    // Restart from the frame heard now so that the new speed is heard at once.
    if (m_sink)
        restartAt(heardFrame());
}

qint64 AudioFeeder::heardFrame() const
{
    if (!m_sink || !m_source)
        return m_baseFrame;
    const qint64 buffered = qMax<qint64>(0, m_sink->bufferSize() - m_sink->bytesFree()) / m_source->bytesPerFrame();
    const qint64 played = qMax<qint64>(0, m_outWritten - buffered);
    qint64 frame = m_baseFrame;
    for (const auto &mark : m_marks) {
        if (mark.first > played)
            break;
        frame = mark.second;
    }
    return frame;
}

void AudioFeeder::setStarved(bool starved)
{
    if (m_starved == starved)
        return;
    m_starved = starved;
    emit starvedChanged(starved);
}

void AudioFeeder::writeSamples(const float *samples, qint64 frames, QByteArray *out) const
{
    const int channels = m_source->channels();
    const qint64 count = frames * channels;
    const int at = out->size();
    out->resize(at + int(count * 2));
    qint16 *dst = reinterpret_cast<qint16 *>(out->data() + at);
    for (qint64 i = 0; i < count; ++i)
        dst[i] = qint16(std::clamp(std::lround(samples[i] * m_gain), -32768L, 32767L));
}

qint64 AudioFeeder::produce(qint64 outFrames, QByteArray *out)
{
    const int channels = m_source->channels();
    qint64 produced = 0;
    int guard = 0;
    while (produced < outFrames && guard++ < 64) {
        if (m_jump) {
            const qint64 to = m_jump(m_nextFrame);
            if (to != m_nextFrame) {
                emit jumped(m_nextFrame, to);
                m_nextFrame = to;
            }
        }
        const qint64 want = qint64(std::ceil(double(outFrames - produced) * m_rate));
        const qint64 chunk = qBound(qint64(1), want, qint64(4096));
        m_in.resize(int(chunk * channels));
        const qint64 got = m_source->read(m_nextFrame, chunk, m_in.data());
        m_float.resize(int(qMax<qint64>(chunk, outFrames) * channels));
        if (qFuzzyCompare(m_rate, 1.0)) {
            if (got <= 0)
                break;
            for (qint64 i = 0; i < got * channels; ++i)
                m_float[int(i)] = float(m_in[int(i)]);
            writeSamples(m_float.constData(), got, out);
            m_nextFrame += got;
            produced += got;
            continue;
        }
        if (got > 0) {
            for (qint64 i = 0; i < got * channels; ++i)
                m_float[int(i)] = float(m_in[int(i)]);
            m_stretch->putSamples(m_float.constData(), uint(got));
            m_nextFrame += got;
        } else if (m_source->isComplete() && m_nextFrame >= m_source->totalFrames() && !m_flushed) {
            m_stretch->flush();
            m_flushed = true;
        }
        m_float.resize(int((outFrames - produced) * channels));
        const uint received = m_stretch->receiveSamples(m_float.data(), uint(outFrames - produced));
        if (received > 0) {
            writeSamples(m_float.constData(), received, out);
            produced += received;
        } else if (got <= 0) {
            break;
        }
    }
    return produced;
}

void AudioFeeder::tick()
{
    if (!m_sink || !m_io || m_suspended)
        return;
    if (m_sink->error() == QAudio::OpenError || m_sink->error() == QAudio::FatalError) {
        const QString text = tr("The audio device failed.");
        stop();
        emit failed(text);
        return;
    }
    const int bpf = m_source->bytesPerFrame();
    const qint64 freeFrames = m_sink->bytesFree() / bpf;
    if (freeFrames > 0) {
        QByteArray out;
        out.reserve(int(freeFrames * bpf));
        const qint64 frames = produce(freeFrames, &out);
        if (frames > 0) {
            m_io->write(out);
            m_outWritten += frames;
            const qint64 pending = m_stretch && !qFuzzyCompare(m_rate, 1.0)
                ? qint64(m_stretch->numUnprocessedSamples()) + qint64(double(m_stretch->numSamples()) * m_rate)
                : 0;
            m_marks.emplace_back(m_outWritten, qMax(m_baseFrame, m_nextFrame - pending));
            while (m_marks.size() > 256)
                m_marks.pop_front();
            if (m_firstPending) {
                m_firstPending = false;
                emit firstAudioWritten();
            }
        }
    }
    const bool atEnd = m_source->isComplete() && m_nextFrame >= m_source->totalFrames()
        && (!m_stretch || qFuzzyCompare(m_rate, 1.0) || (m_flushed && m_stretch->numSamples() == 0));
    if (atEnd) {
        setStarved(false);
        if (!m_endClock.isValid())
            m_endClock.start();
        // The device drains what it holds; pulse may not report bytesFree() == bufferSize().
        const qint64 buffered = qMax<qint64>(0, m_sink->bufferSize() - m_sink->bytesFree());
        const qint64 bufferMs = m_sink->format().durationForBytes(m_sink->bufferSize()) / 1000;
        if ((buffered <= 0 || m_endClock.elapsed() > bufferMs + 100) && !m_endSignalled) {
            m_endSignalled = true;
            m_timer->stop();
            emit ended();
        }
        return;
    }
    const bool waiting = m_source->availableFrom(m_nextFrame) <= 0;
    setStarved(waiting && m_sink->bytesFree() >= m_sink->bufferSize() / 2);
}
