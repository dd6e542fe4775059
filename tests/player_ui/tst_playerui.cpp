// The player in the window, end to end against evovoice-sim and a private PulseAudio null sink:
// selecting an audio row loads it, a fax or image row does not (it shows its pages / the image
// in the detail pane instead); Space, Enter, arrows, [ ] Backspace and M act on the player from
// the table, and Space types a space in a text field; the waveform seeks on a click; next and
// previous skip rows that are not audio; auto-advance plays the next audio row at the end; a
// failed download shows its reason in the bar while the window goes on working.
#include "api/apiclient.h"
#include "settings/consolesettings.h"
#include "detail/detailpane.h"
#include "detail/filepreview.h"
#include "models/filesmodel.h"
#include "files/filesview.h"
#include "filters/filtersidebar.h"
#include "shell/mainwindow.h"
#include "player/playbackcontroller.h"
#include "player/playeractions.h"
#include "player/playerbar.h"
#include "player/playerengine.h"
#include "player/playerfeature.h"
#include "pulsenullsink.h"
#include "signedinclient.h"
#include "simprocess.h"
#include "player/waveformseekbar.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPdfView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

#include <functional>
#include <memory>

class TestPlayerUi final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void menuAndShortcutList();
    void selectingAudioLoadsIt();
    void faxShowsItsPagesAndLeavesThePlayer();
    void imageUploadShowsTheImage();
    void spaceInTheTablePlaysAndPauses();
    void spaceInATextFieldTypes();
    void arrowsSeekFromTheTable();
    void speedKeysAndButtons();
    void muteKey();
    void enterPlaysFromTheStart();
    void clickOnTheWaveformSeeks();
    void playingFollowsTheSelection();
    void nextAndPreviousSkipRowsThatAreNotAudio();
    void autoAdvanceSkipsRowsThatAreNotAudio();
    void aNewQueryDoesNotInterruptPlayback();
    void downloadErrorShowsInTheBar();

private:
    PlayerEngine *engine() const { return m_window->player()->engine(); }
    PlaybackController *controller() const { return m_window->player()->controller(); }
    PlayerActions *actions() const { return m_window->player()->actions(); }
    PlayerBar *bar() const { return m_window->player()->bar(); }
    FilesModel *model() const { return m_window->filesModel(); }
    FilesView *view() const { return m_window->filesView(); }
    int findRow(const std::function<bool(int row, const FileInfo &)> &match, int from = 0) const;
    bool isAudio(int row) const { return PlayerEngine::isAudio(model()->fileAt(row)); }
    void select(int row);
    bool waitLoaded(const FileInfo &file);
    void key(int key, Qt::KeyboardModifiers mods = Qt::NoModifier);

    PulseNullSink m_pulse;
    SimProcess m_sim;
    QTemporaryDir m_dir;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<ConsoleSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

void TestPlayerUi::initTestCase()
{
    QString error;
    QVERIFY2(m_pulse.start(&error), qPrintable(error));
    QVERIFY2(m_sim.start({QStringLiteral("--files"), QStringLiteral("400")}), qPrintable(m_sim.errorString()));
    m_client = std::make_unique<ApiClient>();
    QVERIFY2(signInToSim(*m_client, m_sim, QStringLiteral("manager@example.com"), this, &error), qPrintable(error));
    m_client->setMaxRetries(1);
    m_settings = std::make_unique<ConsoleSettings>(m_dir.filePath(QStringLiteral("console.ini")));
    m_settings->setCacheDirectory(m_dir.filePath(QStringLiteral("cache")));
    m_settings->setPlaybackRate(1.0);
    m_settings->setPlaybackAutoAdvance(true);
    m_window = std::make_unique<MainWindow>(m_client.get(), m_settings.get());
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->startSession();
    QTRY_VERIFY_WITH_TIMEOUT(model()->rowCount() > 50 && !model()->fileAt(50).isNull(), 20000);
    m_window->activateWindow();
    view()->setFocus();
}

