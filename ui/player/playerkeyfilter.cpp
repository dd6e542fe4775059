#include "playerkeyfilter.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>

PlayerKeyFilter::PlayerKeyFilter(QWidget *window, const QList<QAction *> &bareKeyActions, QObject *parent)
    : QObject(parent)
    , m_window(window)
{
    for (QAction *a : bareKeyActions)
        m_actions << a;
    qApp->installEventFilter(this);
}

PlayerKeyFilter::~PlayerKeyFilter()
{
    if (qApp)
        qApp->removeEventFilter(this);
}

void PlayerKeyFilter::addPlayerWidget(QWidget *widget)
{
    m_playerWidgets << widget;
}

bool PlayerKeyFilter::isPlayerKey(const QKeyEvent *event) const
{
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    const QKeySequence pressed(QKeyCombination(mods, Qt::Key(event->key())));
    for (const QPointer<QAction> &a : m_actions) {
        if (!a)
            continue;
        for (const QKeySequence &k : a->shortcuts())
            if (k.matches(pressed) == QKeySequence::ExactMatch)
                return true;
    }
    return false;
}

bool PlayerKeyFilter::widgetKeepsKey(const QWidget *widget, const QKeyEvent *event) const
{
    for (const QWidget *w = widget; w; w = w->parentWidget())
        for (const QPointer<QWidget> &p : m_playerWidgets)
            if (p == w)
                return false;

    // Text fields keep every bare key.
    if (const auto *edit = qobject_cast<const QLineEdit *>(widget))
        return !edit->isReadOnly();
    if (const auto *edit = qobject_cast<const QPlainTextEdit *>(widget))
        return !edit->isReadOnly();
    if (const auto *edit = qobject_cast<const QTextEdit *>(widget))
        return !edit->isReadOnly();
    if (qobject_cast<const QAbstractSpinBox *>(widget))
        return true;
    if (const auto *combo = qobject_cast<const QComboBox *>(widget); combo && combo->isEditable())
        return true;
    // Controls keep the keys they work with.
    const int key = event->key();
    const bool activates = key == Qt::Key_Space || key == Qt::Key_Return || key == Qt::Key_Enter;
    const bool moves = key == Qt::Key_Left || key == Qt::Key_Right;
    if (qobject_cast<const QAbstractButton *>(widget))
        return activates;
    if (qobject_cast<const QComboBox *>(widget) || qobject_cast<const QAbstractSlider *>(widget)
        || qobject_cast<const QAbstractItemView *>(widget))
        return activates || moves;
    return false;
}

bool PlayerKeyFilter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride || !m_window)
        return false;
    auto *widget = qobject_cast<QWidget *>(watched);
    if (!widget || widget->window() != m_window)
        return false;
    auto *key = static_cast<QKeyEvent *>(event);
    if (!isPlayerKey(key) || !widgetKeepsKey(widget, key))
        return false;
    event->accept();   // the widget gets the key press; the window's shortcut does not fire
    return true;
}
