#pragma once

#include "api/fileinfo.h"

#include <QByteArray>
#include <QJsonObject>

class QIODevice;

// A file as the API's JSON item: every property under its camelCase name (null when missing),
// the breadcrumb as [{id, name}], numbers as numbers (`files list --format json`). The export's
// streamed JSON array (written item by item, never held whole) writes the items as the API sent
// them, byte for byte, and this rebuilt form only for an item whose bytes are not known.
class FileJson final
{
public:
    static QJsonObject toJson(const FileInfo &file);

    // The streamed array: begin() "[", then item() for each file (with the comma), then end().
    class ArrayWriter
    {
    public:
        explicit ArrayWriter(QIODevice *out) : m_out(out) {}
        bool begin();
        // raw: the item's JSON as the server sent it, written as it is; empty = toJson(file).
        bool item(const FileInfo &file, const QByteArray &raw = {});
        bool end();

    private:
        QIODevice *m_out;
        bool m_first = true;
    };
};
