#pragma once

#include <QList>
#include <QObject>

class QAction;
class QMenu;
class QMenuBar;
class QWidget;

// The window's commands with their shortcuts, and the menus they sit in
// (File, Edit, View, Help). The window connects to the actions' triggered() signals.
class ShellActions final : public QObject
{
    Q_OBJECT
public:
    explicit ShellActions(QWidget *window);

    void populate(QMenuBar *menuBar);
    // Sets every action's and menu's text in the current language (on QEvent::LanguageChange).
    void retranslate();
    // Every action that has a shortcut, in menu order (for the shortcuts dialog).
    QList<QAction *> shortcutActions() const;

    QAction *exportFiles;
    QAction *signOut;
    QAction *quit;
    QAction *preferences;
    QAction *copyFileLink;
    QAction *refresh;
    QAction *focusFilters;
    QAction *showSidebar;
    QAction *showDetail;
    QAction *resetLayout;
    QAction *shortcuts;
    QAction *about;

private:
    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
};
