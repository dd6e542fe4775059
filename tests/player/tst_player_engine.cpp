// PlayerEngine against a real evovoice-sim and a private PulseAudio null sink: seek, speed,
// skip-silence, the media cache, a cancelled download, an expired pre-signed URL, errors, MP3
// and a WAV that starts playing while its bandwidth-capped download goes on.
#include "player/mediacache.h"
#include "playertesthelpers.h"
#include "pulsenullsink.h"
#include "signedinclient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

#include <memory>

class TestPlayerEngine final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void seekWhilePlayingAndPaused();
    void speedMovesThePositionFaster();
    void silencesAreFoundAndSkipped();
    void secondPlayComesFromTheCache();
    void cacheEvictsTheLeastRecentlyUsed();
    void newLoadCancelsTheOldDownload();
    void expiredPresignedUrlIsRefreshedOnce();
    void downloadFailureIsReported();
    void notAudioIsReported();
    void playsMp3();
    void progressiveWavStartsBeforeTheDownloadEnds();

private:
    FileInfo pick(const std::function<bool(const FileInfo &)> &match) const
    {
        return findFile(m_files, match);
    }
    int contentRequests(const FileInfo &f) { return storageRequestsFor(m_sim, f); }

    PulseNullSink m_pulse;
    SimProcess m_sim;
    std::unique_ptr<ApiClient> m_client;
    QList<FileInfo> m_files;
    std::unique_ptr<QTemporaryDir> m_cacheDir;
    std::unique_ptr<MediaCache> m_cache;
    std::unique_ptr<PlayerEngine> m_engine;
};

void TestPlayerEngine::initTestCase()
{
    QString error;
    QVERIFY2(m_pulse.start(&error), qPrintable(error));
    QVERIFY2(m_sim.start({QStringLiteral("--files"), QStringLiteral("600")}), qPrintable(m_sim.errorString()));
    m_client = newSimClient(m_sim);
    QVERIFY(signInAs(*m_client, QStringLiteral("admin@example.com"), this));
    m_files = listAllFiles(*m_client, this);
    QVERIFY(m_files.size() == 600);
}

void TestPlayerEngine::init()
{
    QVERIFY(m_sim.clearFaults());
    QVERIFY(m_sim.clearHolds());   // nothing a failed test held stays held
    QVERIFY(m_sim.clearRequests());
    m_engine.reset();
    m_cacheDir = std::make_unique<QTemporaryDir>();
    m_cache = std::make_unique<MediaCache>(m_cacheDir->path(), 200LL << 20);
    m_engine = std::make_unique<PlayerEngine>(m_client.get(), m_cache.get());
}

void TestPlayerEngine::cleanupTestCase()
{
    m_engine.reset();
    m_pulse.stop();
}

void TestPlayerEngine::seekWhilePlayingAndPaused()
{
    const FileInfo f = pick([](const FileInfo &x) { return x.contentType() == QLatin1String("audio/wav") && x.recordingDuration() >= 30; });
    QVERIFY(!f.isNull());
    m_engine->load(f);
    m_engine->play();
    QVERIFY(waitForState(*m_engine, PlayerEngine::State::Playing));
    QTRY_VERIFY_WITH_TIMEOUT(m_engine->isDownloadComplete(), 20000);
    QCOMPARE(m_engine->duration(), qint64(f.recordingDuration()) * 1000);
    m_engine->seek(20000);
    QVERIFY(m_engine->position() >= 20000 && m_engine->position() < 20300);
    QTRY_VERIFY_WITH_TIMEOUT(m_engine->position() > 20300, 10000); // it plays on from there
    QVERIFY(m_engine->position() < 26000);
    m_engine->pause();
    m_engine->seek(5000);
    QCOMPARE(m_engine->position(), qint64(5000));
    m_engine->seekBy(-1000);
    QCOMPARE(m_engine->position(), qint64(4000));
    m_engine->seek(-50);
    QCOMPARE(m_engine->position(), qint64(0));
    m_engine->seek(qint64(f.recordingDuration()) * 1000 + 9999);
    QCOMPARE(m_engine->position(), m_engine->duration());
    m_engine->seek(4000);
    m_engine->play();
    QTRY_VERIFY_WITH_TIMEOUT(m_engine->position() > 4200, 10000);
}

