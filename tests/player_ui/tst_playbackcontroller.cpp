// PlaybackController over FilesModel and evovoice-sim, no widgets: the current row loads audio
// and only audio; next/previous find the nearest audio row, fetching pages that are not loaded
// yet; the settings are applied at start and remembered.
#include "api/apiclient.h"
#include "clientwaits.h"
#include "settings/consolesettings.h"
#include "models/filesmodel.h"
#include "player/mediacache.h"
#include "player/playbackcontroller.h"
#include "player/playerengine.h"
#include "signedinclient.h"
#include "simprocess.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

class TestPlaybackController final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void onlyAudioLoads();
    void nextFetchesRowsNotLoaded();
    void previousAtTheTopSaysSo();
    void settingsAppliedAndRemembered();

private:
    int firstRow(bool audio, int from, int to) const;

    SimProcess m_sim;
    QTemporaryDir m_dir;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<ConsoleSettings> m_settings;
    std::unique_ptr<FilesModel> m_model;
    std::unique_ptr<MediaCache> m_cache;
    std::unique_ptr<PlayerEngine> m_engine;
    std::unique_ptr<PlaybackController> m_controller;
};

void TestPlaybackController::initTestCase()
{
    QVERIFY2(m_sim.start({QStringLiteral("--files"), QStringLiteral("600")}), qPrintable(m_sim.errorString()));
    m_client = std::make_unique<ApiClient>();
    QString error;
    QVERIFY2(signInToSim(*m_client, m_sim, QStringLiteral("manager@example.com"), this, &error), qPrintable(error));
    m_settings = std::make_unique<ConsoleSettings>(m_dir.filePath(QStringLiteral("console.ini")));
}

void TestPlaybackController::init()
{
    m_model = std::make_unique<FilesModel>(m_client.get());
    m_model->setPageSize(10);
    m_model->setPrefetchRows(0);
    m_cache = std::make_unique<MediaCache>(m_dir.filePath(QStringLiteral("cache")), 100LL << 20);
    m_engine = std::make_unique<PlayerEngine>(m_client.get(), m_cache.get());
    m_controller = std::make_unique<PlaybackController>(m_engine.get(), m_model.get(), m_settings.get());
    m_model->setQuery(FileQuery());
    QTRY_VERIFY_WITH_TIMEOUT(m_model->rowCount() > 100 && !m_model->fileAt(9).isNull(), 20000);
    QVERIFY(waitUntilIdle(*m_model));
}

void TestPlaybackController::cleanup()
{
    m_controller.reset();
    m_engine.reset();
    m_cache.reset();
    m_model.reset();
}

int TestPlaybackController::firstRow(bool audio, int from, int to) const
{
    for (int r = from; r <= to && r < m_model->rowCount(); ++r) {
        const FileInfo f = m_model->fileAt(r);
        if (!f.isNull() && PlayerEngine::isAudio(f) == audio)
            return r;
    }
    return -1;
}

void TestPlaybackController::onlyAudioLoads()
{
    const int other = firstRow(false, 0, 9);
    const int audio = firstRow(true, 0, 9);
    QVERIFY(other >= 0 && audio >= 0);
    m_controller->setCurrentRow(other, m_model->fileAt(other));
    QCOMPARE(m_engine->state(), PlayerEngine::State::Empty);
    m_controller->setCurrentRow(audio, m_model->fileAt(audio));
    QCOMPARE(m_engine->file().id(), m_model->fileAt(audio).id());
    QVERIFY(m_engine->state() != PlayerEngine::State::Empty);
    // A row not loaded yet (null file) changes nothing until its file comes.
    m_controller->setCurrentRow(500, FileInfo());
    QCOMPARE(m_engine->file().id(), m_model->fileAt(audio).id());
    QCOMPARE(m_controller->playingRow(), audio);
}

void TestPlaybackController::nextFetchesRowsNotLoaded()
{
    QVERIFY(!m_model->data(m_model->index(10, 0), FilesModel::LoadedRole).toBool());
    QSignalSpy requested(m_controller.get(), &PlaybackController::currentRowRequested);
    m_controller->setCurrentRow(9, m_model->fileAt(9));
    m_controller->next();
    QVERIFY(requested.wait(20000) || !requested.isEmpty());
    const int row = requested.first().at(0).toInt();
    QVERIFY(row >= 10);
    QVERIFY(PlayerEngine::isAudio(m_model->fileAt(row)));
    for (int r = 10; r < row; ++r)
        QVERIFY2(!PlayerEngine::isAudio(m_model->fileAt(r)), qPrintable(QString::number(r)));
    QCOMPARE(m_controller->currentRow(), row);   // with no window, it follows itself
    QCOMPARE(m_engine->file().id(), m_model->fileAt(row).id());
    QVERIFY(!m_controller->isSearching());
    // And back: the nearest audio row above.
    requested.clear();
    m_controller->previous();
    QTRY_VERIFY(!requested.isEmpty());
    const int back = requested.first().at(0).toInt();
    QVERIFY(back < row);
    QVERIFY(PlayerEngine::isAudio(m_model->fileAt(back)));
    for (int r = back + 1; r < row; ++r)
        QVERIFY(!PlayerEngine::isAudio(m_model->fileAt(r)));
}

void TestPlaybackController::previousAtTheTopSaysSo()
{
    QSignalSpy none(m_controller.get(), &PlaybackController::noMoreAudio);
    QSignalSpy requested(m_controller.get(), &PlaybackController::currentRowRequested);
    m_controller->setCurrentRow(0, m_model->fileAt(0));
    m_controller->previous();
    QCOMPARE(none.size(), 1);
    QCOMPARE(none.first().at(0).toInt(), -1);
    QVERIFY(requested.isEmpty());
}

void TestPlaybackController::settingsAppliedAndRemembered()
{
    m_controller.reset();
    m_settings->setPlaybackRate(1.5);
    m_settings->setPlaybackVolume(30);
    m_settings->setPlaybackSkipSilence(true);
    m_settings->setPlaybackAutoAdvance(false);
    m_controller = std::make_unique<PlaybackController>(m_engine.get(), m_model.get(), m_settings.get());
    QCOMPARE(m_engine->rate(), 1.5);
    QCOMPARE(m_engine->volume(), 30);
    QVERIFY(m_engine->skipSilence());
    QVERIFY(!m_controller->autoAdvance());
    m_controller->stepRate(1);
    m_controller->setVolume(55);
    m_controller->setSkipSilence(false);
    m_controller->setAutoAdvance(true);
    m_controller->toggleMuted();
    QCOMPARE(m_settings->playbackRate(), 1.75);
    QCOMPARE(m_settings->playbackVolume(), 55);
    QVERIFY(!m_settings->playbackSkipSilence());
    QVERIFY(m_settings->playbackAutoAdvance());
    QVERIFY(m_settings->playbackMuted());
    m_controller->stepRate(4);
    QCOMPARE(m_engine->rate(), 2.0);
    m_controller->resetRate();
    QCOMPARE(m_settings->playbackRate(), 1.0);
    m_controller->toggleMuted();
}

QTEST_MAIN(TestPlaybackController)
#include "tst_playbackcontroller.moc"
