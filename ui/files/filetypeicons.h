#pragma once

#include "filetype.h"

#include <QColor>
#include <QIcon>

// Small icons for the file types, drawn once with QPainter (a coloured badge with a glyph) and
// kept: the table asks for them for every visible Type cell.
class FileTypeIcons final
{
public:
    static QIcon icon(FileType type);
    static QColor color(FileType type);

private:
    static QIcon draw(FileType type);
};
