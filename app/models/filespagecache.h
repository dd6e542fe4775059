#pragma once

#include "api/fileinfo.h"

#include <QHash>
#include <QList>

// A bounded cache of result pages (page number -> its files), least recently used first out.
// The model keeps the pages around the visible rows here; pages that scroll away are evicted
// once more than maxPages() are held, so memory stays bounded whatever the result's size.
class FilesPageCache final
{
public:
    explicit FilesPageCache(int maxPages = 50) : m_maxPages(qMax(1, maxPages)) {}

    void setMaxPages(int pages) { m_maxPages = qMax(1, pages); }
    int maxPages() const { return m_maxPages; }

    int size() const { return int(m_pages.size()); }
    bool contains(int page) const { return m_pages.contains(page); }
    // The page's files, or nullptr when it is not held. Does not count as a use.
    const QList<FileInfo> *page(int page) const
    {
        const auto it = m_pages.constFind(page);
        return it == m_pages.cend() ? nullptr : &it->files;
    }
    QList<int> pages() const { return m_pages.keys(); }
    // The file at a row when pages hold pageSize rows each (nullptr when its page is not held or
    // came back shorter), and the row of an id among the held pages (-1).
    const FileInfo *file(int row, int pageSize) const
    {
        const int number = row / pageSize;
        const QList<FileInfo> *files = page(number);
        const int offset = row - number * pageSize;
        return files && offset < files->size() ? &files->at(offset) : nullptr;
    }
    int rowOfId(const QString &id, int pageSize) const;

    void insert(int page, const QList<FileInfo> &files);
    void touch(int page);
    void remove(int page) { m_pages.remove(page); }
    void clear() { m_pages.clear(); }
    // Removes pages >= firstPage (the result shrank); returns them.
    QList<int> removeFrom(int firstPage);
    // Evicts least recently used pages, never one for which keep(page) is true, until at most
    // maxPages() remain. Returns the evicted page numbers.
    template<typename Keep>
    QList<int> evict(Keep keep);

private:
    struct Entry
    {
        QList<FileInfo> files;
        quint64 lastUse = 0;
    };
    QHash<int, Entry> m_pages;
    quint64 m_clock = 0;
    int m_maxPages;
};

template<typename Keep>
QList<int> FilesPageCache::evict(Keep keep)
{
    QList<int> evicted;
    while (m_pages.size() > m_maxPages) {
        auto victim = m_pages.end();
        for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
            if (!keep(it.key()) && (victim == m_pages.end() || it->lastUse < victim->lastUse))
                victim = it;
        }
        if (victim == m_pages.end())
            break;
        evicted.append(victim.key());
        m_pages.erase(victim);
    }
    return evicted;
}
