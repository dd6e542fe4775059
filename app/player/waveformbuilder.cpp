#include "waveformbuilder.h"

#include "playerengine.h"

#include <QFile>
#include <QMetaObject>
#include <QPointer>
#include <QVector>

#include <cmath>
#include <cstdlib>

namespace {
// A 20 ms window is silent below about -40 dBFS RMS (a quiet room, line noise).
constexpr double kSilenceRms = 330.0;
constexpr int kWindowMs = 20;
} // namespace

WaveformBuilder::WaveformBuilder(QObject *parent)
    : QObject(parent)
{
}

WaveformBuilder::~WaveformBuilder()
{
    cancel();
}

void WaveformBuilder::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
    if (m_thread.joinable())
        m_thread.join();
    m_cancel.reset();
    m_running = false;
}

void WaveformBuilder::start(const Input &input)
{
    cancel();
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_running = true;
    QPointer<WaveformBuilder> self(this);
    auto flag = m_cancel;
    m_thread = std::thread([self, flag, input]() {
        Result r = compute(input, flag.get());
        if (flag->load())
            return;
        // Delivered on the builder's (GUI) thread; dropped if it died or started over.
        QMetaObject::invokeMethod(
            self.data(),
            [self, flag, r]() {
                if (!self || flag->load() || self->m_cancel != flag)
                    return;
                self->m_running = false;
                emit self->finished(r.peaks, r.silences);
            },
            Qt::QueuedConnection);
    });
}

WaveformBuilder::Result WaveformBuilder::compute(const Input &in, const std::atomic_bool *cancelled)
{
    Result r;
    const int channels = qMax(1, in.channels);
    const qint64 frames = in.frames;
    if (frames <= 0 || in.sampleRate <= 0)
        return r;
    const int buckets = int(qMin<qint64>(in.buckets, frames));
    r.peaks.durationMs = frames * 1000 / in.sampleRate;
    r.peaks.peak.fill(0.0f, buckets);
    r.peaks.rms.fill(0.0f, buckets);

    const qint64 window = qMax<qint64>(1, qint64(in.sampleRate) * kWindowMs / 1000);
    const qint64 silentWindowSq = qint64(kSilenceRms * kSilenceRms * double(window));
    const qint64 minSilentFrames = qint64(in.sampleRate) * PlayerEngine::kMinSilenceMs / 1000;
    qint64 silentStart = -1;
    auto closeSilence = [&](qint64 endFrame) {
        if (silentStart >= 0 && endFrame - silentStart >= minSilentFrames)
            r.silences.append({silentStart * 1000 / in.sampleRate, endFrame * 1000 / in.sampleRate});
        silentStart = -1;
    };

    QFile file(in.path);
    if (!in.path.isEmpty() && (!file.open(QIODevice::ReadOnly) || !file.seek(in.dataOffset)))
        return r;

    // Running state: the current bucket and 20 ms window, with integer sums (no per-sample division).
    int bucket = 0;
    qint64 bucketEnd = frames / buckets;
    int bucketPeak = 0;
    qint64 bucketSq = 0;
    qint64 bucketCount = 0;
    qint64 windowLeft = window;
    qint64 windowSq = 0;
    qint64 windowStart = 0;
    auto endBucket = [&]() {
        r.peaks.peak[bucket] = float(bucketPeak) / 32768.0f;
        r.peaks.rms[bucket] = bucketCount ? float(std::sqrt(double(bucketSq) / double(bucketCount)) / 32768.0) : 0.0f;
        ++bucket;
        bucketEnd = bucket < buckets ? qint64(bucket + 1) * frames / buckets : frames;
        bucketPeak = 0;
        bucketSq = 0;
        bucketCount = 0;
    };

    const qint64 chunkFrames = 65536;
    QByteArray buffer;
    qint64 frame = 0;
    while (frame < frames) {
        if (cancelled && cancelled->load())
            return r;
        const qint64 n = qMin(chunkFrames, frames - frame);
        const qint16 *samples = nullptr;
        qint64 got = n;
        if (in.path.isEmpty()) {
            samples = reinterpret_cast<const qint16 *>(in.pcm.constData()) + frame * channels;
        } else {
            buffer = file.read(n * channels * 2);
            got = buffer.size() / (channels * 2);
            samples = reinterpret_cast<const qint16 *>(buffer.constData());
            if (got <= 0)
                break;
        }
        for (qint64 i = 0; i < got; ++i) {
            int v = std::abs(int(samples[i * channels]));
            for (int c = 1; c < channels; ++c)
                v = qMax(v, std::abs(int(samples[i * channels + c])));
            const qint64 sq = qint64(v) * v;
            bucketPeak = qMax(bucketPeak, v);
            bucketSq += sq;
            ++bucketCount;
            windowSq += sq;
            const qint64 at = frame + i;
            if (--windowLeft == 0) {
                const bool silent = windowSq < silentWindowSq;
                if (silent && silentStart < 0)
                    silentStart = windowStart;
                else if (!silent)
                    closeSilence(windowStart);
                windowStart = at + 1;
                windowLeft = window;
                windowSq = 0;
            }
            if (at + 1 >= bucketEnd && bucket < buckets)
                endBucket();
        }
        frame += got;
        if (got < n)
            break;
    }
    while (bucket < buckets)
        endBucket();
    closeSilence(windowLeft != window ? windowStart : frame);
    return r;
}
