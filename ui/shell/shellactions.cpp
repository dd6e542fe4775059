#include "shellactions.h"

#include <QAction>
#include <QKeySequence>
#include <QMenu>
#include <QMenuBar>
#include <QWidget>

namespace {
QAction *makeAction(QWidget *window, const QString &text, const QList<QKeySequence> &keys, const char *name)
{
    auto *action = new QAction(text, window);
    action->setObjectName(QString::fromLatin1(name));
    action->setShortcuts(keys);
    action->setShortcutContext(Qt::WindowShortcut);
    window->addAction(action);  // shortcuts work while the menu bar is hidden too
    return action;
}
} // namespace

ShellActions::ShellActions(QWidget *window)
    : QObject(window)
    , signOut(makeAction(window, tr("Sign &out"), {}, "actionSignOut"))
    , quit(makeAction(window, tr("&Quit"), {QKeySequence(Qt::CTRL | Qt::Key_Q)}, "actionQuit"))
    , preferences(makeAction(window, tr("&Preferences\u2026"), {QKeySequence(Qt::CTRL | Qt::Key_Comma)},
                             "actionPreferences"))
    , copyFileLink(makeAction(window, tr("Copy &link to this file"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L)},
                              "actionCopyFileLink"))
    , refresh(makeAction(window, tr("&Refresh"), {QKeySequence(Qt::CTRL | Qt::Key_R), QKeySequence(Qt::Key_F5)},
                         "actionRefresh"))
    , focusFilters(makeAction(window, tr("&Focus filters"), {QKeySequence(Qt::CTRL | Qt::Key_F)}, "actionFocusFilters"))
    , showSidebar(makeAction(window, tr("Show &sidebar"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B)},
                             "actionShowSidebar"))
    , showDetail(makeAction(window, tr("Show &detail pane"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D)},
                            "actionShowDetail"))
    , resetLayout(makeAction(window, tr("Reset &layout"), {}, "actionResetLayout"))
    , shortcuts(makeAction(window, tr("&Keyboard shortcuts"), {QKeySequence(Qt::CTRL | Qt::Key_Slash)},
                           "actionShortcuts"))
    , about(makeAction(window, tr("&About EvoVoice Files Console"), {}, "actionAbout"))
{
    quit->setMenuRole(QAction::QuitRole);
    about->setMenuRole(QAction::AboutRole);
    preferences->setMenuRole(QAction::PreferencesRole);
    // The platform's own key for Preferences too, where it has one besides Ctrl+,.
    QList<QKeySequence> preferenceKeys = preferences->shortcuts();
    for (const QKeySequence &k : QKeySequence::keyBindings(QKeySequence::Preferences))
        if (!preferenceKeys.contains(k))
            preferenceKeys << k;
    preferences->setShortcuts(preferenceKeys);
    showSidebar->setCheckable(true);
    showSidebar->setChecked(true);
    showDetail->setCheckable(true);
    showDetail->setChecked(true);
    // F1 opens the shortcuts list as well.
    QList<QKeySequence> keys = shortcuts->shortcuts();
    keys << QKeySequence(Qt::Key_F1);
    shortcuts->setShortcuts(keys);
}

void ShellActions::populate(QMenuBar *menuBar) const
{
    QMenu *file = menuBar->addMenu(tr("&File"));
    file->addAction(signOut);
    file->addSeparator();
    file->addAction(quit);

    QMenu *edit = menuBar->addMenu(tr("&Edit"));
    edit->addAction(copyFileLink);
    edit->addSeparator();
    edit->addAction(preferences);

    QMenu *view = menuBar->addMenu(tr("&View"));
    view->addAction(refresh);
    view->addAction(focusFilters);
    view->addSeparator();
    view->addAction(showSidebar);
    view->addAction(showDetail);
    view->addAction(resetLayout);

    QMenu *help = menuBar->addMenu(tr("&Help"));
    help->addAction(shortcuts);
    help->addAction(about);
}

QList<QAction *> ShellActions::shortcutActions() const
{
    QList<QAction *> out;
    for (QAction *a : {quit, preferences, copyFileLink, refresh, focusFilters, showSidebar, showDetail, shortcuts})
        if (!a->shortcuts().isEmpty())
            out << a;
    return out;
}
