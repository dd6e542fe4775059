// The real sound path: the engine plays a recording of evovoice-sim through a PulseAudio null
// sink started by the test, and the sink's monitor is recorded and analysed: sound came out,
// at the file's tone frequency, at 1x and at 2x (bursts half as long, pitch kept), and pausing
// stops it.
#include "player/mediacache.h"
#include "playertesthelpers.h"
#include "pulsenullsink.h"
#include "signedinclient.h"
#include "toneanalysis.h"

#include <QTemporaryDir>

#include <memory>

class TestPlayerAudio final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void playsTheFilesToneAt1x();
    void playsAt2xWithThePitchKept();
    void pauseStopsTheSound();

private:
    QVector<qint16> capture(double rate, int playMs);

    PulseNullSink m_pulse;
    SimProcess m_sim;
    std::unique_ptr<ApiClient> m_client;
    QTemporaryDir m_cacheDir;
    std::unique_ptr<MediaCache> m_cache;
    std::unique_ptr<PlayerEngine> m_engine;
    FileInfo m_file;
    double m_fileTone = 0;
};

void TestPlayerAudio::initTestCase()
{
    QString error;
    QVERIFY2(m_pulse.start(&error), qPrintable(error));
    QVERIFY2(m_sim.start({QStringLiteral("--files"), QStringLiteral("400")}), qPrintable(m_sim.errorString()));
    m_client = newSimClient(m_sim);
    QVERIFY(signInAs(*m_client, QStringLiteral("admin@example.com"), this));
    m_file = findFile(listAllFiles(*m_client, this), [this](const FileInfo &f) {
        return f.contentType() == QLatin1String("audio/wav") && f.recordingDuration() >= 12 && onApiOrigin(f, m_sim);
    });
    QVERIFY2(!m_file.isNull(), "no WAV recording of 12 s or more");
    // The file's own tone, from its first burst (8 kHz mono PCM after the 44-byte header).
    const SimProcess::RawReply body = m_sim.raw("GET", m_file.uri(), {}, {{"Authorization", "Bearer " + m_sim.bearerToken(QStringLiteral("admin@example.com"))}});
    QCOMPARE(body.status, 200);
    QVector<qint16> pcm(int((body.body.size() - 44) / 2));
    memcpy(pcm.data(), body.body.constData() + 44, size_t(pcm.size()) * 2);
    const ToneAnalysis fileTones = ToneAnalysis::analyse(pcm, 8000);
    QVERIFY(!fileTones.bursts.isEmpty());
    m_fileTone = fileTones.bursts.first().frequency;
    QVERIFY(m_fileTone > 250);
    m_cache = std::make_unique<MediaCache>(m_cacheDir.path(), 100LL << 20);
    m_engine = std::make_unique<PlayerEngine>(m_client.get(), m_cache.get());
}

void TestPlayerAudio::cleanupTestCase()
{
    m_engine.reset();
    m_pulse.stop();
}

QVector<qint16> TestPlayerAudio::capture(double rate, int playMs)
{
    m_engine->load(m_file);
    m_engine->setRate(rate);
    if (!m_pulse.startRecording())
        return {};
    m_engine->play();
    if (!waitForState(*m_engine, PlayerEngine::State::Playing))
        return {};
    QTest::qWait(playMs);  // deliberate: play for playMs (the capture's length)
    m_engine->pause();
    QTest::qWait(300);  // deliberate: what the device still held drains into the capture
    return m_pulse.stopRecording();
}

void TestPlayerAudio::playsTheFilesToneAt1x()
{
    const QVector<qint16> rec = capture(1.0, 3000);
    QVERIFY2(rec.size() > PulseNullSink::kRecordRate * 2, qPrintable(QString::number(rec.size())));
    const ToneAnalysis a = ToneAnalysis::analyse(rec, PulseNullSink::kRecordRate);
    QVERIFY2(a.rms > 500, qPrintable(QStringLiteral("rms %1").arg(a.rms)));
    QVERIFY2(a.bursts.size() >= 4, qPrintable(QStringLiteral("%1 bursts").arg(a.bursts.size())));
    const double len = a.medianBurstLength();
    qInfo("1x: rms %.0f, %d bursts, median %.3f s, first %.1f Hz, file tone %.1f Hz", a.rms, int(a.bursts.size()), len,
          a.bursts.first().frequency, m_fileTone);
    QVERIFY2(len > 0.34 && len < 0.46, qPrintable(QStringLiteral("burst %1 s").arg(len)));
    QVERIFY2(a.burstsAt(m_fileTone, 0.05) >= 2, qPrintable(QStringLiteral("tone %1 Hz, first burst %2 Hz")
                                                            .arg(m_fileTone).arg(a.bursts.first().frequency)));
    QVERIFY(m_engine->position() > 2000);
}

void TestPlayerAudio::playsAt2xWithThePitchKept()
{
    const QVector<qint16> rec = capture(2.0, 3000);
    const ToneAnalysis a = ToneAnalysis::analyse(rec, PulseNullSink::kRecordRate);
    QVERIFY2(a.rms > 500, qPrintable(QStringLiteral("rms %1").arg(a.rms)));
    QVERIFY2(a.bursts.size() >= 8, qPrintable(QStringLiteral("%1 bursts").arg(a.bursts.size())));
    const double len = a.medianBurstLength();
    qInfo("2x: rms %.0f, %d bursts, median %.3f s, first %.1f Hz, file tone %.1f Hz", a.rms, int(a.bursts.size()), len,
          a.bursts.first().frequency, m_fileTone);
    QVERIFY2(len > 0.15 && len < 0.25, qPrintable(QStringLiteral("burst %1 s (0.2 expected)").arg(len)));
    QVERIFY2(a.burstsAt(m_fileTone, 0.05) >= 3, qPrintable(QStringLiteral("tone %1 Hz, first burst %2 Hz")
                                                            .arg(m_fileTone).arg(a.bursts.first().frequency)));
    QVERIFY2(a.burstsAt(m_fileTone * 2, 0.05) == 0, "the pitch doubled");
    // 3 s of wall-clock time at 2x moved the position about 6 s.
    QVERIFY2(m_engine->position() > 4500, qPrintable(QString::number(m_engine->position())));
}

void TestPlayerAudio::pauseStopsTheSound()
{
    m_engine->setRate(1.0);
    m_engine->load(m_file);
    m_engine->play();
    QVERIFY(waitForState(*m_engine, PlayerEngine::State::Playing));
    QTest::qWait(1000);  // deliberate: play for a second
    m_engine->pause();
    QTest::qWait(400); // deliberate: what the device still held drains
    QVERIFY(m_pulse.startRecording());
    QTest::qWait(1500);  // deliberate: capture 1.5 s of the pause
    const QVector<qint16> quiet = m_pulse.stopRecording();
    const ToneAnalysis a = ToneAnalysis::analyse(quiet, PulseNullSink::kRecordRate);
    QVERIFY2(quiet.size() > PulseNullSink::kRecordRate / 2, "the capture ran");
    QVERIFY2(a.rms < 50, qPrintable(QStringLiteral("rms %1 while paused").arg(a.rms)));
    const qint64 pausedAt = m_engine->position();
    QCOMPARE(m_engine->state(), PlayerEngine::State::Paused);
    QTest::qWait(300);  // deliberate: nothing happens for 300 ms (paused: the position stays)
    QCOMPARE(m_engine->position(), pausedAt);
}

QTEST_GUILESS_MAIN(TestPlayerAudio)
#include "tst_player_audio.moc"
