// Without any sound server the engine still loads (waveform, duration) and reports "no audio
// device" as an error when asked to play, instead of crashing or hanging.
#include "player/mediacache.h"
#include "playertesthelpers.h"
#include "signedinclient.h"

#include <QTemporaryDir>

class TestPlayerNoDevice final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void playWithoutASoundServerIsAnError();

private:
    SimProcess m_sim;
};

void TestPlayerNoDevice::initTestCase()
{
    // A server address where nothing listens: no PulseAudio, and none is spawned.
    QTemporaryDir nowhere;
    qputenv("PULSE_SERVER", ("unix:" + nowhere.filePath(QStringLiteral("no-such-socket"))).toUtf8());
    QVERIFY2(m_sim.start({QStringLiteral("--files"), QStringLiteral("200")}), qPrintable(m_sim.errorString()));
}

void TestPlayerNoDevice::playWithoutASoundServerIsAnError()
{
    auto client = newSimClient(m_sim);
    QVERIFY(signInAs(*client, QStringLiteral("admin@example.com"), this));
    const FileInfo f = findFile(listAllFiles(*client, this), [](const FileInfo &x) { return x.contentType() == QLatin1String("audio/wav"); });
    QVERIFY(!f.isNull());
    QTemporaryDir cacheDir;
    MediaCache cache(cacheDir.path(), 10LL << 20);
    PlayerEngine engine(client.get(), &cache);
    QSignalSpy waveform(&engine, &PlayerEngine::waveformReady);
    QSignalSpy errors(&engine, &PlayerEngine::errorOccurred);
    engine.load(f);
    QVERIFY(waitForState(engine, PlayerEngine::State::Ready));
    QVERIFY(waveform.count() == 1 || waveform.wait(20000));
    engine.play();
    QCOMPARE(engine.state(), PlayerEngine::State::Error);
    QCOMPARE(errors.size(), 1);
    QVERIFY2(engine.errorText().contains(QLatin1String("audio")), qPrintable(engine.errorText()));
    // The next file loads again (and fails to play the same way).
    engine.load(f);
    QCOMPARE(engine.state(), PlayerEngine::State::Ready); // from the cache, at once
}

QTEST_GUILESS_MAIN(TestPlayerNoDevice)
#include "tst_player_nodevice.moc"
