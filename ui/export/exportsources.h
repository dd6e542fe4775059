#pragma once

#include "api/fileinfo.h"
#include "api/filequery.h"
#include "models/filesselection.h"

#include <QList>

// What the export dialog may offer, taken from the table when it opens: the selection and the
// query with what is known of their files (counts, the first loaded rows for the name preview).
struct ExportSources
{
    FilesSelection selection;
    QList<FileInfo> selectionSample;   // the first loaded files of the selection
    QList<FileInfo> selectionFiles;    // every selected file when all of them are loaded, else empty
    FileQuery query;                   // the table's query (filters and sort)
    qint64 matchingCount = -1;         // files the query matches, -1 when unknown
    int loadedRows = 0;                // rows the table holds (a lower bound when the count is unknown)
    QList<FileInfo> matchingSample;    // the first loaded rows of the table
};
