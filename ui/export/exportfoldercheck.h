#pragma once

#include <QCoreApplication>
#include <QString>

// Whether an export may write into a folder: checked as the user types (problem()) and for real
// before the export starts (prepare(): the folder is created and a probe file written).
class ExportFolderCheck final
{
    Q_DECLARE_TR_FUNCTIONS(ExportFolderCheck)

public:
    // A readable reason the folder cannot be used, or empty. The folder need not exist yet; its
    // nearest existing parent must then be a writable folder.
    static QString problem(const QString &path);
    // Creates the folder and writes and removes a probe file; a readable reason on failure.
    static QString prepare(const QString &path);
};
