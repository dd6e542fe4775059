#pragma once

#include <QDialog>
#include <QList>

class QAction;

// Lists the window's shortcuts (from its actions) and the table's own keys.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
public:
    ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);
};
