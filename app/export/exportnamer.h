#pragma once

#include "exportoptions.h"
#include "nametemplate.h"

#include <QHash>
#include <QSet>
#include <QString>

// Gives each file of one export its relative path: the subfolder (account, customer or date),
// the template's name, and a " (2)", " (3)" suffix before the extension when a name is taken
// (case-insensitively, as on Windows and macOS). The same file id always gets the same path.
// The dialog's live preview uses it on the first rows.
class ExportNamer final
{
public:
    ExportNamer(const NameTemplate &nameTemplate, ExportOptions::Subfolders subfolders);

    QString pathFor(const FileInfo &file);
    // A unique path beside `path` with another extension ("a/b.wav" -> "a/b.txt"), reserved.
    QString siblingPath(const QString &path, const QString &extension);
    // Reserves a path taken by an earlier run (from its manifest) for that id.
    void reserve(const QString &id, const QString &path);

private:
    QString subfolder(const FileInfo &file) const;
    QString unique(const QString &rel);

    NameTemplate m_template;
    ExportOptions::Subfolders m_subfolders;
    QHash<QString, QString> m_byId;
    QSet<QString> m_taken;  // case-folded
};
