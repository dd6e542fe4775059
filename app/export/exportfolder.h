#pragma once

#include <QCoreApplication>
#include <QSet>
#include <QString>

// The export's target folder and the one rule for every path in it: a relative path resolves to
// a file strictly under the folder (after cleaning, and with links followed for its folder), or
// to an error. Creates the folders on the way; a folder found inside once is not looked at again
// (one export creates thousands of files in a few folders).
class ExportFolder final
{
    Q_DECLARE_TR_FUNCTIONS(ExportFolder)

public:
    explicit ExportFolder(const QString &folder);

    QString path() const { return m_folder; }
    bool exists() const;
    // The absolute path for relativePath, or empty with *error.
    QString resolve(const QString &relativePath, QString *error) const;

private:
    QString m_folder;
    QString m_canonical;
    mutable QSet<QString> m_checkedDirs;  // created and found inside
};
