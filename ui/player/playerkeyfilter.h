#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QKeyEvent;
class QWidget;

// Keeps the player's bare keys (Space, Enter, arrows, [, ], Backspace, M) for the widget that
// needs them: a text field (line edit, spin box, date edit, editable combo, editable text) keeps
// all of them, so that Space types a space there; buttons, combo boxes, sliders and other lists
// keep Space, Enter and the arrows they use themselves. In the files table and everywhere else
// the player has them. It works by accepting the ShortcutOverride event, as Qt's own text
// widgets do, so the key reaches the widget instead of the window's shortcut.
class PlayerKeyFilter final : public QObject
{
    Q_OBJECT
public:
    PlayerKeyFilter(QWidget *window, const QList<QAction *> &bareKeyActions, QObject *parent = nullptr);
    ~PlayerKeyFilter() override;

    // Widgets (with their children) where the player's keys always win (the files table).
    void addPlayerWidget(QWidget *widget);

    bool isPlayerKey(const QKeyEvent *event) const;
    bool widgetKeepsKey(const QWidget *widget, const QKeyEvent *event) const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPointer<QWidget> m_window;
    QList<QPointer<QAction>> m_actions;
    QList<QPointer<QWidget>> m_playerWidgets;
};