void TestPlayerUi::cleanupTestCase()
{
    m_window.reset();
    m_pulse.stop();
}

int TestPlayerUi::findRow(const std::function<bool(int, const FileInfo &)> &match, int from) const
{
    for (int r = from; r < model()->rowCount(); ++r) {
        const FileInfo f = model()->fileAt(r);
        if (!f.isNull() && match(r, f))
            return r;
    }
    return -1;
}

void TestPlayerUi::select(int row)
{
    const int column = view()->header()->logicalIndex(0);
    view()->setCurrentIndex(model()->index(row, column));
    view()->setFocus();
}

bool TestPlayerUi::waitLoaded(const FileInfo &file)
{
    return QTest::qWaitFor([&] {
        const PlayerEngine::State s = engine()->state();
        return engine()->file().id() == file.id() && s != PlayerEngine::State::Loading && s != PlayerEngine::State::Empty
            && engine()->duration() > 0;
    }, 20000);
}

void TestPlayerUi::key(int k, Qt::KeyboardModifiers mods)
{
    QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : view();
    // With an explicit (empty) text: QTest has no ASCII for the media keys.
    const QString text = k >= Qt::Key_Space && k <= Qt::Key_AsciiTilde && !(mods & ~Qt::ShiftModifier)
        ? QString(QChar(k).toLower()) : QString();
    QTest::sendKeyEvent(QTest::Press, target, Qt::Key(k), text, mods);
    QTest::sendKeyEvent(QTest::Release, target, Qt::Key(k), text, mods);
}

void TestPlayerUi::menuAndShortcutList()
{
    QStringList menus;
    for (QAction *a : m_window->menuBar()->actions())
        menus << a->text().remove(QLatin1Char('&'));
    QCOMPARE(menus, (QStringList{QStringLiteral("File"), QStringLiteral("Edit"), QStringLiteral("View"), QStringLiteral("Playback"), QStringLiteral("Help")}));
    const QList<QAction *> listed = m_window->player()->shortcutActions();
    QVERIFY(listed.contains(actions()->playPause));
    QVERIFY(actions()->playPause->shortcuts().contains(QKeySequence(Qt::Key_Space)));
    QVERIFY(actions()->playPause->shortcuts().contains(QKeySequence(Qt::Key_MediaTogglePlayPause)));
    QVERIFY(actions()->next->shortcuts().contains(QKeySequence(Qt::Key_MediaNext)));
    QVERIFY(actions()->previous->shortcuts().contains(QKeySequence(Qt::Key_MediaPrevious)));
    QVERIFY(actions()->slower->shortcuts().contains(QKeySequence(Qt::Key_BracketLeft)));
    QVERIFY(actions()->skipForwardFine->shortcuts().contains(QKeySequence(Qt::SHIFT | Qt::Key_Right)));
    QVERIFY(listed.contains(actions()->mute) && listed.contains(actions()->normalSpeed) && listed.contains(actions()->playFromStart));
    QVERIFY(bar()->isVisible());
    // At the bottom of the window, under the table.
    QVERIFY(bar()->mapTo(m_window.get(), QPoint(0, 0)).y() >= view()->mapTo(m_window.get(), QPoint(0, view()->height())).y());
}

void TestPlayerUi::selectingAudioLoadsIt()
{
    const int row = findRow([](int, const FileInfo &f) { return PlayerEngine::isAudio(f); });
    QVERIFY(row >= 0);
    select(row);
    const FileInfo file = model()->fileAt(row);
    QVERIFY(waitLoaded(file));
    QVERIFY(engine()->state() != PlayerEngine::State::Playing);   // loaded, not played
    QVERIFY(bar()->titleLabel()->text().contains(file.fileName()));
    QVERIFY(!bar()->elapsedLabel()->text().isEmpty());
    // The time labels are sized once: their width does not follow the text.
    const int width = bar()->elapsedLabel()->width();
    engine()->seek(engine()->duration() / 2);
    QTRY_VERIFY(engine()->position() > 0);
    QCOMPARE(bar()->elapsedLabel()->width(), width);
    QCOMPARE(bar()->remainingLabel()->width(), width);
    QVERIFY(bar()->remainingLabel()->text().startsWith(QStringLiteral("−")));
}

