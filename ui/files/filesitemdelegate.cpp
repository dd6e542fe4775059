#include "filesitemdelegate.h"

#include "models/filesmodel.h"
#include "filetypeicons.h"

void FilesItemDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() != int(FileField::Type) || !index.data(FilesModel::LoadedRole).toBool())
        return;
    const FileInfo file = index.data(FilesModel::FileRole).value<FileInfo>();
    option->icon = FileTypeIcons::icon(file.type());
    option->features |= QStyleOptionViewItem::HasDecoration;
    option->decorationSize = QSize(16, 16);
}