void TestPlayerEngine::speedMovesThePositionFaster()
{
    const FileInfo f = pick([](const FileInfo &x) { return x.contentType() == QLatin1String("audio/wav") && x.recordingDuration() >= 40; });
    QVERIFY(!f.isNull());
    m_engine->setRate(1.6); // snapped to the 0.25 grid
    QCOMPARE(m_engine->rate(), 1.5);
    m_engine->setRate(9);
    QCOMPARE(m_engine->rate(), 2.0);
    m_engine->load(f);
    m_engine->play();
    QVERIFY(waitForState(*m_engine, PlayerEngine::State::Playing));
    QTRY_VERIFY_WITH_TIMEOUT(m_engine->position() > 500, 10000);
    QElapsedTimer clock;
    clock.start();
    const qint64 p0 = m_engine->position();
    QTest::qWait(2000);  // deliberate: a 2 s window to measure the position's speed
    const double speed2 = double(m_engine->position() - p0) / double(clock.elapsed());
    m_engine->setRate(1.0);
    QTest::qWait(300);  // deliberate: what was queued at 2x plays out before the 1x window
    clock.restart();
    const qint64 p1 = m_engine->position();
    QTest::qWait(2000);  // deliberate: a 2 s window to measure the position's speed
    const double speed1 = double(m_engine->position() - p1) / double(clock.elapsed());
    qInfo("position speed at 2x %.2f, at 1x %.2f", speed2, speed1);
    QVERIFY2(speed1 > 0.7 && speed1 < 1.3, qPrintable(QString::number(speed1)));
    QVERIFY2(speed2 / speed1 > 1.6 && speed2 / speed1 < 2.4, qPrintable(QString::number(speed2 / speed1)));
}

void TestPlayerEngine::silencesAreFoundAndSkipped()
{
    // A shaped call recording: its pauses of 1-6 s; those over 1.5 s are the silences.
    const FileInfo f = pick([](const FileInfo &x) {
        return x.type() == FileType::CallRecording && x.contentType() == QLatin1String("audio/wav") && x.recordingDuration() >= 90;
    });
    QVERIFY(!f.isNull());
    QSignalSpy ready(m_engine.get(), &PlayerEngine::waveformReady);
    m_engine->load(f);
    QVERIFY(ready.wait(30000));
    const WaveformPeaks peaks = m_engine->waveform();
    QVERIFY(peaks.size() >= 1000);
    QCOMPARE(peaks.durationMs, qint64(f.recordingDuration()) * 1000);
    SilenceRanges silences = m_engine->silences();
    if (silences.isEmpty()) { // an unshaped recording (a third of them): take the next long one
        const FileInfo g = findFile(m_files, [&f](const FileInfo &x) {
            return x.type() == FileType::CallRecording && x.contentType() == QLatin1String("audio/wav") && x.recordingDuration() >= 90 && x.id() != f.id();
        });
        m_engine->load(g);
        QVERIFY(ready.wait(30000));
        silences = m_engine->silences();
    }
    QVERIFY2(!silences.isEmpty(), "no silence found in a shaped recording");
    float maxPeak = 0;
    for (float p : m_engine->waveform().peak)
        maxPeak = qMax(maxPeak, p);
    QVERIFY(maxPeak > 0.2f && maxPeak < 0.3f); // the tones' amplitude 9,000 of 32,768
    for (const SilenceRange &s : silences) {
        QVERIFY2(s.length() >= 1500 && s.length() <= 6200, qPrintable(QStringLiteral("%1-%2").arg(s.startMs).arg(s.endMs)));
        QCOMPARE(s.startMs % 1000 < 120 || s.startMs % 1000 > 880, true); // pauses start on whole seconds (bursts edge)
        const int b = int(s.startMs * peaks.size() / peaks.durationMs) + 2;
        QVERIFY(m_engine->waveform().peak[b] == 0.0f);
    }
    const SilenceRange s = silences.first();
    m_engine->setSkipSilence(true);
    QSignalSpy skipped(m_engine.get(), &PlayerEngine::silenceSkipped);
    m_engine->seek(s.startMs - 700);
    m_engine->play();
    QVERIFY(skipped.wait(10000));
    QVERIFY(skipped.first().at(1).toLongLong() >= s.endMs - 300);
    QTRY_VERIFY_WITH_TIMEOUT(m_engine->position() >= s.endMs - 300, 3000);
    // Without skip-silence the same stretch plays through.
    m_engine->setSkipSilence(false);
    skipped.clear();
    m_engine->seek(s.startMs - 300);
    QTRY_VERIFY_WITH_TIMEOUT(m_engine->position() >= s.startMs + 600, 5000);
    QVERIFY(m_engine->position() < s.endMs - 250);
    QCOMPARE(skipped.size(), 0);
}