void TestPlayerUi::faxShowsItsPagesAndLeavesThePlayer()
{
    const QString playing = engine()->file().id();
    QVERIFY(!playing.isEmpty());
    const int row = findRow([](int, const FileInfo &f) { return f.type() == FileType::Fax || f.type() == FileType::FaxOutgoing; });
    QVERIFY(row >= 0);
    select(row);
    FilePreview *preview = m_window->detailPane()->preview();
    QTRY_COMPARE_WITH_TIMEOUT(preview->mode(), FilePreview::Mode::Pdf, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(preview->pageCount() >= 1, 10000);
    QVERIFY(preview->isVisible());
    QCOMPARE(preview->currentPage(), 0);
    QVERIFY(preview->pdfView()->isVisible());
    auto *pageLabel = preview->findChild<QLabel *>(QStringLiteral("previewPageLabel"));
    QVERIFY(pageLabel && pageLabel->text().contains(QLatin1String("1")));
    const qreal zoom = preview->zoomFactor();
    preview->findChild<QToolButton *>(QStringLiteral("previewZoomIn"))->click();
    QVERIFY(preview->zoomFactor() > zoom * 1.1);
    preview->fitWidth();
    QCOMPARE(preview->pdfView()->zoomMode(), QPdfView::ZoomMode::FitToWidth);
    // Not audio: the player keeps its file.
    QCOMPARE(engine()->file().id(), playing);
    // An audio row hides the preview again.
    select(findRow([](int, const FileInfo &f) { return PlayerEngine::isAudio(f); }));
    QTRY_VERIFY(preview->isHidden());
}

void TestPlayerUi::imageUploadShowsTheImage()
{
    const int row = findRow([](int, const FileInfo &f) { return f.contentType().startsWith(QLatin1String("image/")); });
    if (row < 0)
        QSKIP("no image in this data set");
    const QString playing = engine()->file().id();
    select(row);
    FilePreview *preview = m_window->detailPane()->preview();
    QTRY_COMPARE_WITH_TIMEOUT(preview->mode(), FilePreview::Mode::Image, 20000);
    QVERIFY(preview->isVisible());
    QVERIFY(preview->findChild<QWidget *>()->isVisible());
    QCOMPARE(engine()->file().id(), playing);
}

void TestPlayerUi::spaceInTheTablePlaysAndPauses()
{
    const int row = findRow([](int, const FileInfo &f) { return PlayerEngine::isAudio(f) && f.recordingDuration() >= 20; });
    QVERIFY(row >= 0);
    select(row);
    QVERIFY(waitLoaded(model()->fileAt(row)));
    QCOMPARE(QApplication::focusWidget(), view());
    key(Qt::Key_Space);
    QTRY_COMPARE_WITH_TIMEOUT(engine()->state(), PlayerEngine::State::Playing, 20000);
    QVERIFY(actions()->playPause->toolTip().startsWith(QLatin1String("Pause")));
    QCOMPARE(view()->currentIndex().row(), row);   // Space did not move or toggle the row
    key(Qt::Key_Space);
    QTRY_COMPARE(engine()->state(), PlayerEngine::State::Paused);
    QVERIFY(!bar()->isShowingError());
}

void TestPlayerUi::spaceInATextFieldTypes()
{
    auto *edit = m_window->sidebar()->findChild<QLineEdit *>();
    QVERIFY(edit);
    QLineEdit *field = nullptr;
    for (QLineEdit *e : m_window->sidebar()->findChildren<QLineEdit *>())
        if (e->isVisible() && e->isEnabled() && !e->isReadOnly()) {
            field = e;
            break;
        }
    QVERIFY(field);
    field->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), field);
    const PlayerEngine::State before = engine()->state();
    const double rate = engine()->rate();
    const bool muted = engine()->isMuted();
    QTest::keyClicks(field, QStringLiteral("a b]m["));
    QCOMPARE(field->text(), QStringLiteral("a b]m["));
    key(Qt::Key_Left);
    key(Qt::Key_Backspace);
    QCOMPARE(field->text(), QStringLiteral("a b]["));
    key(Qt::Key_Return);   // the field's own Enter (apply the filters), not "play from the start"
    QTest::qWait(50);  // deliberate: nothing happens for 50 ms (Enter must not reach the player)
    QCOMPARE(engine()->state(), before);
    QCOMPARE(engine()->rate(), rate);
    QCOMPARE(engine()->isMuted(), muted);
    QSignalSpy queried(m_window->sidebar(), &FilterSidebar::queryChanged);
    field->clear();
    QVERIFY(queried.wait(10000));   // the sidebar's pause ends and the cleared query runs
    view()->setFocus();
    QTRY_VERIFY_WITH_TIMEOUT(model()->rowCount() > 50 && !model()->fileAt(50).isNull(), 20000);
}

