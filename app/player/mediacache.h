#pragma once

#include <QObject>
#include <QString>

// A size-capped disk cache of downloaded file bodies, one file per (file id, size), under a
// folder (ConsoleSettings::cacheDirectory()). Least recently used entries are evicted once the
// total passes the limit (ConsoleSettings::cacheSizeLimit()). Downloads go to a ".part" file
// that commit() turns into an entry. Used on the GUI thread only.
class MediaCache final : public QObject
{
    Q_OBJECT
public:
    MediaCache(const QString &directory, qint64 limitBytes, QObject *parent = nullptr);

    QString directory() const { return m_directory; }
    qint64 limit() const { return m_limit; }
    void setLimit(qint64 bytes);       // evicts at once when needed

    // The complete entry's path, or empty. A hit marks the entry as used now.
    QString lookup(const QString &fileId, qint64 size);
    // Where a download of this file writes to (created empty; never evicted while in use).
    QString partialPath(const QString &fileId, qint64 size) const;
    // The .part file is complete: it becomes an entry (then the oldest entries are evicted).
    // Returns the entry's path, or empty on failure.
    QString commit(const QString &fileId, qint64 size);
    void discardPartial(const QString &fileId, qint64 size);

    qint64 totalBytes() const;         // bytes of complete entries on disk
    int entryCount() const;
    void clear();                      // removes every entry (not the downloads under way)

signals:
    void changed();

private:
    QString entryName(const QString &fileId, qint64 size) const;
    void evict(const QString &keep = {});

    QString m_directory;
    qint64 m_limit;
};