void TestPlayerEngine::secondPlayComesFromTheCache()
{
    const FileInfo f = pick([this](const FileInfo &x) { return x.contentType() == QLatin1String("audio/wav") && !onApiOrigin(x, m_sim); });
    QVERIFY(!f.isNull());
    m_engine->load(f);
    QTRY_VERIFY_WITH_TIMEOUT(m_engine->isDownloadComplete(), 20000);
    QCOMPARE(contentRequests(f), 1);
    QCOMPARE(m_cache->entryCount(), 1);
    m_engine->unload();
    m_engine->load(f);
    QVERIFY(m_engine->isDownloadComplete()); // at once, from disk
    QCOMPARE(m_engine->state(), PlayerEngine::State::Ready);
    m_engine->play();
    QVERIFY(waitForState(*m_engine, PlayerEngine::State::Playing));
    QTRY_VERIFY_WITH_TIMEOUT(m_engine->position() > 300, 10000);
    QCOMPARE(contentRequests(f), 1);
    // A new engine on the same cache folder (the next start of the console) hits it too.
    m_engine = std::make_unique<PlayerEngine>(m_client.get(), m_cache.get());
    m_engine->load(f);
    QVERIFY(m_engine->isDownloadComplete());
    QCOMPARE(contentRequests(f), 1);
    m_cache->clear();
    QCOMPARE(m_cache->entryCount(), 0);
    m_engine->load(f);
    QTRY_VERIFY_WITH_TIMEOUT(m_engine->isDownloadComplete(), 20000);
    QCOMPARE(contentRequests(f), 2);
}

void TestPlayerEngine::cacheEvictsTheLeastRecentlyUsed()
{
    QList<FileInfo> wavs;
    for (const FileInfo &x : m_files) {
        if (x.contentType() == QLatin1String("audio/wav") && x.contentLength() > 100000 && x.contentLength() < 400000 && wavs.size() < 3)
            wavs << x;
    }
    QCOMPARE(wavs.size(), 3);
    m_cache->setLimit(wavs[0].contentLength() + wavs[1].contentLength() + wavs[2].contentLength() - 1);
    for (const FileInfo &x : wavs) {
        m_engine->load(x);
        QTRY_VERIFY_WITH_TIMEOUT(m_engine->isDownloadComplete(), 20000);
        QTest::qWait(20); // deliberate: distinct modification times (the cache evicts the oldest)
    }
    // The first one was evicted when the third came; the second and third stay.
    QVERIFY(m_cache->lookup(wavs[0].id(), wavs[0].contentLength()).isEmpty());
    QVERIFY(!m_cache->lookup(wavs[2].id(), wavs[2].contentLength()).isEmpty());
    QVERIFY(!m_cache->lookup(wavs[1].id(), wavs[1].contentLength()).isEmpty());
    QVERIFY(m_cache->totalBytes() <= m_cache->limit());
}

void TestPlayerEngine::newLoadCancelsTheOldDownload()
{
    const FileInfo a = pick([this](const FileInfo &x) { return x.contentType() == QLatin1String("audio/wav") && onApiOrigin(x, m_sim) && x.recordingDuration() > 20; });
    const FileInfo b = pick([this, &a](const FileInfo &x) { return x.contentType() == QLatin1String("audio/wav") && onApiOrigin(x, m_sim) && x.id() != a.id(); });
    QVERIFY(!a.isNull() && !b.isNull());
    const QString contentA = QStringLiteral("/files/%1/content").arg(a.id());
    QVERIFY(m_sim.hold(contentA));   // A's bytes wait until released
    QSignalSpy errors(m_engine.get(), &PlayerEngine::errorOccurred);
    m_engine->load(a);
    const QJsonArray held = m_sim.waitForHeld(1);   // A's request reached the server
    QCOMPARE(held.size(), 1);
    QCOMPARE(held.at(0).toObject().value(QStringLiteral("path")).toString(), contentA);
    m_engine->load(b);
    m_engine->play();
    QVERIFY(waitForState(*m_engine, PlayerEngine::State::Playing));
    // A's download was cancelled: its connection is gone while the server still holds it.
    QTRY_VERIFY_WITH_TIMEOUT(!m_sim.held().at(0).toObject().value(QStringLiteral("connected")).toBool(), 20000);
    QCOMPARE(m_sim.release(), 1);
    QCOMPARE(m_engine->file().id(), b.id());
    QCOMPARE(m_engine->state(), PlayerEngine::State::Playing);
    QVERIFY(errors.isEmpty());
    QVERIFY(m_cache->lookup(a.id(), a.contentLength()).isEmpty()); // A's download never completed
    QVERIFY(!QFile::exists(m_cache->partialPath(a.id(), a.contentLength())));
    QCOMPARE(contentRequests(a), 1);
}

