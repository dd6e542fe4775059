#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

// One file that was not exported, and why (translated, readable).
struct ExportFailure
{
    QString id;
    QString path;                  // relative to the folder; empty when no name was made
    QString reason;
};

// How an export ended. Nothing failed is counted as exported.
struct ExportSummary
{
    int exported = 0;              // written and verified (size, sha256 in the manifest)
    int skipped = 0;               // already complete on disk from an earlier run
    int failed = 0;
    QList<ExportFailure> failures;
    qint64 rowsListed = 0;         // distinct files the export covered
    bool totalChanged = false;     // the server's total moved while paging
    QString totalChangedNote;      // e.g. "The total changed from 2,000 to 2,003 while exporting."
    bool cancelled = false;
    QString error;                 // why the export stopped early (a page that kept failing...)
    QString folder;                // absolute
    QString manifestPath;          // absolute, empty when no media/transcripts were written
    QString metadataPath;          // absolute, empty when no metadata was written

    bool ok() const { return failed == 0 && !cancelled && error.isEmpty(); }
};
Q_DECLARE_METATYPE(ExportSummary)
