#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

// The files table's status line ("1–200 of 56,789 files", "200+ files", "No files match") from
// the model's state; FilesModel::statusText() fills State. Plain wording, no model access.
class FilesStatusText final
{
    Q_DECLARE_TR_FUNCTIONS(FilesModel)  // the strings keep FilesModel's translation context
public:
    struct State
    {
        bool active = false;     // a query is set
        bool loading = false;
        bool failed = false;     // the last request failed
        bool appending = false;  // simplified paging: no total
        bool hasMore = false;    // simplified paging: the server has more pages
        int rowCount = 0;
        qint64 total = -1;
        int pageSize = 1;
    };

    // firstRow..lastRow: the rows on screen (-1, -1 when unknown: the first page is assumed).
    static QString text(const State &state, int firstRow, int lastRow, const QLocale &locale);
};
