#pragma once

#include "api/filetype.h"

#include <QColor>
#include <QIcon>

// Small icons for the file types: the SVGs in resources/icons/types (a coloured tile with a white
// glyph, readable on light and dark themes), or where Qt's SVG plugin is missing the same badge
// drawn with QPainter; kept, as the table asks for them for every visible Type cell.
class FileTypeIcons final
{
public:
    static QIcon icon(FileType type);
    static QColor color(FileType type);
    static QString resourcePath(FileType type);  // ":/icons/types/….svg", empty for Unknown

private:
    static QIcon draw(FileType type);
};
