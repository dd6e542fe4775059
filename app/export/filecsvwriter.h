#pragma once

#include "api/fileinfo.h"

#include <QByteArray>
#include <QHash>
#include <QList>

class QIODevice;

// The one CSV writer of the project (the CLI's `files list --format csv`, `files export` and the
// window's export): RFC 4180 (CRLF, fields with , " CR LF quoted, quotes doubled), UTF-8, an
// optional BOM, chosen and ordered columns, the header row in the API's camelCase names
// ("id", "dateCreated", ..., "aiTranscription"), the breadcrumb as a path ("Top / Sub / Leaf").
// Cells a spreadsheet would execute (first character = + - @ TAB CR) get a leading ' unless
// neutralising is turned off. Streams: each batch of rows (a page) is written as it comes.
class FileCsvWriter final
{
public:
    struct Options
    {
        QList<FileField> columns;          // empty = every field in FileField order
        bool bom = false;
        bool neutraliseFormulas = true;
    };

    explicit FileCsvWriter(const Options &options);

    static QString columnName(FileField field);            // "dateCreated", "aiTranscription"
    static QList<FileField> allColumns();
    // "id,fileName" -> fields; false (with *error naming the bad name) for an unknown one.
    static bool parseColumns(const QString &list, QList<FileField> *columns, QString *error);
    static QByteArray field(const QString &text, bool neutraliseFormulas);
    // field() of UTF-8 text, appended to out.
    static void appendField(QByteArray &out, QByteArrayView utf8, bool neutraliseFormulas);
    static QString cellText(const FileInfo &file, FileField field);  // breadcrumb as a path

    QByteArray header() const;             // BOM (when asked) + the header row
    QByteArray row(const FileInfo &file) const;
    bool writeHeader(QIODevice *out) const;
    bool writeRow(QIODevice *out, const FileInfo &file) const;
    void appendRow(QByteArray &out, const FileInfo &file) const;
    bool writeRows(QIODevice *out, const QList<FileInfo> &files) const;  // in one write

private:
    QByteArrayView cellUtf8(const FileInfo &file, FileField field, QByteArray *scratch) const;

    Options m_options;
    mutable QHash<qint64, QByteArray> m_shared;  // (field, FileInfo::sharedTextKey) -> UTF-8
};
