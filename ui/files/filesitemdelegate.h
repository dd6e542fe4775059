#pragma once

#include <QStyledItemDelegate>

// Paints the files table's cells as plain text (never rich text) and adds the file type icon in
// the Type column. It paints only; it never fetches.
class FilesItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
