#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class PlaybackController;
class QAction;
class QMenu;
class QMenuBar;
class QWidget;

// The player's commands with their keys (mpv's where they exist), in the Playback menu and the
// F1 list, and on the player bar's buttons: Space play/pause, Enter play the selected file from
// its start, Left/Right 5 s, Shift+Left/Right 1 s, [ and ] speed -/+ 0.25, Backspace speed 1x,
// M mute, the media keys; previous/next audio file, play next automatically, skip silence.
// The bare keys are window shortcuts; PlayerKeyFilter leaves them to a text field with focus.
class PlayerActions final : public QObject
{
    Q_OBJECT
public:
    explicit PlayerActions(QWidget *window);

    void connectTo(PlaybackController *controller);
    // The Playback menu, inserted before the menu bar's last menu (Help).
    QMenu *populate(QMenuBar *menuBar) const;
    QList<QAction *> shortcutActions() const;
    // Every action whose key is a bare key (no Ctrl/Alt) that a text field should keep.
    QList<QAction *> bareKeyActions() const;
    // Sets every action's and the menu's text in the current language (on QEvent::LanguageChange
    // of the window).
    void retranslate();

    QAction *playPause;
    QAction *playFromStart;
    QAction *play;          // media key "play"
    QAction *pause;         // media key "pause"
    QAction *skipBack;
    QAction *skipForward;
    QAction *skipBackFine;
    QAction *skipForwardFine;
    QAction *slower;
    QAction *faster;
    QAction *normalSpeed;
    QAction *mute;
    QAction *previous;
    QAction *next;
    QAction *autoAdvance;
    QAction *skipSilence;
    QAction *clearCache;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void syncPlayState();

    PlaybackController *m_controller = nullptr;
    mutable QPointer<QMenu> m_menu;   // set by populate()
};
