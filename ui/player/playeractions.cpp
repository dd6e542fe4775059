#include "playeractions.h"

#include "player/playbackcontroller.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QKeySequence>
#include <QMenu>
#include <QMenuBar>
#include <QStyle>
#include <QWidget>

namespace {
QAction *makeAction(QWidget *window, const QList<QKeySequence> &keys, const char *name,
                    QStyle::StandardPixmap icon = QStyle::SP_CustomBase)
{
    auto *action = new QAction(window);
    action->setObjectName(QString::fromLatin1(name));
    action->setShortcuts(keys);
    action->setShortcutContext(Qt::WindowShortcut);
    if (icon != QStyle::SP_CustomBase)
        action->setIcon(window->style()->standardIcon(icon));
    window->addAction(action);
    return action;
}
} // namespace

PlayerActions::PlayerActions(QWidget *window)
    : QObject(window)
    , playPause(makeAction(window, {QKeySequence(Qt::Key_Space), QKeySequence(Qt::Key_MediaTogglePlayPause)},
                           "actionPlayPause", QStyle::SP_MediaPlay))
    , playFromStart(makeAction(window, {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)},
                               "actionPlayFromStart"))
    , play(makeAction(window, {QKeySequence(Qt::Key_MediaPlay)}, "actionMediaPlay"))
    , pause(makeAction(window, {QKeySequence(Qt::Key_MediaPause)}, "actionMediaPause"))
    , skipBack(makeAction(window, {QKeySequence(Qt::Key_Left)}, "actionSkipBack",
                          QStyle::SP_MediaSeekBackward))
    , skipForward(makeAction(window, {QKeySequence(Qt::Key_Right)}, "actionSkipForward",
                             QStyle::SP_MediaSeekForward))
    , skipBackFine(makeAction(window, {QKeySequence(Qt::SHIFT | Qt::Key_Left)}, "actionSkipBackFine"))
    , skipForwardFine(makeAction(window, {QKeySequence(Qt::SHIFT | Qt::Key_Right)},
                                 "actionSkipForwardFine"))
    , slower(makeAction(window, {QKeySequence(Qt::Key_BracketLeft)}, "actionSlower"))
    , faster(makeAction(window, {QKeySequence(Qt::Key_BracketRight)}, "actionFaster"))
    , normalSpeed(makeAction(window, {QKeySequence(Qt::Key_Backspace)}, "actionNormalSpeed"))
    , mute(makeAction(window, {QKeySequence(Qt::Key_M)}, "actionMute", QStyle::SP_MediaVolumeMuted))
    , previous(makeAction(window, {QKeySequence(Qt::Key_MediaPrevious)}, "actionPreviousAudio",
                          QStyle::SP_MediaSkipBackward))
    , next(makeAction(window, {QKeySequence(Qt::Key_MediaNext)}, "actionNextAudio",
                      QStyle::SP_MediaSkipForward))
    , autoAdvance(makeAction(window, {}, "actionAutoAdvance"))
    , skipSilence(makeAction(window, {}, "actionSkipSilence"))
    , clearCache(makeAction(window, {}, "actionClearCache"))
{
    mute->setCheckable(true);
    autoAdvance->setCheckable(true);
    skipSilence->setCheckable(true);
    window->installEventFilter(this);
    retranslate();
}

void PlayerActions::retranslate()
{
    playPause->setText(tr("&Play / pause"));
    playFromStart->setText(tr("Play from the &start"));
    play->setText(tr("Play (media key)"));
    pause->setText(tr("Pause (media key)"));
    skipBack->setText(tr("Back 5 seconds"));
    skipForward->setText(tr("Forward 5 seconds"));
    skipBackFine->setText(tr("Back 1 second"));
    skipForwardFine->setText(tr("Forward 1 second"));
    slower->setText(tr("S&lower"));
    faster->setText(tr("&Faster"));
    normalSpeed->setText(tr("&Normal speed"));
    mute->setText(tr("&Mute"));
    previous->setText(tr("P&revious recording"));
    next->setText(tr("Ne&xt recording"));
    autoAdvance->setText(tr("Play next &automatically"));
    skipSilence->setText(tr("Skip s&ilence"));
    clearCache->setText(tr("&Clear the audio cache"));
    autoAdvance->setIconText(tr("Auto-next", "short label of 'play next automatically'"));
    skipSilence->setIconText(tr("Skip silence"));
    autoAdvance->setToolTip(tr("At the end of a file, play the next recording or voicemail in the table"));
    skipSilence->setToolTip(tr("Jump over silences longer than 1.5 seconds"));
    if (m_menu)
        m_menu->setTitle(tr("&Playback"));
    syncPlayState();
}

bool PlayerActions::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && watched == parent())
        retranslate();
    return QObject::eventFilter(watched, event);
}

