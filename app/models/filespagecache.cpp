#include "filespagecache.h"

void FilesPageCache::insert(int page, const QList<FileInfo> &files)
{
    Entry &entry = m_pages[page];
    entry.files = files;
    entry.lastUse = ++m_clock;
}

void FilesPageCache::touch(int page)
{
    const auto it = m_pages.find(page);
    if (it != m_pages.end())
        it->lastUse = ++m_clock;
}

QList<int> FilesPageCache::removeFrom(int firstPage)
{
    QList<int> removed;
    for (auto it = m_pages.begin(); it != m_pages.end();) {
        if (it.key() >= firstPage) {
            removed.append(it.key());
            it = m_pages.erase(it);
        } else {
            ++it;
        }
    }
    return removed;
}

int FilesPageCache::rowOfId(const QString &id, int pageSize) const
{
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        for (int i = 0; i < it->files.size(); ++i) {
            if (it->files.at(i).id() == id)
                return it.key() * pageSize + i;
        }
    }
    return -1;
}
