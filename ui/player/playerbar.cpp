#include "playerbar.h"

#include "api/fileinfo.h"
#include "api/filetype.h"
#include "player/playbackcontroller.h"
#include "playeractions.h"
#include "waveformseekbar.h"

#include <QAction>
#include <QActionGroup>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QSlider>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

PlayerBar::PlayerBar(PlaybackController *controller, PlayerActions *actions, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_engine(controller->engine())
    , m_actions(actions)
    , m_seek(new WaveformSeekBar(this))
    , m_title(new QLabel(this))
    , m_status(new QLabel(this))
    , m_elapsed(new QLabel(this))
    , m_remaining(new QLabel(this))
    , m_speed(new QToolButton(this))
    , m_volume(new QSlider(Qt::Horizontal, this))
    , m_speedMenu(new QMenu(this))
{
    setObjectName(QStringLiteral("playerBar"));
    m_title->setObjectName(QStringLiteral("playerTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_status->setObjectName(QStringLiteral("playerStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_elapsed->setObjectName(QStringLiteral("playerElapsed"));
    m_remaining->setObjectName(QStringLiteral("playerRemaining"));
    for (QLabel *l : {m_elapsed, m_remaining}) {
        l->setTextFormat(Qt::PlainText);
        l->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }

    m_speed->setObjectName(QStringLiteral("playerSpeed"));
    m_speed->setPopupMode(QToolButton::InstantPopup);
    m_speed->setMenu(m_speedMenu);
    m_speed->setFocusPolicy(Qt::TabFocus);
    m_speed->setAutoRaise(true);
    buildSpeedMenu();

    m_volume->setObjectName(QStringLiteral("playerVolume"));
    m_volume->setRange(0, 100);
    m_volume->setFixedWidth(90);
    m_volume->setFocusPolicy(Qt::TabFocus);

    // Row 1: what plays, and its status.
    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_title, 1);
    top->addWidget(m_status, 0);

    // Row 2: the controls.
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(2);
    row->addWidget(button(actions->previous, "playerPrevious"));
    row->addWidget(button(actions->playPause, "playerPlayPause"));
    row->addWidget(button(actions->next, "playerNext"));
    row->addSpacing(4);
    row->addWidget(button(actions->skipBack, "playerSkipBack"));
    row->addWidget(button(actions->skipForward, "playerSkipForward"));
    row->addSpacing(6);
    row->addWidget(m_elapsed);
    row->addWidget(m_seek, 1);
    row->addWidget(m_remaining);
    row->addSpacing(6);
    QToolButton *slower = m_slowerButton = button(actions->slower, "playerSlower");
    slower->setText(QStringLiteral("−"));
    QToolButton *faster = m_fasterButton = button(actions->faster, "playerFaster");
    faster->setText(QStringLiteral("+"));
    row->addWidget(slower);
    row->addWidget(m_speed);
    row->addWidget(faster);
    row->addSpacing(6);
    m_muteButton = button(actions->mute, "playerMute");
    row->addWidget(m_muteButton);
    row->addWidget(m_volume);
    row->addSpacing(6);
    QToolButton *autoNext = button(actions->autoAdvance, "playerAutoAdvance");
    autoNext->setToolButtonStyle(Qt::ToolButtonTextOnly);
    QToolButton *skip = button(actions->skipSilence, "playerSkipSilence");
    skip->setToolButtonStyle(Qt::ToolButtonTextOnly);
    row->addWidget(autoNext);
    row->addWidget(skip);
    for (QToolButton *b : findChildren<QToolButton *>())
        if (b->defaultAction() && b->defaultAction() != actions->autoAdvance && b->defaultAction() != actions->skipSilence
            && b->defaultAction() != actions->mute && b->defaultAction() != actions->slower
            && b->defaultAction() != actions->faster && b->defaultAction() != actions->previous
            && b->defaultAction() != actions->next)
            m_fileButtons << b;

    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(6, 0, 6, 4);
    column->setSpacing(2);
    column->addWidget(line);
    column->addLayout(top);
    column->addLayout(row);

    connect(m_seek, &WaveformSeekBar::seekRequested, m_engine, &PlayerEngine::seek);
    connect(m_seek, &WaveformSeekBar::dragPositionChanged, this, [this](qint64 ms) {
        m_dragMs = ms;
        updateTimes();
    });
    connect(m_seek, &WaveformSeekBar::dragFinished, this, [this] {
        m_dragMs = -1;
        updateTimes();
    });
    connect(m_volume, &QSlider::valueChanged, controller, &PlaybackController::setVolume);

    connect(m_engine, &PlayerEngine::stateChanged, this, &PlayerBar::onStateChanged);
    connect(m_engine, &PlayerEngine::positionChanged, this, [this](qint64 ms) {
        m_seek->setPosition(ms);
        updateTimes();
    });
    connect(m_engine, &PlayerEngine::durationChanged, this, [this](qint64 ms) {
        m_seek->setDuration(ms);
        updateTimeWidths();
        updateTimes();
    });
    connect(m_engine, &PlayerEngine::waveformReady, m_seek, &WaveformSeekBar::setWaveform);
    connect(m_engine, &PlayerEngine::silencesChanged, m_seek, &WaveformSeekBar::setSilences);
    connect(m_engine, &PlayerEngine::skipSilenceChanged, m_seek, &WaveformSeekBar::setSilencesShown);
    connect(m_engine, &PlayerEngine::downloadProgress, this, [this](qint64 received, qint64 total) {
        m_received = received;
        m_total = total;
        m_seek->setDownloadFraction(total > 0 && !m_engine->isDownloadComplete() ? double(received) / double(total) : 1.0);
        updateStatus();
    });
    connect(m_engine, &PlayerEngine::bufferingChanged, this, &PlayerBar::updateStatus);
    connect(m_engine, &PlayerEngine::errorOccurred, this, &PlayerBar::updateStatus);
    connect(m_engine, &PlayerEngine::rateChanged, this, &PlayerBar::updateRate);
    connect(m_engine, &PlayerEngine::volumeChanged, this, &PlayerBar::updateVolume);
    connect(m_engine, &PlayerEngine::mutedChanged, this, &PlayerBar::updateVolume);
    connect(controller, &PlaybackController::searchingChanged, this, &PlayerBar::updateStatus);
    connect(controller, &PlaybackController::noMoreAudio, this, [this](int direction) {
        m_status->setText(direction > 0 ? tr("No more recordings below.") : tr("No more recordings above."));
    });

    m_seek->setSilencesShown(m_engine->skipSilence());
    retranslate();
    onStateChanged(m_engine->state());
}

void PlayerBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

// The texts in the current language (the actions have theirs already: PlayerActions retranslates
// on the window's LanguageChange, before the window's children get it).
void PlayerBar::retranslate()
{
    setAccessibleName(tr("Player"));
    m_elapsed->setAccessibleName(tr("Elapsed"));
    m_remaining->setAccessibleName(tr("Remaining"));
    m_speed->setToolTip(tr("Playback speed (the pitch is kept): [ slower, ] faster, Backspace normal"));
    m_volume->setAccessibleName(tr("Volume"));
    for (QAction *a : m_speedMenu->actions())
        a->setText(rateText(a->data().toDouble()));
    updateRate(m_engine->rate());
    updateVolume();
    updateTitle();
    updateStatus();
    for (QToolButton *b : findChildren<QToolButton *>())
        if (b->defaultAction())
            applyButtonTip(b);
}

PlayerBar::~PlayerBar() = default;

QToolButton *PlayerBar::button(QAction *action, const char *name)
{
    auto *b = new QToolButton(this);
    b->setDefaultAction(action);
    b->setObjectName(QString::fromLatin1(name));
    b->setAutoRaise(true);
    b->setFocusPolicy(Qt::TabFocus);
    b->setIconSize(QSize(20, 20));
    applyButtonTip(b);
    // A changed action (text, enabled, checked) resets the button's tooltip and text to its own.
    connect(action, &QAction::changed, b, [this, b] { applyButtonTip(b); });
    return b;
}

void PlayerBar::applyButtonTip(QToolButton *b)
{
    QAction *action = b->defaultAction();
    QString tip = action->toolTip();
    if (!action->shortcut().isEmpty())
        tip = tr("%1 (%2)", "tooltip: command (key)").arg(tip, action->shortcut().toString(QKeySequence::NativeText));
    if (action != m_actions->playPause)   // its tooltip follows the state (the action's own)
        b->setToolTip(tip);
    if (b == m_slowerButton)
        b->setText(QStringLiteral("−"));
    else if (b == m_fasterButton)
        b->setText(QStringLiteral("+"));
}

QString PlayerBar::timeText(qint64 ms, bool withHours)
{
    const bool negative = ms < 0;
    const qint64 s = std::abs(ms) / 1000;
    QString text = withHours ? QStringLiteral("%1:%2:%3").arg(s / 3600).arg(s / 60 % 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'))
                             : QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    return negative ? QStringLiteral("−") + text : text;
}

QString PlayerBar::rateText(double rate)
{
    return tr("%1×", "playback speed, e.g. 1.5×").arg(QLocale().toString(rate, 'g', 3));
}

void PlayerBar::buildSpeedMenu()
{
    auto *group = new QActionGroup(m_speedMenu);
    for (double r = PlayerEngine::kMinRate; r <= PlayerEngine::kMaxRate + 1e-9; r += PlayerEngine::kRateStep) {
        QAction *a = m_speedMenu->addAction(rateText(r));
        a->setCheckable(true);
        a->setData(r);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, r] {
            if (m_controller)
                m_controller->setRate(r);
        });
    }
}

// Sized once for the widest text the duration can give (the widest digit everywhere), so that
// neither label nor the seek bar moves as the seconds tick.
void PlayerBar::updateTimeWidths()
{
    const qint64 duration = m_engine->duration();
    m_withHours = duration >= 3600 * 1000;
    const QFontMetrics fm(m_elapsed->font());
    QChar widest = QLatin1Char('0');
    for (char c = '0'; c <= '9'; ++c)
        if (fm.horizontalAdvance(QLatin1Char(c)) > fm.horizontalAdvance(widest))
            widest = QLatin1Char(c);
    QString pattern = timeText(-(m_withHours ? (99 * 3600 + 59 * 60 + 59) : (99 * 60 + 59)) * 1000LL, m_withHours);
    for (QChar &c : pattern)
        if (c.isDigit())
            c = widest;
    const int width = fm.horizontalAdvance(pattern) + 4;
    m_elapsed->setFixedWidth(width);
    m_remaining->setFixedWidth(width);
}

void PlayerBar::updateTimes()
{
    const qint64 duration = m_engine->duration();
    const bool loaded = m_engine->state() != PlayerEngine::State::Empty && !m_engine->file().isNull();
    if (!loaded) {
        m_elapsed->setText(QStringLiteral("–:––"));
        m_remaining->setText(QStringLiteral("–:––"));
        return;
    }
    const qint64 pos = m_dragMs >= 0 ? m_dragMs : m_engine->position();
    m_elapsed->setText(timeText(pos, m_withHours));
    m_remaining->setText(duration >= 0 ? timeText(-qMax<qint64>(0, duration - pos), m_withHours) : QStringLiteral("–:––"));
}

void PlayerBar::updateTitle()
{
    const FileInfo file = m_engine->file();
    if (file.isNull()) {
        m_title->setText(tr("Select a recording or voicemail to play it"));
        m_title->setEnabled(false);
        m_title->setToolTip(QString());
        return;
    }
    m_title->setEnabled(true);
    QStringList parts;
    parts << (file.fileName().isEmpty() ? file.id() : file.fileName());
    parts << (file.type() == FileType::Unknown ? file.contentType() : fileTypeLabel(file.type()));
    if (!file.fromAddress().isEmpty() || !file.toAddress().isEmpty())
        parts << tr("%1 → %2", "from → to").arg(file.fromAddress(), file.toAddress());
    const QString text = parts.join(QStringLiteral(" · "));
    m_title->setText(text);
    m_title->setToolTip(text);
}

void PlayerBar::updateStatus()
{
    const PlayerEngine::State state = m_engine->state();
    m_showingError = state == PlayerEngine::State::Error;
    QString text;
    if (m_showingError) {
        text = m_engine->errorText().isEmpty() ? tr("The file cannot be played.") : m_engine->errorText();
    } else if (m_controller && m_controller->isSearching()) {
        text = tr("Looking for the next recording…");
    } else if (m_engine->isBuffering()) {
        text = tr("Buffering…");
    } else if (state != PlayerEngine::State::Empty && !m_engine->isDownloadComplete() && m_total > 0) {
        text = tr("Downloading… %1 %").arg(int(m_received * 100 / m_total));
    } else if (state == PlayerEngine::State::Loading) {
        text = tr("Loading…");
    }
    m_status->setText(text);
    m_status->setToolTip(m_showingError ? text : QString());
    QPalette pal = palette();
    if (m_showingError)
        pal.setColor(QPalette::WindowText, QColor(0xb0, 0x20, 0x20));
    m_status->setPalette(pal);
    QFont f = font();
    f.setBold(m_showingError);
    m_status->setFont(f);
}

void PlayerBar::updateRate(double rate)
{
    m_speed->setText(rateText(rate));
    for (QAction *a : m_speedMenu->actions())
        a->setChecked(std::abs(a->data().toDouble() - rate) < 1e-6);
    m_actions->slower->setEnabled(rate > PlayerEngine::kMinRate + 1e-6);
    m_actions->faster->setEnabled(rate < PlayerEngine::kMaxRate - 1e-6);
    m_actions->normalSpeed->setEnabled(std::abs(rate - 1.0) > 1e-6);
}

void PlayerBar::updateVolume()
{
    const QSignalBlocker block(m_volume);
    m_volume->setValue(m_engine->volume());
    m_volume->setToolTip(tr("Volume: %1 %").arg(m_engine->volume()));
    const bool silent = m_engine->isMuted() || m_engine->volume() == 0;
    m_actions->mute->setIcon(style()->standardIcon(silent ? QStyle::SP_MediaVolumeMuted : QStyle::SP_MediaVolume));
    m_actions->mute->setChecked(m_engine->isMuted());
}

void PlayerBar::onStateChanged(PlayerEngine::State state)
{
    if (state == PlayerEngine::State::Loading || state == PlayerEngine::State::Empty) {
        m_seek->clear();
        m_seek->setSilencesShown(m_engine->skipSilence());
        m_seek->setDuration(m_engine->duration());
        m_received = 0;
        m_total = -1;
        updateTimeWidths();
    }
    if (m_engine->isDownloadComplete())
        m_seek->setDownloadFraction(1.0);
    if (!m_seek->hasWaveform() && !m_engine->waveform().isEmpty())
        m_seek->setWaveform(m_engine->waveform());
    if (m_seek->silences().isEmpty() && !m_engine->silences().isEmpty())
        m_seek->setSilences(m_engine->silences());
    if (m_seek->duration() != m_engine->duration()) {
        m_seek->setDuration(m_engine->duration());
        updateTimeWidths();
    }
    m_seek->setPosition(m_engine->position());
    updateTitle();
    updateTimes();
    updateStatus();
    updateEnabled();
}

void PlayerBar::updateEnabled()
{
    const PlayerEngine::State state = m_engine->state();
    const bool loaded = state != PlayerEngine::State::Empty;
    for (QToolButton *b : m_fileButtons)
        if (b->defaultAction() != m_actions->playPause)
            b->defaultAction()->setEnabled(loaded && state != PlayerEngine::State::Error);
    m_seek->setEnabled(loaded && state != PlayerEngine::State::Error);
}
