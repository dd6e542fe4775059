#include "stringpool.h"

StringPool &StringPool::instance()
{
    static StringPool pool;
    return pool;
}

StringPool::StringPool()
{
    for (auto &c : m_chunks)
        c.store(nullptr, std::memory_order_relaxed);
}

StringPool::~StringPool()
{
    for (auto &c : m_chunks)
        delete[] c.load(std::memory_order_relaxed);
}

quint32 StringPool::intern(const char *utf8, std::size_t length)
{
    QMutexLocker lock(&m_mutex);
    return internLocked(utf8, length);
}

quint32 StringPool::intern(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    return intern(utf8.constData(), std::size_t(utf8.size()));
}

quint32 StringPool::internLocked(const char *utf8, std::size_t length)
{
    if (length == 0)
        return 0;
    const QByteArray key = QByteArray::fromRawData(utf8, qsizetype(length));
    const auto it = m_index.constFind(key);
    if (it != m_index.constEnd())
        return it.value();
    const quint32 index = m_next;
    const quint32 chunkIndex = index >> kChunkBits;
    if (chunkIndex >= kMaxChunks)
        return 0;  // 16 M distinct strings: stop interning rather than grow without bound
    QString *chunk = m_chunks[chunkIndex].load(std::memory_order_relaxed);
    if (!chunk) {
        chunk = new QString[kChunkSize];
        m_chunks[chunkIndex].store(chunk, std::memory_order_release);
    }
    chunk[index & kChunkMask] = QString::fromUtf8(utf8, qsizetype(length));
    ++m_next;
    m_index.insert(QByteArray(utf8, qsizetype(length)), index);
    m_bytes += qint64(length) * 3 + 64;
    return index;
}

qint64 StringPool::count() const
{
    QMutexLocker lock(&m_mutex);
    return m_next - 1;
}

qint64 StringPool::heapBytes() const
{
    QMutexLocker lock(&m_mutex);
    return m_bytes;
}
