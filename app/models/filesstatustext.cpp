#include "filesstatustext.h"

#include <climits>

QString FilesStatusText::text(const State &s, int firstRow, int lastRow, const QLocale &locale)
{
    if (!s.active)
        return {};
    if (s.rowCount == 0) {
        if (s.loading)
            return tr("Loading…");
        if (s.failed)
            return tr("No files loaded");
        return tr("No files match");
    }
    if (s.appending) {
        if (s.hasMore)
            return tr("%1+ files").arg(locale.toString(s.rowCount));
        return tr("%Ln files", "rows loaded, no total known", s.rowCount);
    }
    if (s.total == 1)
        return tr("1 of 1 file");
    if (firstRow < 0 || lastRow < firstRow) {
        firstRow = 0;
        lastRow = qMin(s.rowCount, s.pageSize) - 1;
    }
    firstRow = qMin(firstRow, s.rowCount - 1);
    lastRow = qMin(lastRow, s.rowCount - 1);
    // %Ln: the total in the language's locale, and the plural form for it.
    return tr("%1–%2 of %Ln files", "rows on screen of the total", int(qMin<qint64>(s.total, INT_MAX)))
        .arg(locale.toString(firstRow + 1), locale.toString(lastRow + 1));
}
