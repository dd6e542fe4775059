// bench_player: the player engine's figures against evovoice-sim on loopback, through a private
// PulseAudio null sink (as tst_player_audio):
// - load() to the first audio written to the device, 1-minute 8 kHz WAV, cache miss and hit;
// - the waveform of a 1-hour recording, and the longest GUI event-loop stall meanwhile
//   (a 1 ms timer's largest gap);
// - seek latency while playing (seek() to the first audio of the new place written);
// - memory growth (RSS) while downloading and playing a 1-hour recording;
// - time to first sound of a 1-hour WAV with file bodies capped at 2 MB/s.
#include "player/mediacache.h"
#include "player/playerengine.h"
#include "pulsenullsink.h"
#include "signedinclient.h"
#include "simprocess.h"
#include "apiwait.h"

#include "benchreport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>

using BenchReport::figure;

namespace {
// The longest gap between two ticks of a 1 ms timer on this thread: how long the event loop stalled.
class LoopStallWatch
{
public:
    LoopStallWatch()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            m_maxGapNs = qMax(m_maxGapNs, m_gap.nsecsElapsed());
            m_gap.restart();
        });
    }
    void start()
    {
        m_timer.start(1);
        m_gap.start();
    }
    void stop() { m_timer.stop(); }
    double maxStallMs() const { return m_maxGapNs / 1e6; }

private:
    QTimer m_timer;
    QElapsedTimer m_gap;
    qint64 m_maxGapNs = 0;
};

// Runs the event loop until done() or the timeout; false on timeout.
bool spinUntil(const std::function<bool()> &done, int timeoutMs = 60000)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

