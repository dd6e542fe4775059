#pragma once

#include "api/filefield.h"

#include <QCoreApplication>
#include <QList>
#include <QVariant>

// The facts about the files table's columns (one per FileField): header texts and tooltips,
// whether the server can sort by it, the first sort order a click gives, alignment, and the
// default set the view shows (in order, with widths in average character widths).
class FilesColumns final
{
    Q_DECLARE_TR_FUNCTIONS(FilesColumns)
public:
    struct DefaultColumn
    {
        FileField field;
        int widthChars;
    };

    // headerData() for a column: DisplayRole label, Qt::UserRole sortable (bool), ToolTipRole,
    // Qt::InitialSortOrderRole, TextAlignmentRole.
    static QVariant headerData(int column, int role);
    static bool isNumeric(FileField field);
    static Qt::SortOrder initialSortOrder(FileField field);
    // created, type, from, to, customer, agent, duration, name, size.
    static QList<DefaultColumn> defaultColumns();
};
