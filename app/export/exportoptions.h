#pragma once

#include "api/fileinfo.h"
#include "api/filequery.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// What an export covers and what it writes. A plain value: the dialog and the CLI fill it,
// ExportJob runs it.
struct ExportOptions
{
    // Which files
    enum class Source {
        Files,        // exactly `files` (rows the table already holds)
        Ids,          // exactly `ids` (fetched with SpecificIds, page by page)
        AllMatching,  // every file `query` matches, walked page by page (no gap, no duplicate)
        QueryRows     // rows `rows` of `query`'s result in its sort order (rows not loaded are fetched)
    };
    // An inclusive range of table rows (0-based) in the result of `query`.
    struct RowRange
    {
        qint64 first = 0;
        qint64 last = -1;
    };

    Source source = Source::AllMatching;
    QList<FileInfo> files;
    QStringList ids;
    FileQuery query;               // its paging fields are ignored (the walker chooses its own)
    QList<RowRange> rows;          // for QueryRows; may be unsorted, overlapping ranges are merged

    // Metadata (one file for every exported row)
    enum class MetadataFormat { None, Csv, Json };
    MetadataFormat metadataFormat = MetadataFormat::None;
    QString metadataPath;          // absolute path; empty = <folder>/files.csv or files.json
    QList<FileField> columns;      // CSV columns in order; empty = every FileField in enum order
    bool csvBom = false;           // UTF-8 BOM first (for Excel)
    bool neutraliseFormulas = true; // cells starting with = + - @ TAB CR get a leading '

    // Transcripts: <media name without extension>.transcript.txt next to where the media would go
    bool transcripts = false;

    // Media
    bool media = false;
    QString folder;                // destination (also holds manifest.csv); created when missing
    QString nameTemplate;          // empty = ConsoleSettings::defaultNameTemplate()
    enum class Subfolders { None, Account, Customer, Date };
    Subfolders subfolders = Subfolders::None;
    int jobs = 4;                  // parallel downloads 1..16 (fill from ConsoleSettings::downloadJobs())

    // A readable error when the options cannot run (nothing chosen, no folder, bad template...),
    // empty when they can.
    QString validate() const;

    Q_DECLARE_TR_FUNCTIONS(ExportOptions)
};
