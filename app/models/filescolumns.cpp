#include "filescolumns.h"

QVariant FilesColumns::headerData(int column, int role)
{
    if (column < 0 || column >= kFileFieldCount)
        return {};
    const FileField field = FileField(column);
    switch (role) {
    case Qt::DisplayRole:
        return fileFieldLabel(field);
    case Qt::UserRole:
        return fileFieldSortable(field);
    case Qt::ToolTipRole:
        return fileFieldSortable(field) ? tr("%1: click to sort").arg(fileFieldLabel(field))
                                        : tr("%1: cannot sort by this column").arg(fileFieldLabel(field));
    case Qt::InitialSortOrderRole:
        return int(initialSortOrder(field));
    case Qt::TextAlignmentRole:
        return isNumeric(field) ? int(Qt::AlignRight | Qt::AlignVCenter) : int(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

bool FilesColumns::isNumeric(FileField field)
{
    return field == FileField::ContentLength || field == FileField::RecordingDuration;
}

Qt::SortOrder FilesColumns::initialSortOrder(FileField field)
{
    switch (field) {
    case FileField::DateCreated:
    case FileField::DateLastModified:
    case FileField::ContentLength:
    case FileField::RecordingDuration:
        return Qt::DescendingOrder;  // newest, largest, longest first
    default:
        return Qt::AscendingOrder;
    }
}

QList<FilesColumns::DefaultColumn> FilesColumns::defaultColumns()
{
    return {
        {FileField::DateCreated, 18},      {FileField::Type, 22},     {FileField::FromAddress, 16},
        {FileField::ToAddress, 16},        {FileField::CustomerName, 22}, {FileField::UserName, 18},
        {FileField::RecordingDuration, 9}, {FileField::FileName, 32}, {FileField::ContentLength, 10},
    };
}
