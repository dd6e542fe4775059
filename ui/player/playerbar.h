#pragma once

#include "player/playerengine.h"

#include <QPointer>
#include <QWidget>

class PlaybackController;
class PlayerActions;
class QLabel;
class QMenu;
class QSlider;
class QToolButton;
class WaveformSeekBar;

// The player bar at the bottom of the window: what plays (name, type, caller) and the status
// (download progress, buffering, the reason of an error), then play/pause, previous/next audio
// file, 5 s back/forward, elapsed time, the waveform seek bar, remaining time, speed (- 1.5× +,
// a menu of every step), mute and volume, "play next automatically" and "skip silence". The
// buttons are the PlayerActions' (so menu, keys and bar agree); it talks only to the
// PlaybackController and its PlayerEngine. The time labels are sized once for the widest text
// of the file's duration, so they never jitter.
class PlayerBar final : public QWidget
{
    Q_OBJECT
public:
    PlayerBar(PlaybackController *controller, PlayerActions *actions, QWidget *parent = nullptr);
    ~PlayerBar() override;

    // "1:05", "1:02:03" (hours when the duration has them); negative values get a minus sign.
    static QString timeText(qint64 ms, bool withHours);
    static QString rateText(double rate);   // "1.5×"

    WaveformSeekBar *seekBar() const { return m_seek; }
    QLabel *elapsedLabel() const { return m_elapsed; }
    QLabel *remainingLabel() const { return m_remaining; }
    QLabel *titleLabel() const { return m_title; }
    QLabel *statusLabel() const { return m_status; }
    QToolButton *speedButton() const { return m_speed; }
    QSlider *volumeSlider() const { return m_volume; }
    bool isShowingError() const { return m_showingError; }

protected:
    void changeEvent(QEvent *event) override;

private:
    QToolButton *button(QAction *action, const char *name);
    void applyButtonTip(QToolButton *button);
    void retranslate();
    void buildSpeedMenu();
    void onStateChanged(PlayerEngine::State state);
    void updateTimes();
    void updateTimeWidths();
    void updateTitle();
    void updateStatus();
    void updateRate(double rate);
    void updateVolume();
    void updateEnabled();

    QPointer<PlaybackController> m_controller;
    QPointer<PlayerEngine> m_engine;
    PlayerActions *m_actions;
    WaveformSeekBar *m_seek;
    QLabel *m_title;
    QLabel *m_status;
    QLabel *m_elapsed;
    QLabel *m_remaining;
    QToolButton *m_speed;
    QToolButton *m_muteButton = nullptr;
    QToolButton *m_slowerButton = nullptr;
    QToolButton *m_fasterButton = nullptr;
    QSlider *m_volume;
    QMenu *m_speedMenu;
    QList<QToolButton *> m_fileButtons;   // enabled only while a file is loaded
    qint64 m_dragMs = -1;                 // while the seek bar is dragged, the times follow it
    qint64 m_received = 0;
    qint64 m_total = -1;
    bool m_withHours = false;
    bool m_showingError = false;
};
