#include "filesstatustext.h"

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
        return s.rowCount == 1 ? tr("1 file") : tr("%1 files").arg(locale.toString(s.rowCount));
    }
    if (s.total == 1)
        return tr("1 of 1 file");
    if (firstRow < 0 || lastRow < firstRow) {
        firstRow = 0;
        lastRow = qMin(s.rowCount, s.pageSize) - 1;
    }
    firstRow = qMin(firstRow, s.rowCount - 1);
    lastRow = qMin(lastRow, s.rowCount - 1);
    return tr("%1–%2 of %3 files")
        .arg(locale.toString(firstRow + 1), locale.toString(lastRow + 1), locale.toString(s.total));
}
