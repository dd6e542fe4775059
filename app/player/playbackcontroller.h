#pragma once

#include "api/fileinfo.h"
#include "models/filesmodel.h"
#include "playerengine.h"

#include <QObject>
#include <QPointer>

class ConsoleSettings;

// What the player does as the user moves through the files table (no widgets). It follows the
// table's current row (setCurrentRow): selecting an audio file (PlayerEngine::isAudio) loads it
// at once, so that Space plays without a wait; while playing, moving to another audio row plays
// that one (continuous triage); a row that is not audio leaves the player alone. previous() and
// next() find the nearest audio row in the model (skipping the others, waiting for pages not
// loaded yet) and ask the window to make it current (currentRowRequested); at the end of a file,
// "play next automatically" does the same and plays it. Volume, mute, speed, skip-silence and
// auto-advance are remembered in ConsoleSettings.
class PlaybackController final : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 kSkipMs = 5000;
    static constexpr qint64 kFineSkipMs = 1000;
    // A search for the next audio row gives up after fetching this many pages without one.
    static constexpr int kMaxSearchPages = 10;

    PlaybackController(PlayerEngine *engine, FilesModel *model, ConsoleSettings *settings,
                       QObject *parent = nullptr);
    ~PlaybackController() override;

    PlayerEngine *engine() const { return m_engine; }
    FilesModel *model() const { return m_model; }

    // The table's current row (-1: none) and its file (null while the row is not loaded: call
    // again when it arrives).
    void setCurrentRow(int row, const FileInfo &file);
    int currentRow() const { return m_currentRow; }
    // The model row of the file the engine holds (-1 when none, or not in the rows loaded).
    int playingRow() const;
    bool isSearching() const { return m_search.active; }
    // True while the user wants sound (playing, or loading with play asked for).
    bool wantsPlayback() const { return m_playIntent; }

    bool autoAdvance() const { return m_autoAdvance; }

public slots:
    void togglePlayPause();
    void play();
    void pause();
    void playCurrentFromStart();     // Enter
    void next();
    void previous();
    void seekBy(qint64 deltaMs);
    void stepRate(int steps);        // +/- 0.25 a step
    void resetRate();
    void setRate(double rate);
    void setVolume(int volume);
    void setMuted(bool muted);
    void toggleMuted();
    void setSkipSilence(bool on);
    void setAutoAdvance(bool on);

signals:
    // The window makes this row current (and scrolls to it); setCurrentRow() follows.
    void currentRowRequested(int row);
    void autoAdvanceChanged(bool on);
    void searchingChanged(bool searching);
    // No audio file in that direction (for the status bar).
    void noMoreAudio(int direction);

private:
    void loadFile(const FileInfo &file, bool playIt);
    void startSearch(int fromRow, int direction, bool playIt);
    void continueSearch();
    void finishSearch(int row);
    void stopSearch();
    void onFinished();
    void onPageLoaded(int firstRow, int lastRow);

    struct Search
    {
        bool active = false;
        int row = -1;          // the next row to look at
        int direction = 1;
        int pagesFetched = 0;
        bool play = false;
    };

    QPointer<PlayerEngine> m_engine;
    QPointer<FilesModel> m_model;
    ConsoleSettings *m_settings;
    Search m_search;
    int m_currentRow = -1;
    FileInfo m_currentFile;
    bool m_playIntent = false;
    bool m_autoAdvance = true;
    bool m_afterReset = false;   // the model was reset: the next current file came by itself
};