double median(QVector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

QList<FileInfo> filesOf(ApiClient &client, QObject *context)
{
    FileQuery q;
    q.all = true;
    q.countPerPage = 1000;
    const auto r = waitFor<ListPage<FileInfo>>([&](auto cb) { client.listFiles(q, context, cb); });
    return r && r->ok() ? r->value.items : QList<FileInfo>();
}

// load() + play() to firstAudioWritten, in ms.
double timeToFirstAudio(PlayerEngine &engine, const FileInfo &f)
{
    bool first = false;
    QMetaObject::Connection c = QObject::connect(&engine, &PlayerEngine::firstAudioWritten, [&first] { first = true; });
    QElapsedTimer t;
    t.start();
    engine.load(f);
    engine.play();
    const bool ok = spinUntil([&] { return first || engine.state() == PlayerEngine::State::Error; });
    const double ms = t.nsecsElapsed() / 1e6;
    QObject::disconnect(c);
    if (!ok || !first) {
        std::fprintf(stderr, "bench_player: no audio (%s)\n", qPrintable(engine.errorText()));
        std::exit(1);
    }
    return ms;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    PulseNullSink pulse;
    QString error;
    if (!pulse.start(&error)) {
        std::fprintf(stderr, "bench_player: %s\n", qPrintable(error));
        return 1;
    }
    SimProcess sim;
    if (!sim.start({QStringLiteral("--files"), QStringLiteral("600"), QStringLiteral("--long-recordings"), QStringLiteral("1")})) {
        std::fprintf(stderr, "bench_player: %s\n", qPrintable(sim.errorString()));
        return 1;
    }
    auto client = newSimClient(sim);
    QObject context;
    if (!signInAs(*client, QStringLiteral("admin@example.com"), &context))
        return 1;
    const QList<FileInfo> files = filesOf(*client, &context);
    FileInfo minute, hour;
    for (const FileInfo &f : files) {
        if (f.contentType() != QLatin1String("audio/wav"))
            continue;
        if (f.recordingDuration() == 3600)
            hour = f;
        else if (minute.isNull() || qAbs(f.recordingDuration() - 60) < qAbs(minute.recordingDuration() - 60))
            minute = f;
    }
    if (minute.isNull() || hour.isNull())
        return 1;
    std::printf("1-minute file: %d s, %lld bytes; 1-hour file: %lld bytes\n", minute.recordingDuration(),
                static_cast<long long>(minute.contentLength()), static_cast<long long>(hour.contentLength()));

    QTemporaryDir cacheDir;
    MediaCache cache(cacheDir.path(), 500LL << 20);
    PlayerEngine engine(client.get(), &cache);

    // Warm-up: the first QAudioSink of the process connects to the server.
    timeToFirstAudio(engine, minute);
    engine.unload();

    QVector<double> miss, hit;
    for (int i = 0; i < 7; ++i) {
        cache.clear();
        miss << timeToFirstAudio(engine, minute);
        spinUntil([&] { return engine.isDownloadComplete(); });
        engine.unload();
        hit << timeToFirstAudio(engine, minute);
        engine.unload();
    }
    figure("player_first_audio_1min_cache_miss_ms", median(miss), "ms");
    figure("player_first_audio_1min_cache_hit_ms", median(hit), "ms");

    // Memory while a 1-hour recording downloads (loopback, uncapped) and plays.
    const double rssBefore = BenchReport::rssMb();
    double rssPeak = rssBefore;
    QTimer sampler;
    QObject::connect(&sampler, &QTimer::timeout, [&] { rssPeak = qMax(rssPeak, BenchReport::rssMb()); });
    sampler.start(50);
    engine.load(hour);
    engine.play();
    spinUntil([&] { return engine.isDownloadComplete(); }, 120000);
    spinUntil([&] { return !engine.waveform().isEmpty(); });
    for (int i = 0; i < 12; ++i) { // play a little of every 5 minutes
        engine.seek(qint64(i) * 300000);
        QElapsedTimer t;
        t.start();
        spinUntil([&] { return t.elapsed() > 400; });
    }
    sampler.stop();
    rssPeak = qMax(rssPeak, BenchReport::rssMb());
    figure("player_play_1h_rss_growth_mb", rssPeak - rssBefore, "MB");

    // Seek latency while playing.
    QVector<double> seeks;
    bool written = false;
    QObject::connect(&engine, &PlayerEngine::firstAudioWritten, [&written] { written = true; });
    for (int i = 0; i < 20; ++i) {
        written = false;
        QElapsedTimer t;
        t.start();
        engine.seek(qint64((i * 7919) % 3500) * 1000);
        spinUntil([&] { return written; });
        seeks << t.nsecsElapsed() / 1e6;
        QElapsedTimer pauseClock;
        pauseClock.start();
        spinUntil([&] { return pauseClock.elapsed() > 150; });
    }
    figure("player_seek_latency_median_ms", median(seeks), "ms");
    figure("player_seek_latency_max_ms", *std::max_element(seeks.begin(), seeks.end()), "ms");
    engine.unload();

    // The same 1 ms watch for 300 ms with nothing to do: the stall the loaded machine alone causes.
    {
        LoopStallWatch watch;
        watch.start();
        QElapsedTimer t;
        t.start();
        spinUntil([&] { return t.elapsed() > 300; });
        figure("player_idle_max_loop_stall_ms", watch.maxStallMs(), "ms");
    }

    // Waveform of the hour (from the cache), with the GUI loop watched by a 1 ms timer.
    {
        LoopStallWatch watch;
        bool ready = false;
        QMetaObject::Connection c = QObject::connect(&engine, &PlayerEngine::waveformReady, [&ready] { ready = true; });
        QElapsedTimer t;
        watch.start();
        t.start();
        engine.load(hour);
        spinUntil([&] { return ready; });
        const double ms = t.nsecsElapsed() / 1e6;
        watch.stop();
        QObject::disconnect(c);
        figure("player_waveform_1h_ms", ms, "ms");
        figure("player_waveform_1h_max_loop_stall_ms", watch.maxStallMs(), "ms");
        std::printf("waveform: %d buckets, %d silences\n", engine.waveform().size(), int(engine.silences().size()));
        engine.unload();
    }

    // Time to first sound for a 1-hour WAV at 2 MB/s (a player that waits needs ~29 s).
    {
        SimProcess slow;
        if (!slow.start({QStringLiteral("--files"), QStringLiteral("600"), QStringLiteral("--long-recordings"), QStringLiteral("1"),
                         QStringLiteral("--bandwidth"), QStringLiteral("2000000")}))
            return 1;
        auto slowClient = newSimClient(slow);
        if (!signInAs(*slowClient, QStringLiteral("admin@example.com"), &context))
            return 1;
        FileInfo slowHour;
        for (const FileInfo &f : filesOf(*slowClient, &context)) {
            if (f.recordingDuration() == 3600)
                slowHour = f;
        }
        QVector<double> capped;
        for (int i = 0; i < 3; ++i) {
            PlayerEngine slowEngine(slowClient.get(), nullptr);
            capped << timeToFirstAudio(slowEngine, slowHour);
        }
        figure("player_first_sound_1h_2MBps_ms", median(capped), "ms");
    }
    return 0;
}
