#include "playbackcontroller.h"

#include "settings/consolesettings.h"
#include "models/filesmodel.h"

#include <cmath>
#include <utility>

PlaybackController::PlaybackController(PlayerEngine *engine, FilesModel *model, ConsoleSettings *settings,
                                       QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_model(model)
    , m_settings(settings)
{
    if (m_settings) {
        m_engine->setVolume(m_settings->playbackVolume());
        m_engine->setMuted(m_settings->playbackMuted());
        m_engine->setRate(m_settings->playbackRate());
        m_engine->setSkipSilence(m_settings->playbackSkipSilence());
        m_autoAdvance = m_settings->playbackAutoAdvance();
        // Whoever changes them (the bar, a key, the engine's clamping), they are remembered.
        connect(engine, &PlayerEngine::volumeChanged, this, [this](int v) { m_settings->setPlaybackVolume(v); });
        connect(engine, &PlayerEngine::mutedChanged, this, [this](bool m) { m_settings->setPlaybackMuted(m); });
        connect(engine, &PlayerEngine::rateChanged, this, [this](double r) { m_settings->setPlaybackRate(r); });
        connect(engine, &PlayerEngine::skipSilenceChanged, this,
                [this](bool on) { m_settings->setPlaybackSkipSilence(on); });
    }
    // Queued: the next file's load() must not run inside the engine's own end-of-file handling.
    connect(engine, &PlayerEngine::finished, this, &PlaybackController::onFinished, Qt::QueuedConnection);
    connect(engine, &PlayerEngine::stateChanged, this, [this](PlayerEngine::State state) {
        if (state == PlayerEngine::State::Playing)
            m_playIntent = true;
    });
    connect(model, &FilesModel::pageLoaded, this, &PlaybackController::onPageLoaded);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        stopSearch();
        m_currentRow = -1;
        m_currentFile = FileInfo();
        m_afterReset = true;
    });
    connect(model, &FilesModel::errorOccurred, this, [this] { stopSearch(); });
}

PlaybackController::~PlaybackController() = default;

int PlaybackController::playingRow() const
{
    const FileInfo file = m_engine->file();
    if (file.isNull() || !m_model)
        return -1;
    if (m_currentRow >= 0 && m_model->fileAt(m_currentRow).id() == file.id())
        return m_currentRow;
    return m_model->rowOfId(file.id());
}

void PlaybackController::setCurrentRow(int row, const FileInfo &file)
{
    m_currentRow = row;
    m_currentFile = file;
    if (file.isNull())
        return;   // not loaded yet: called again when it is
    // The first row of a new query becomes current by itself: that is no move of the user's, so
    // it does not interrupt what plays.
    const bool afterReset = std::exchange(m_afterReset, false);
    if (!PlayerEngine::isAudio(file))
        return;   // nothing the player plays
    if (afterReset && (m_engine->state() == PlayerEngine::State::Playing || m_playIntent))
        return;
    if (m_engine->file().id() == file.id() && m_engine->state() != PlayerEngine::State::Error)
        return;
    // Playing (or asked to play) goes on with the new row; paused stays paused.
    loadFile(file, m_playIntent || m_engine->state() == PlayerEngine::State::Playing);
}

void PlaybackController::loadFile(const FileInfo &file, bool playIt)
{
    m_playIntent = playIt;
    m_engine->load(file);
    if (playIt)
        m_engine->play();
}

void PlaybackController::togglePlayPause()
{
    const PlayerEngine::State state = m_engine->state();
    if (state == PlayerEngine::State::Playing
        || ((state == PlayerEngine::State::Loading || state == PlayerEngine::State::Ready) && m_playIntent))
        pause();
    else
        play();
}

void PlaybackController::play()
{
    const PlayerEngine::State state = m_engine->state();
    const bool currentIsAudio = !m_currentFile.isNull() && PlayerEngine::isAudio(m_currentFile);
    // Nothing loaded, or a failed file: play the selected one (a new load retries).
    if (state == PlayerEngine::State::Empty || state == PlayerEngine::State::Error) {
        if (currentIsAudio)
            loadFile(m_currentFile, true);
        else if (state == PlayerEngine::State::Error && !m_engine->file().isNull())
            loadFile(m_engine->file(), true);
        return;
    }
    m_playIntent = true;
    m_engine->play();
}

void PlaybackController::pause()
{
    m_playIntent = false;
    m_engine->pause();
}

void PlaybackController::playCurrentFromStart()
{
    if (m_currentFile.isNull() || !PlayerEngine::isAudio(m_currentFile))
        return;
    if (m_engine->file().id() == m_currentFile.id() && m_engine->state() != PlayerEngine::State::Error
        && m_engine->state() != PlayerEngine::State::Empty) {
        m_engine->seek(0);
        m_playIntent = true;
        m_engine->play();
        return;
    }
    loadFile(m_currentFile, true);
}

