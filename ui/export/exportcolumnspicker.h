#pragma once

#include "api/filefield.h"

#include <QList>
#include <QWidget>

class QListWidget;
class QListWidgetItem;
class QPushButton;

// The CSV columns of an export, chosen and ordered: every FileInfo field, each shown by the name
// the CSV header will carry (the API's, "dateCreated") with its column title; a check box picks
// it, Up/Down (or drag and drop) order them, All / None / Reset. columns() lists the checked
// fields in the order shown.
class ExportColumnsPicker final : public QWidget
{
    Q_OBJECT
public:
    explicit ExportColumnsPicker(QWidget *parent = nullptr);

    // These fields checked, in this order first, the others unchecked after them in enum order.
    void setColumns(const QList<FileField> &columns);
    QList<FileField> columns() const;
    QListWidget *list() const { return m_list; }

signals:
    void columnsChanged();

private:
    void moveCurrent(int delta);
    void setAllChecked(bool checked);
    void updateButtons();

    QListWidget *m_list;
    QPushButton *m_up;
    QPushButton *m_down;
};