void PlayerActions::connectTo(PlaybackController *controller)
{
    m_controller = controller;
    PlayerEngine *engine = controller->engine();
    connect(playPause, &QAction::triggered, controller, &PlaybackController::togglePlayPause);
    connect(playFromStart, &QAction::triggered, controller, &PlaybackController::playCurrentFromStart);
    connect(play, &QAction::triggered, controller, &PlaybackController::play);
    connect(pause, &QAction::triggered, controller, &PlaybackController::pause);
    connect(skipBack, &QAction::triggered, controller, [controller] { controller->seekBy(-PlaybackController::kSkipMs); });
    connect(skipForward, &QAction::triggered, controller, [controller] { controller->seekBy(PlaybackController::kSkipMs); });
    connect(skipBackFine, &QAction::triggered, controller,
            [controller] { controller->seekBy(-PlaybackController::kFineSkipMs); });
    connect(skipForwardFine, &QAction::triggered, controller,
            [controller] { controller->seekBy(PlaybackController::kFineSkipMs); });
    connect(slower, &QAction::triggered, controller, [controller] { controller->stepRate(-1); });
    connect(faster, &QAction::triggered, controller, [controller] { controller->stepRate(1); });
    connect(normalSpeed, &QAction::triggered, controller, &PlaybackController::resetRate);
    connect(mute, &QAction::triggered, controller, &PlaybackController::setMuted);
    connect(previous, &QAction::triggered, controller, &PlaybackController::previous);
    connect(next, &QAction::triggered, controller, &PlaybackController::next);
    connect(autoAdvance, &QAction::triggered, controller, &PlaybackController::setAutoAdvance);
    connect(skipSilence, &QAction::triggered, controller, &PlaybackController::setSkipSilence);

    connect(engine, &PlayerEngine::mutedChanged, mute, &QAction::setChecked);
    connect(engine, &PlayerEngine::skipSilenceChanged, skipSilence, &QAction::setChecked);
    connect(controller, &PlaybackController::autoAdvanceChanged, autoAdvance, &QAction::setChecked);
    connect(engine, &PlayerEngine::stateChanged, this, &PlayerActions::syncPlayState);
    connect(controller, &PlaybackController::searchingChanged, this, &PlayerActions::syncPlayState);
    mute->setChecked(engine->isMuted());
    skipSilence->setChecked(engine->skipSilence());
    autoAdvance->setChecked(controller->autoAdvance());
    syncPlayState();
}

void PlayerActions::syncPlayState()
{
    if (!m_controller)
        return;
    const PlayerEngine::State state = m_controller->engine()->state();
    const bool playing = state == PlayerEngine::State::Playing
        || ((state == PlayerEngine::State::Loading || state == PlayerEngine::State::Ready) && m_controller->wantsPlayback());
    // The text stays (menu and F1 list); the icon and tooltip say what a press does now.
    playPause->setToolTip(tr("%1 (%2)", "tooltip: command (key)")
                              .arg(playing ? tr("Pause") : tr("Play"), playPause->shortcut().toString(QKeySequence::NativeText)));
    playPause->setIcon(QApplication::style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
}

QMenu *PlayerActions::populate(QMenuBar *menuBar) const
{
    auto *menu = new QMenu(tr("&Playback"), menuBar);
    m_menu = menu;
    menu->setObjectName(QStringLiteral("menuPlayback"));
    menu->addAction(playPause);
    menu->addAction(playFromStart);
    menu->addSeparator();
    menu->addAction(skipBack);
    menu->addAction(skipForward);
    menu->addAction(skipBackFine);
    menu->addAction(skipForwardFine);
    menu->addSeparator();
    menu->addAction(slower);
    menu->addAction(faster);
    menu->addAction(normalSpeed);
    menu->addAction(mute);
    menu->addSeparator();
    menu->addAction(previous);
    menu->addAction(next);
    menu->addAction(autoAdvance);
    menu->addAction(skipSilence);
    menu->addSeparator();
    menu->addAction(clearCache);
    const QList<QAction *> menus = menuBar->actions();
    if (menus.isEmpty())
        menuBar->addMenu(menu);
    else
        menuBar->insertMenu(menus.constLast(), menu);
    return menu;
}

QList<QAction *> PlayerActions::shortcutActions() const
{
    QList<QAction *> out;
    for (QAction *a : {playPause, playFromStart, skipBack, skipForward, skipBackFine, skipForwardFine, slower, faster,
                       normalSpeed, mute, previous, next, play, pause})
        if (!a->shortcuts().isEmpty())
            out << a;
    return out;
}

QList<QAction *> PlayerActions::bareKeyActions() const
{
    return {playPause, playFromStart, skipBack, skipForward, skipBackFine, skipForwardFine, slower, faster,
            normalSpeed, mute};
}
