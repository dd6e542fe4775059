#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeySequence>
#include <QTreeWidget>
#include <QVBoxLayout>

ShortcutsDialog::ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Keyboard shortcuts"));
    auto *list = new QTreeWidget(this);
    list->setObjectName(QStringLiteral("shortcutsList"));
    list->setRootIsDecorated(false);
    list->setHeaderLabels({tr("Command"), tr("Keys")});
    auto add = [list](const QString &command, const QString &keys) {
        new QTreeWidgetItem(list, {command, keys});
    };
    for (const QAction *a : actions) {
        QStringList keys;
        for (const QKeySequence &k : a->shortcuts())
            keys << k.toString(QKeySequence::NativeText);
        add(a->text().remove(QLatin1Char('&')), keys.join(tr(", ", "separator between shortcuts")));
    }
    add(tr("Next / previous file"), tr("Down, J / Up, K"));
    add(tr("Apply filters at once"), tr("Enter (in a filter field)"));
    add(tr("Cancel sign-in"), tr("Esc"));
    list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    list->setMinimumSize(420, 260);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(list);
    layout->addWidget(buttons);
}