void PlaybackController::next()
{
    const int from = m_currentRow >= 0 ? m_currentRow : playingRow();
    startSearch(from + 1, 1, m_playIntent);
}

void PlaybackController::previous()
{
    const int from = m_currentRow >= 0 ? m_currentRow : playingRow();
    if (from <= 0) {
        emit noMoreAudio(-1);
        return;
    }
    startSearch(from - 1, -1, m_playIntent);
}

void PlaybackController::onFinished()
{
    if (!m_autoAdvance) {
        m_playIntent = false;
        return;
    }
    int from = playingRow();
    if (from < 0)
        from = m_currentRow;
    startSearch(from + 1, 1, true);
}

// ---- finding the next audio row ------------------------------------------------------------

void PlaybackController::startSearch(int fromRow, int direction, bool playIt)
{
    const bool was = m_search.active;
    m_search = Search{true, qMax(0, fromRow), direction, 0, playIt};
    if (!was)
        emit searchingChanged(true);
    continueSearch();
}

void PlaybackController::continueSearch()
{
    if (!m_search.active || !m_model)
        return;
    for (int r = m_search.row; r >= 0; r += m_search.direction) {
        if (r >= m_model->rowCount()) {
            // Simplified paging: more rows may come from the server.
            if (m_model->isAppending() && m_model->canFetchMore(QModelIndex())
                && m_search.pagesFetched < kMaxSearchPages) {
                m_search.row = r;
                ++m_search.pagesFetched;
                m_model->fetchMore(QModelIndex());
                return;
            }
            break;
        }
        if (!m_model->data(m_model->index(r, 0), FilesModel::LoadedRole).toBool()) {
            if (m_search.pagesFetched >= kMaxSearchPages)
                break;
            // Ask for that row's page and look again when it is here (onPageLoaded).
            m_search.row = r;
            ++m_search.pagesFetched;
            const int page = qMax(1, m_model->pageSize());
            const int first = m_search.direction > 0 ? r : qMax(0, r - page + 1);
            m_model->setVisibleRange(first, qMin(m_model->rowCount() - 1, first + page - 1));
            return;
        }
        const FileInfo file = m_model->fileAt(r);
        if (PlayerEngine::isAudio(file)) {
            finishSearch(r);
            return;
        }
    }
    const int direction = m_search.direction;
    stopSearch();
    if (m_search.play)
        m_playIntent = false;
    emit noMoreAudio(direction);
}

void PlaybackController::onPageLoaded(int firstRow, int lastRow)
{
    if (m_search.active && m_search.row >= firstRow && m_search.row <= lastRow)
        continueSearch();
    else if (m_search.active && m_model && m_search.row >= m_model->rowCount() && m_model->isAppending())
        continueSearch();
}

void PlaybackController::finishSearch(int row)
{
    const bool playIt = m_search.play;
    stopSearch();
    const FileInfo file = m_model->fileAt(row);
    m_playIntent = playIt;
    emit currentRowRequested(row);
    // Nobody moved the table's current row (no window): follow it here.
    if (m_currentRow != row || m_currentFile.id() != file.id())
        setCurrentRow(row, file);
    else if (m_engine->file().id() != file.id())
        loadFile(file, playIt);
    if (playIt && m_engine->state() != PlayerEngine::State::Playing) {
        m_playIntent = true;
        m_engine->play();
    }
}

void PlaybackController::stopSearch()
{
    if (!m_search.active)
        return;
    m_search.active = false;
    emit searchingChanged(false);
}

// ---- position, speed, volume ---------------------------------------------------------------

void PlaybackController::seekBy(qint64 deltaMs)
{
    if (m_engine->state() == PlayerEngine::State::Empty || m_engine->state() == PlayerEngine::State::Error)
        return;
    m_engine->seekBy(deltaMs);
}

void PlaybackController::stepRate(int steps)
{
    setRate(m_engine->rate() + steps * PlayerEngine::kRateStep);
}

void PlaybackController::resetRate()
{
    setRate(1.0);
}

void PlaybackController::setRate(double rate)
{
    m_engine->setRate(qBound(PlayerEngine::kMinRate, rate, PlayerEngine::kMaxRate));
}

void PlaybackController::setVolume(int volume)
{
    m_engine->setVolume(qBound(0, volume, 100));
    if (volume > 0 && m_engine->isMuted())
        m_engine->setMuted(false);
}

void PlaybackController::setMuted(bool muted)
{
    m_engine->setMuted(muted);
}

void PlaybackController::toggleMuted()
{
    m_engine->setMuted(!m_engine->isMuted());
}

void PlaybackController::setSkipSilence(bool on)
{
    m_engine->setSkipSilence(on);
}

void PlaybackController::setAutoAdvance(bool on)
{
    if (m_autoAdvance == on)
        return;
    m_autoAdvance = on;
    if (m_settings)
        m_settings->setPlaybackAutoAdvance(on);
    emit autoAdvanceChanged(on);
}
