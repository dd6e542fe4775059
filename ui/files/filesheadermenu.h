#pragma once

#include <QMenu>

class QHeaderView;

// The column chooser of the files table: one checkable action per column (every FileInfo field),
// then "Reset Columns". Opened from the header's context menu or from the keyboard
// (FilesView::columnsAction()). The last visible column cannot be hidden.
class FilesHeaderMenu final : public QMenu
{
    Q_OBJECT
public:
    explicit FilesHeaderMenu(QHeaderView *header, QWidget *parent = nullptr);

signals:
    void resetRequested();
    void columnsChanged();  // a column was shown or hidden

private:
    void rebuild();

    QHeaderView *m_header;
};
