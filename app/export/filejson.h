#pragma once

#include "api/fileinfo.h"

#include <QByteArray>
#include <QJsonObject>

class QIODevice;

// A file as the API's JSON item: every property under its camelCase name (null when missing),
// the breadcrumb as [{id, name}], numbers as numbers. Shared by `files list --format json` and
// the export's streamed JSON array (written item by item, never held whole).
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
        bool item(const FileInfo &file);
        bool end();

    private:
        QIODevice *m_out;
        bool m_first = true;
    };
};
