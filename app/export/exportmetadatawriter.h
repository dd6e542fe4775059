#pragma once

#include "exportoptions.h"
#include "filecsvwriter.h"
#include "filejson.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

class QIODevice;

// The metadata file of one export: CSV (FileCsvWriter) or JSON (the items as the API sent them,
// FileJson::ArrayWriter), to options.metadataPath (default <folder>/files.csv or files.json) or
// to stdout for "-". Written streamed, one row or item per file as they are listed. The file
// replaces an earlier one only when the export completed (QSaveFile): a list that stopped early
// or was cancelled never looks complete.
class ExportMetadataWriter final
{
public:
    explicit ExportMetadataWriter(const ExportOptions &options);
    ~ExportMetadataWriter();  // an unfinished file is discarded

    // Opens the output and writes the CSV header or the JSON array's start; false with error().
    bool open();
    QString path() const { return m_path; }  // absolute; empty for stdout

    // One file; raw is its JSON as the server sent it (JSON only; may be empty). A write error
    // is kept in error() (the first one).
    void write(const FileInfo &file, const QByteArray &raw);
    // A page of files (raws[i] belongs to files[i]); CSV rows go out in one write.
    void writePage(const QList<FileInfo> &files, const QList<QByteArray> &raws);

    // Ends the output: with complete, the file is committed; otherwise it is discarded. True
    // when the file now holds the export (always for stdout).
    bool finish(bool complete);

    const QString &error() const { return m_error; }

private:
    ExportOptions m_options;
    QString m_path;
    std::unique_ptr<QIODevice> m_out;
    std::optional<FileCsvWriter> m_csv;
    std::optional<FileJson::ArrayWriter> m_json;
    QString m_error;
};
