#pragma once

#include "clioptions.h"
#include "api/fileinfo.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

// Turns files into the CLI's three outputs: a terminal table (a chosen set of columns), CSV
// (FileCsvWriter: every field, a header row of the API's camelCase names, CRLF, quoting, formula
// cells neutralised unless asked not to) and JSON
// (an array of objects with the API's camelCase names; missing values are null).
class FileFormatter final
{
public:
    static QString jsonName(FileField field);  // "dateCreated", "aiTranscription"
    static QJsonObject toJson(const FileInfo &file);
    static QByteArray csvField(const QString &text, bool neutraliseFormulas = true);

    static QByteArray format(const QList<FileInfo> &files, CliOptions::Format format, int terminalWidth,
                             bool neutraliseFormulas = true);
    // One file, for "files get": field per line (table), or a one-row CSV, or one JSON object.
    static QByteArray formatOne(const FileInfo &file, CliOptions::Format format, int terminalWidth,
                                bool neutraliseFormulas = true);
};