void TestPlayerEngine::expiredPresignedUrlIsRefreshedOnce()
{
    const FileInfo f = pick([this](const FileInfo &x) { return x.contentType() == QLatin1String("audio/wav") && !onApiOrigin(x, m_sim); });
    QVERIFY(!f.isNull());
    QVERIFY(m_sim.queueFault(QJsonObject{{QStringLiteral("path"), QStringLiteral("/blobs/") + f.id()},
                                         {QStringLiteral("fault"), QStringLiteral("expired")},
                                         {QStringLiteral("origin"), QStringLiteral("storage")}, {QStringLiteral("count"), 1}}));
    m_engine->load(f);
    QTRY_VERIFY_WITH_TIMEOUT(m_engine->isDownloadComplete(), 20000);
    QCOMPARE(m_engine->state(), PlayerEngine::State::Ready);
    QStringList seen;
    for (const QJsonValue &v : m_sim.requests()) {
        const QJsonObject o = v.toObject();
        const QString path = o.value(QStringLiteral("path")).toString();
        if (path.contains(f.id()))
            seen << QStringLiteral("%1 %2 %3").arg(o.value(QStringLiteral("origin")).toString(), path.section(QLatin1Char('/'), 1, 1))
                        .arg(o.value(QStringLiteral("status")).toInt());
        if (o.value(QStringLiteral("origin")).toString() == QLatin1String("storage"))
            QVERIFY(!o.value(QStringLiteral("headers")).toObject().contains(QStringLiteral("authorization")));
    }
    QCOMPARE(seen, (QStringList{QStringLiteral("storage blobs 403"), QStringLiteral("api files 200"), QStringLiteral("storage blobs 200")}));
    // Expired again right after the refresh: reported, not retried forever.
    m_cache->clear();
    QVERIFY(m_sim.queueFault(QJsonObject{{QStringLiteral("path"), QStringLiteral("/blobs/") + f.id()},
                                         {QStringLiteral("fault"), QStringLiteral("expired")},
                                         {QStringLiteral("origin"), QStringLiteral("storage")}, {QStringLiteral("count"), 5}}));
    m_engine->load(f);
    QVERIFY(waitForState(*m_engine, PlayerEngine::State::Error));
    QVERIFY(!m_engine->errorText().isEmpty());
}

void TestPlayerEngine::downloadFailureIsReported()
{
    const FileInfo f = pick([this](const FileInfo &x) { return x.contentType() == QLatin1String("audio/wav") && onApiOrigin(x, m_sim); });
    QVERIFY(m_sim.queueFault(QStringLiteral("/files/%1/content").arg(f.id()), QStringLiteral("500"), 10));
    QSignalSpy errors(m_engine.get(), &PlayerEngine::errorOccurred);
    m_engine->load(f);
    m_engine->play();
    QVERIFY(waitForState(*m_engine, PlayerEngine::State::Error));
    QCOMPARE(errors.size(), 1);
    qInfo("error text: %s", qPrintable(m_engine->errorText()));
    QVERIFY(m_engine->errorText().contains(QLatin1String("500")));
    // The engine recovers with the next file.
    QVERIFY(m_sim.clearFaults());
    m_engine->load(f);
    QVERIFY(waitForState(*m_engine, PlayerEngine::State::Ready));
    QVERIFY(m_engine->errorText().isEmpty());
}

void TestPlayerEngine::notAudioIsReported()
{
    const FileInfo pdf = pick([](const FileInfo &x) { return x.contentType() == QLatin1String("application/pdf"); });
    QVERIFY(!PlayerEngine::isAudio(pdf));
    m_engine->load(pdf);
    QCOMPARE(m_engine->state(), PlayerEngine::State::Error);
    QVERIFY(m_engine->errorText().contains(pdf.fileName()));
    QCOMPARE(contentRequests(pdf), 0);
}

