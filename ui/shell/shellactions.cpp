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
    , exportFiles(makeAction(window, QString(), {QKeySequence(Qt::CTRL | Qt::Key_E)}, "actionExport"))
    , signOut(makeAction(window, QString(), {}, "actionSignOut"))
    , quit(makeAction(window, QString(), {QKeySequence(Qt::CTRL | Qt::Key_Q)}, "actionQuit"))
    , preferences(makeAction(window, QString(), {QKeySequence(Qt::CTRL | Qt::Key_Comma)}, "actionPreferences"))
    , copyFileLink(makeAction(window, QString(), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L)},
                              "actionCopyFileLink"))
    , refresh(makeAction(window, QString(), {QKeySequence(Qt::CTRL | Qt::Key_R), QKeySequence(Qt::Key_F5)},
                         "actionRefresh"))
    , focusFilters(makeAction(window, QString(), {QKeySequence(Qt::CTRL | Qt::Key_F)}, "actionFocusFilters"))
    , showSidebar(makeAction(window, QString(), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B)},
                             "actionShowSidebar"))
    , showDetail(makeAction(window, QString(), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D)},
                            "actionShowDetail"))
    , resetLayout(makeAction(window, QString(), {}, "actionResetLayout"))
    , shortcuts(makeAction(window, QString(), {QKeySequence(Qt::CTRL | Qt::Key_Slash)},
                           "actionShortcuts"))
    , about(makeAction(window, QString(), {}, "actionAbout"))
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
    retranslate();
}

void ShellActions::retranslate()
{
    exportFiles->setText(tr("&Export…"));
    signOut->setText(tr("Sign &out"));
    preferences->setText(tr("&Preferences\u2026"));
    copyFileLink->setText(tr("Copy &link to this file"));
    quit->setText(tr("&Quit"));
    refresh->setText(tr("&Refresh"));
    focusFilters->setText(tr("&Focus filters"));
    showSidebar->setText(tr("Show &sidebar"));
    showDetail->setText(tr("Show &detail pane"));
    resetLayout->setText(tr("Reset &layout"));
    shortcuts->setText(tr("&Keyboard shortcuts"));
    about->setText(tr("&About EvoVoice Files Console"));
    if (m_fileMenu) {
        m_fileMenu->setTitle(tr("&File", "menu"));
        m_editMenu->setTitle(tr("&Edit", "menu"));
        m_viewMenu->setTitle(tr("&View", "menu"));
        m_helpMenu->setTitle(tr("&Help", "menu"));
    }
}

void ShellActions::populate(QMenuBar *menuBar)
{
    QMenu *file = m_fileMenu = menuBar->addMenu(QString());
    file->addAction(exportFiles);
    file->addSeparator();
    file->addAction(signOut);
    file->addSeparator();
    file->addAction(quit);

    QMenu *edit = m_editMenu = menuBar->addMenu(QString());
    edit->addAction(copyFileLink);
    edit->addSeparator();
    edit->addAction(preferences);

    QMenu *view = m_viewMenu = menuBar->addMenu(QString());
    view->addAction(refresh);
    view->addAction(focusFilters);
    view->addSeparator();
    view->addAction(showSidebar);
    view->addAction(showDetail);
    view->addAction(resetLayout);

    QMenu *help = m_helpMenu = menuBar->addMenu(QString());
    help->addAction(shortcuts);
    help->addAction(about);
    retranslate();
}

QList<QAction *> ShellActions::shortcutActions() const
{
    QList<QAction *> out;
    for (QAction *a : {exportFiles, quit, preferences, copyFileLink, refresh, focusFilters, showSidebar, showDetail, shortcuts})
        if (!a->shortcuts().isEmpty())
            out << a;
    return out;
}