void TestPlayerUi::arrowsSeekFromTheTable()
{
    const int row = findRow([](int, const FileInfo &f) { return PlayerEngine::isAudio(f) && f.recordingDuration() >= 30; });
    QVERIFY(row >= 0);
    select(row);
    QVERIFY(waitLoaded(model()->fileAt(row)));
    engine()->seek(10000);
    QTRY_VERIFY(qAbs(engine()->position() - 10000) < 300);
    key(Qt::Key_Right);
    QTRY_VERIFY(qAbs(engine()->position() - 15000) < 300);
    key(Qt::Key_Left);
    key(Qt::Key_Left);
    QTRY_VERIFY(qAbs(engine()->position() - 5000) < 300);
    key(Qt::Key_Right, Qt::ShiftModifier);
    QTRY_VERIFY(qAbs(engine()->position() - 6000) < 300);
    key(Qt::Key_Left, Qt::ShiftModifier);
    QTRY_VERIFY(qAbs(engine()->position() - 5000) < 300);
    QCOMPARE(view()->currentIndex().row(), row);
}

void TestPlayerUi::speedKeysAndButtons()
{
    QCOMPARE(engine()->rate(), 1.0);
    key(Qt::Key_BracketRight);
    QTRY_COMPARE(engine()->rate(), 1.25);
    QCOMPARE(bar()->speedButton()->text(), PlayerBar::rateText(1.25));
    QVERIFY(bar()->speedButton()->text().contains(QStringLiteral("×")));
    key(Qt::Key_BracketRight);
    QTRY_COMPARE(engine()->rate(), 1.5);
    QCOMPARE(bar()->speedButton()->text(), QStringLiteral("1.5×"));
    for (int i = 0; i < 6; ++i)
        key(Qt::Key_BracketLeft);
    QTRY_COMPARE(engine()->rate(), 0.5);
    QVERIFY(!actions()->slower->isEnabled());
    key(Qt::Key_Backspace);
    QTRY_COMPARE(engine()->rate(), 1.0);
    bar()->findChild<QToolButton *>(QStringLiteral("playerFaster"))->click();
    QTRY_COMPARE(engine()->rate(), 1.25);
    QCOMPARE(m_settings->playbackRate(), 1.25);   // remembered
    for (int i = 0; i < 6; ++i)
        bar()->findChild<QToolButton *>(QStringLiteral("playerFaster"))->click();
    QTRY_COMPARE(engine()->rate(), 2.0);
    QVERIFY(!actions()->faster->isEnabled());
    key(Qt::Key_Backspace);
    QTRY_COMPARE(engine()->rate(), 1.0);
}