void TestPlayerEngine::playsMp3()
{
    const FileInfo f = pick([](const FileInfo &x) { return x.contentType() == QLatin1String("audio/mpeg"); });
    QVERIFY2(!f.isNull(), "no MP3 recording in the simulator");
    QVERIFY(f.fileName().endsWith(QLatin1String(".mp3")));
    QSignalSpy ready(m_engine.get(), &PlayerEngine::waveformReady);
    m_engine->load(f);
    m_engine->play();
    QVERIFY(waitForState(*m_engine, PlayerEngine::State::Playing));
    // Decoded: the duration is the MP3's own (encoder padding adds a little).
    QVERIFY2(qAbs(m_engine->duration() - qint64(f.recordingDuration()) * 1000) < 400, qPrintable(QString::number(m_engine->duration())));
    QTRY_VERIFY_WITH_TIMEOUT(m_engine->position() > 500, 10000);
    QVERIFY(ready.count() == 1 || ready.wait(10000));
    float maxPeak = 0;
    for (float p : m_engine->waveform().peak)
        maxPeak = qMax(maxPeak, p);
    QVERIFY(maxPeak > 0.2f);
    m_engine->seek(m_engine->duration() - 500);
    QSignalSpy finished(m_engine.get(), &PlayerEngine::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(m_engine->state(), PlayerEngine::State::Paused);
    QCOMPARE(m_engine->position(), m_engine->duration());
}

void TestPlayerEngine::progressiveWavStartsBeforeTheDownloadEnds()
{
    // Bodies at 200 KB/s: a 3-minute WAV (2.9 MB) takes about 14 s to arrive.
    SimProcess slow;
    QVERIFY2(slow.start({QStringLiteral("--files"), QStringLiteral("300"), QStringLiteral("--bandwidth"), QStringLiteral("200000")}),
             qPrintable(slow.errorString()));
    auto client = newSimClient(slow);
    QVERIFY(signInAs(*client, QStringLiteral("admin@example.com"), this));
    const FileInfo f = findFile(listAllFiles(*client, this), [&slow](const FileInfo &x) {
        return x.contentType() == QLatin1String("audio/wav") && x.recordingDuration() >= 150 && onApiOrigin(x, slow);
    });
    QVERIFY(!f.isNull());
    QTemporaryDir dir;
    MediaCache cache(dir.path(), 100LL << 20);
    PlayerEngine engine(client.get(), &cache);
    QSignalSpy first(&engine, &PlayerEngine::firstAudioWritten);
    QElapsedTimer clock;
    clock.start();
    engine.load(f);
    engine.play();
    QVERIFY(first.wait(10000));
    qInfo("first audio after %lld ms with %lld of %lld bytes", static_cast<long long>(clock.elapsed()),
          static_cast<long long>(engine.downloadedBytes()), static_cast<long long>(engine.totalBytes()));
    QVERIFY(clock.elapsed() < 3000);
    QVERIFY(!engine.isDownloadComplete());
    QVERIFY(engine.downloadedBytes() < f.contentLength() / 2);
    QCOMPARE(engine.state(), PlayerEngine::State::Playing);
    QTRY_VERIFY_WITH_TIMEOUT(engine.position() > 1000, 10000);
    auto ranged = [&slow, &f]() {
        QStringList ranges;
        for (const QJsonValue &v : slow.requests(QStringLiteral("api"), QStringLiteral("/files/") + f.id()))
            ranges << v.toObject().value(QStringLiteral("headers")).toObject().value(QStringLiteral("range")).toString();
        return ranges;
    };
    QCOMPARE(ranged(), QStringList{QString()});
    // Just past the downloaded part: the running download gets there; no new request.
    engine.seek((engine.downloadedBytes() - 44) / 16 + 1000); // ms of 8 kHz mono 16-bit
    QTest::qWait(300);  // deliberate: nothing happens for 300 ms (no new range request)
    QCOMPARE(ranged().size(), 1);
    // Far past it: that range is fetched at once and plays within moments.
    const qint64 far = qint64(f.recordingDuration()) * 1000 * 3 / 4;
    clock.restart();
    engine.seek(far);
    QTRY_VERIFY_WITH_TIMEOUT(engine.position() > far + 500, 5000);
    qInfo("far seek heard after %lld ms", static_cast<long long>(clock.elapsed()));
    QVERIFY(!engine.isDownloadComplete());
    const QStringList r = ranged();
    QVERIFY2(r.size() >= 2 && r[1].startsWith(QLatin1String("bytes=")), qPrintable(r.join(QLatin1Char('|'))));
    // The gap is filled afterwards; the cache entry is the server's file, byte for byte.
    QTRY_VERIFY_WITH_TIMEOUT(engine.isDownloadComplete(), 40000);
    const QString entry = cache.lookup(f.id(), f.contentLength());
    QVERIFY(!entry.isEmpty());
    QFile cached(entry);
    QVERIFY(cached.open(QIODevice::ReadOnly));
    const SimProcess::RawReply body = slow.raw("GET", f.uri(), {}, {{"Authorization", "Bearer " + slow.bearerToken(QStringLiteral("admin@example.com"))},
                                                                    {"X-Sim-Bandwidth", "0"}});
    QCOMPARE(body.status, 200);
    QVERIFY(cached.readAll() == body.body);
}

QTEST_GUILESS_MAIN(TestPlayerEngine)
#include "tst_player_engine.moc"
