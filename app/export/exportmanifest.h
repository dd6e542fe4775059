#pragma once

#include <QFile>
#include <QHash>
#include <QString>

// manifest.csv in the export folder: one row per file written, skipped or failed (id, path
// relative to the folder, bytes, sha256, status ok|skipped|failed, error), appended and flushed
// as each file finishes, so that a crash leaves a true manifest. Reading it back (load()) tells a
// rerun which files are already complete: the last row of a path with status ok or skipped.
class ExportManifest final
{
public:
    struct Entry
    {
        QString id;
        QString path;
        qint64 bytes = -1;
        QString sha256;
        QString status;            // "ok", "skipped", "failed"
        QString error;
    };

    explicit ExportManifest(const QString &folder);

    QString path() const { return m_path; }
    // Reads an earlier run's rows (a missing file is an empty manifest).
    void load();
    // The complete (ok/skipped) entry of an earlier run for path, or nullptr.
    const Entry *completed(const QString &relativePath) const;
    // The paths the earlier runs gave each id (to keep names stable on a rerun).
    QHash<QString, QString> pathsById() const;

    // Opens for appending (writes the header into a new file); false with *error.
    bool open(QString *error);
    bool append(const Entry &entry);
    void close();

    static QList<QStringList> parseCsv(const QByteArray &data);

private:
    QString m_path;
    QHash<QString, Entry> m_done;  // by folded path
    QFile m_file;
};