void TestPlayerUi::muteKey()
{
    QVERIFY(!engine()->isMuted());
    key(Qt::Key_M);
    QTRY_VERIFY(engine()->isMuted());
    QVERIFY(actions()->mute->isChecked());
    QVERIFY(m_settings->playbackMuted());
    key(Qt::Key_M);
    QTRY_VERIFY(!engine()->isMuted());
    QVERIFY(!m_settings->playbackMuted());
    bar()->volumeSlider()->setValue(40);
    QTRY_COMPARE(engine()->volume(), 40);
    QCOMPARE(m_settings->playbackVolume(), 40);
}

void TestPlayerUi::enterPlaysFromTheStart()
{
    engine()->seek(12000);
    QTRY_VERIFY(engine()->position() >= 11000);
    const int row = view()->currentIndex().row();
    key(Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(engine()->state(), PlayerEngine::State::Playing, 20000);
    QVERIFY2(engine()->position() < 4000, qPrintable(QString::number(engine()->position())));
    QCOMPARE(view()->currentIndex().row(), row);
    key(Qt::Key_Space);
    QTRY_COMPARE(engine()->state(), PlayerEngine::State::Paused);
}

void TestPlayerUi::clickOnTheWaveformSeeks()
{
    WaveformSeekBar *seek = bar()->seekBar();
    QVERIFY(seek->isVisible() && seek->isEnabled());
    QTRY_VERIFY(seek->duration() > 0);
    const qint64 target = engine()->duration() * 3 / 4;
    QTest::mouseClick(seek, Qt::LeftButton, {}, QPoint(seek->xForPosition(target), seek->height() / 2));
    const qint64 tolerance = engine()->duration() / qMax(1, seek->width()) * 2 + 100;
    QTRY_VERIFY2(qAbs(engine()->position() - target) <= tolerance,
                 qPrintable(QStringLiteral("%1 vs %2").arg(engine()->position()).arg(target)));
    QTRY_VERIFY(bar()->elapsedLabel()->text() == PlayerBar::timeText(engine()->position(), engine()->duration() >= 3600000));
    // Drag: the handle follows the mouse; the seek happens on release.
    const qint64 from = engine()->position();
    QTest::mousePress(seek, Qt::LeftButton, {}, QPoint(seek->xForPosition(engine()->duration() / 4), 10));
    QCOMPARE(engine()->position(), from);
    QTest::mouseRelease(seek, Qt::LeftButton, {}, QPoint(seek->xForPosition(engine()->duration() / 4), 10));
    QTRY_VERIFY(qAbs(engine()->position() - engine()->duration() / 4) <= tolerance);
}

void TestPlayerUi::playingFollowsTheSelection()
{
    const int a = findRow([](int, const FileInfo &f) { return PlayerEngine::isAudio(f); });
    const int b = findRow([](int, const FileInfo &f) { return PlayerEngine::isAudio(f); }, a + 1);
    const int other = findRow([](int, const FileInfo &f) { return !PlayerEngine::isAudio(f); });
    QVERIFY(a >= 0 && b >= 0 && other >= 0);
    select(a);
    QVERIFY(waitLoaded(model()->fileAt(a)));
    key(Qt::Key_Space);
    QTRY_COMPARE_WITH_TIMEOUT(engine()->state(), PlayerEngine::State::Playing, 20000);
    // Continuous triage: another audio row plays at once.
    select(b);
    QTRY_COMPARE_WITH_TIMEOUT(engine()->file().id(), model()->fileAt(b).id(), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(engine()->state(), PlayerEngine::State::Playing, 20000);
    // A row that is not audio leaves it playing.
    select(other);
    QTest::qWait(300);  // deliberate: nothing happens for 300 ms (the non-audio row loads nothing)
    QCOMPARE(engine()->file().id(), model()->fileAt(b).id());
    QCOMPARE(engine()->state(), PlayerEngine::State::Playing);
    // The media key toggles too.
    key(Qt::Key_MediaTogglePlayPause);
    QTRY_COMPARE(engine()->state(), PlayerEngine::State::Paused);
    // Paused: moving to an audio row loads it, but does not play.
    select(a);
    QVERIFY(waitLoaded(model()->fileAt(a)));
    QTest::qWait(300);  // deliberate: nothing happens for 300 ms (loaded while paused: no play)
    QVERIFY(engine()->state() != PlayerEngine::State::Playing);
    // J/K while playing: the next row, an audio one, plays at once.
    const int r = findRow([this](int row, const FileInfo &f) { return PlayerEngine::isAudio(f) && isAudio(row + 1); });
    QVERIFY(r >= 0);
    select(r);
    key(Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(engine()->state(), PlayerEngine::State::Playing, 20000);
    key(Qt::Key_J);
    QTRY_COMPARE(view()->currentIndex().row(), r + 1);
    QTRY_COMPARE_WITH_TIMEOUT(engine()->file().id(), model()->fileAt(r + 1).id(), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(engine()->state(), PlayerEngine::State::Playing, 20000);
    key(Qt::Key_K);
    QTRY_COMPARE(view()->currentIndex().row(), r);
    QTRY_COMPARE_WITH_TIMEOUT(engine()->file().id(), model()->fileAt(r).id(), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(engine()->state(), PlayerEngine::State::Playing, 20000);
    key(Qt::Key_MediaPause);
    QTRY_COMPARE(engine()->state(), PlayerEngine::State::Paused);
}

void TestPlayerUi::nextAndPreviousSkipRowsThatAreNotAudio()
{
    // An audio row followed by at least one row that is not audio, then another audio row.
    const int a = findRow([this](int r, const FileInfo &f) { return PlayerEngine::isAudio(f) && r + 1 < model()->rowCount() && !isAudio(r + 1); });
    QVERIFY(a >= 0);
    const int b = findRow([](int, const FileInfo &f) { return PlayerEngine::isAudio(f); }, a + 1);
    QVERIFY(b > a + 1);
    select(a);
    QVERIFY(waitLoaded(model()->fileAt(a)));
    actions()->next->trigger();
    QTRY_COMPARE(view()->currentIndex().row(), b);
    QVERIFY(waitLoaded(model()->fileAt(b)));
    actions()->previous->trigger();
    QTRY_COMPARE(view()->currentIndex().row(), a);
    QVERIFY(waitLoaded(model()->fileAt(a)));
    QVERIFY(engine()->state() != PlayerEngine::State::Playing);   // paused stays paused
}

void TestPlayerUi::autoAdvanceSkipsRowsThatAreNotAudio()
{
    const int a = findRow([this](int r, const FileInfo &f) { return PlayerEngine::isAudio(f) && r + 1 < model()->rowCount() && !isAudio(r + 1); });
    const int b = findRow([](int, const FileInfo &f) { return PlayerEngine::isAudio(f); }, a + 1);
    QVERIFY(a >= 0 && b > a + 1);
    QVERIFY(actions()->autoAdvance->isChecked());
    select(a);
    QVERIFY(waitLoaded(model()->fileAt(a)));
    engine()->seek(engine()->duration() - 600);
    key(Qt::Key_Space);
    QTRY_COMPARE_WITH_TIMEOUT(view()->currentIndex().row(), b, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(engine()->file().id(), model()->fileAt(b).id(), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(engine()->state(), PlayerEngine::State::Playing, 20000);

    // Off: the end of the file stops there.
    bar()->findChild<QToolButton *>(QStringLiteral("playerAutoAdvance"))->click();
    QVERIFY(!controller()->autoAdvance());
    QVERIFY(!m_settings->playbackAutoAdvance());
    QSignalSpy finished(engine(), &PlayerEngine::finished);
    engine()->seek(engine()->duration() - 600);
    QVERIFY(finished.wait(10000));
    QTest::qWait(300);  // deliberate: nothing happens for 300 ms (no advance to the next row)
    QCOMPARE(view()->currentIndex().row(), b);
    QCOMPARE(engine()->state(), PlayerEngine::State::Paused);
    actions()->autoAdvance->trigger();
    QVERIFY(controller()->autoAdvance());
}

void TestPlayerUi::aNewQueryDoesNotInterruptPlayback()
{
    // Playing a recording that is not the first row; then the rows are queried anew (a filter
    // edit): the window makes the new first row current, but what plays goes on.
    const int row = findRow([](int, const FileInfo &f) { return PlayerEngine::isAudio(f) && f.recordingDuration() >= 20; }, 5);
    QVERIFY(row >= 0);
    select(row);
    key(Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(engine()->state(), PlayerEngine::State::Playing, 20000);
    const QString playing = engine()->file().id();
    FileQuery recordings;   // a filter whose first row is audio (and not the one playing)
    recordings.type = engine()->file().type() == FileType::CallRecording ? FileType::VoiceMessage : FileType::CallRecording;
    model()->setQuery(recordings);
    QTRY_VERIFY_WITH_TIMEOUT(view()->currentIndex().isValid() && !model()->fileAt(view()->currentIndex().row()).isNull(), 20000);
    QVERIFY2(isAudio(view()->currentIndex().row()), "the new first row must be audio for this test to mean something");
    QTest::qWait(300);  // deliberate: nothing happens for 300 ms (the new current row does not replace what plays)
    QCOMPARE(engine()->file().id(), playing);
    QCOMPARE(engine()->state(), PlayerEngine::State::Playing);
    // The user's own move still plays the row moved to.
    const int current = view()->currentIndex().row();
    const int next = findRow([&](int r, const FileInfo &f) { return r != current && PlayerEngine::isAudio(f) && f.id() != playing; });
    select(next);
    QTRY_COMPARE_WITH_TIMEOUT(engine()->file().id(), model()->fileAt(next).id(), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(engine()->state(), PlayerEngine::State::Playing, 20000);
    key(Qt::Key_Space);
    QTRY_COMPARE(engine()->state(), PlayerEngine::State::Paused);
    model()->setQuery(FileQuery());   // back to every file for the next test
    QTRY_VERIFY_WITH_TIMEOUT(model()->rowCount() > 50 && !model()->fileAt(50).isNull(), 20000);
}

void TestPlayerUi::downloadErrorShowsInTheBar()
{
    // An audio file not played yet (not cached), its body refused by the server.
    const QString played = engine()->file().id();
    const int row = findRow([&](int, const FileInfo &f) {
        return PlayerEngine::isAudio(f) && f.id() != played && f.uri().host() == m_sim.apiUrl().host()
            && f.uri().port() == m_sim.apiUrl().port();
    }, 30);
    QVERIFY(row >= 0);
    const FileInfo file = model()->fileAt(row);
    QVERIFY(m_sim.queueFault(file.uri().path(), QStringLiteral("500"), 20));
    select(row);
    QTRY_VERIFY_WITH_TIMEOUT(bar()->isShowingError(), 30000);
    QVERIFY(!bar()->statusLabel()->text().isEmpty());
    QVERIFY(bar()->statusLabel()->isVisible());
    // The rest of the window goes on: another row shows its details; another audio file plays.
    QVERIFY(m_sim.clearFaults());
    const int other = findRow([&](int, const FileInfo &f) { return PlayerEngine::isAudio(f) && f.id() != file.id(); }, row + 1);
    QVERIFY(other >= 0);
    select(other);
    QTRY_COMPARE(m_window->detailPane()->file().id(), model()->fileAt(other).id());
    QVERIFY(waitLoaded(model()->fileAt(other)));
    QTRY_VERIFY(!bar()->isShowingError());
}

QTEST_MAIN(TestPlayerUi)
#include "tst_playerui.moc"
