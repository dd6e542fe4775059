#include "exportscope.h"

#include <QLocale>

QString ExportScope::text() const
{
    const QLocale locale;
    if (kind == Kind::Selection)
        return count == 1 ? tr("1 selected file") : tr("%1 selected files").arg(locale.toString(qMax<qint64>(0, count)));
    if (count >= 0)
        return tr("all %1 matching files").arg(locale.toString(count));
    return tr("all matching files");
}
