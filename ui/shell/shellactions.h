#pragma once

#include <QList>
#include <QObject>

class QAction;
class QMenuBar;
class QWidget;

// The window's commands with their shortcuts, and the menus they sit in
// (File, Edit, View, Help). The window connects to the actions' triggered() signals.
class ShellActions final : public QObject
{
    Q_OBJECT
public:
    explicit ShellActions(QWidget *window);

    void populate(QMenuBar *menuBar) const;
    // Every action that has a shortcut, in menu order (for the shortcuts dialog).
    QList<QAction *> shortcutActions() const;

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
};
