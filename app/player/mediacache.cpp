#include "mediacache.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace {
const QString kEntrySuffix = QStringLiteral(".media");
const QString kPartSuffix = QStringLiteral(".part");
} // namespace

MediaCache::MediaCache(const QString &directory, qint64 limitBytes, QObject *parent)
    : QObject(parent)
    , m_directory(directory)
    , m_limit(limitBytes)
{
    QDir().mkpath(m_directory);
    // Parts of a previous run can never be finished: drop them.
    const QFileInfoList parts = QDir(m_directory).entryInfoList({QLatin1Char('*') + kPartSuffix}, QDir::Files);
    for (const QFileInfo &fi : parts)
        QFile::remove(fi.absoluteFilePath());
}

void MediaCache::setLimit(qint64 bytes)
{
    m_limit = bytes;
    evict();
}

QString MediaCache::entryName(const QString &fileId, qint64 size) const
{
    // The id comes from the server: hash it so that no id can name a path outside the folder.
    const QByteArray key = QCryptographicHash::hash(fileId.toUtf8() + '/' + QByteArray::number(size),
                                                    QCryptographicHash::Sha1).toHex();
    return QString::fromLatin1(key);
}

QString MediaCache::lookup(const QString &fileId, qint64 size)
{
    const QString path = m_directory + QLatin1Char('/') + entryName(fileId, size) + kEntrySuffix;
    QFile f(path);
    if (!f.exists() || (size >= 0 && f.size() != size))
        return {};
    if (f.open(QIODevice::ReadWrite)) // the modification time is the LRU clock
        f.setFileTime(QDateTime::currentDateTimeUtc(), QFileDevice::FileModificationTime);
    return path;
}

QString MediaCache::partialPath(const QString &fileId, qint64 size) const
{
    return m_directory + QLatin1Char('/') + entryName(fileId, size) + kPartSuffix;
}

QString MediaCache::commit(const QString &fileId, qint64 size)
{
    const QString part = partialPath(fileId, size);
    const QString path = m_directory + QLatin1Char('/') + entryName(fileId, size) + kEntrySuffix;
    QFile::remove(path);
    if (!QFile::rename(part, path))
        return {};
    {
        QFile f(path);
        if (f.open(QIODevice::ReadWrite))
            f.setFileTime(QDateTime::currentDateTimeUtc(), QFileDevice::FileModificationTime);
    }
    evict(path);
    emit changed();
    return QFile::exists(path) ? path : QString();
}

void MediaCache::discardPartial(const QString &fileId, qint64 size)
{
    QFile::remove(partialPath(fileId, size));
}

qint64 MediaCache::totalBytes() const
{
    qint64 total = 0;
    const QFileInfoList entries = QDir(m_directory).entryInfoList({QLatin1Char('*') + kEntrySuffix}, QDir::Files);
    for (const QFileInfo &fi : entries)
        total += fi.size();
    return total;
}

int MediaCache::entryCount() const
{
    return int(QDir(m_directory).entryList({QLatin1Char('*') + kEntrySuffix}, QDir::Files).size());
}

void MediaCache::clear()
{
    const QFileInfoList entries = QDir(m_directory).entryInfoList({QLatin1Char('*') + kEntrySuffix}, QDir::Files);
    for (const QFileInfo &fi : entries)
        QFile::remove(fi.absoluteFilePath());
    emit changed();
}

void MediaCache::evict(const QString &keep)
{
    QFileInfoList entries = QDir(m_directory).entryInfoList({QLatin1Char('*') + kEntrySuffix}, QDir::Files);
    qint64 total = 0;
    for (const QFileInfo &fi : entries)
        total += fi.size();
    if (total <= m_limit)
        return;
    std::sort(entries.begin(), entries.end(),
              [](const QFileInfo &a, const QFileInfo &b) { return a.lastModified() < b.lastModified(); });
    for (const QFileInfo &fi : entries) {
        if (total <= m_limit)
            break;
        if (fi.absoluteFilePath() == QFileInfo(keep).absoluteFilePath())
            continue;
        if (QFile::remove(fi.absoluteFilePath()))
            total -= fi.size();
    }
}
