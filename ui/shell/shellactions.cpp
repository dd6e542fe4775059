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
    , exportFiles(makeAction(window, tr("&Export…"), {QKeySequence(Qt::CTRL | Qt::Key_E)}, "actionExport"))
    , signOut(makeAction(window, tr("Sign &out"), {}, "actionSignOut"))
    , quit(makeAction(window, tr("&Quit"), {QKeySequence(Qt::CTRL | Qt::Key_Q)}, "actionQuit"))
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
    file->addAction(exportFiles);
    file->addSeparator();
    file->addAction(signOut);
    file->addSeparator();
    file->addAction(quit);

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
    for (QAction *a : {exportFiles, quit, refresh, focusFilters, showSidebar, showDetail, shortcuts})
        if (!a->shortcuts().isEmpty())
            out << a;
    return out;
}
