#pragma once

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QString>

#include <atomic>
#include <cstddef>

// Interns the strings many files repeat (account, customer and agent names and ids, content
// types) for the whole process: each distinct string is stored once and named by a 32-bit index.
// Index 0 is the empty string. Reading an index is lock-free; interning takes a lock, so a reader
// interning a whole page takes it once through a Batch.
class StringPool final
{
public:
    static StringPool &instance();

    QString at(quint32 index) const
    {
        if (index == 0)
            return {};
        const QString *chunk = m_chunks[index >> kChunkBits].load(std::memory_order_acquire);
        return chunk ? chunk[index & kChunkMask] : QString();
    }

    quint32 intern(const char *utf8, std::size_t length);
    quint32 intern(const QString &text);
    qint64 count() const;
    qint64 heapBytes() const;  // approximate bytes held by the pool

    // Holds the pool's lock while a reader interns many strings.
    class Batch final
    {
    public:
        explicit Batch(StringPool &pool) : m_pool(pool) { m_pool.m_mutex.lock(); }
        ~Batch() { m_pool.m_mutex.unlock(); }
        Batch(const Batch &) = delete;
        Batch &operator=(const Batch &) = delete;
        quint32 intern(const char *utf8, std::size_t length) { return m_pool.internLocked(utf8, length); }

    private:
        StringPool &m_pool;
    };

private:
    StringPool();
    ~StringPool();
    quint32 internLocked(const char *utf8, std::size_t length);

    static constexpr int kChunkBits = 12;
    static constexpr quint32 kChunkSize = 1u << kChunkBits;
    static constexpr quint32 kChunkMask = kChunkSize - 1;
    static constexpr quint32 kMaxChunks = 1u << 12;

    mutable QMutex m_mutex;
    QHash<QByteArray, quint32> m_index;
    std::atomic<QString *> m_chunks[kMaxChunks];
    quint32 m_next = 1;
    qint64 m_bytes = 0;
};
