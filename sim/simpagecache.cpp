#include "simpagecache.h"

SimPageCache::SimPageCache(qint64 budgetBytes)
    : m_budget(budgetBytes)
{
}

void SimPageCache::validate(const Stamp &stamp)
{
    if (stamp == m_stamp)
        return;
    m_stamp = stamp;
    std::vector<QByteArray>().swap(m_items);
    m_bytes = 0;
}

const QByteArray *SimPageCache::find(quint32 file) const
{
    if (file >= m_items.size() || m_items[file].isNull())
        return nullptr;
    return &m_items[file];
}

void SimPageCache::store(quint32 file, const QByteArray &json)
{
    if (m_bytes + json.size() > m_budget || file >= m_stamp.fileCount)
        return;
    if (m_items.size() < m_stamp.fileCount)
        m_items.resize(m_stamp.fileCount);
    m_bytes += json.size() - m_items[file].size();
    m_items[file] = json;
}

QByteArray SimPageCache::splice(const QByteArray &envelope, const std::vector<const QByteArray *> &items)
{
    static const QByteArray empty = QByteArrayLiteral("\"items\":[]");
    const qsizetype at = envelope.indexOf(empty);
    if (at < 0)
        return envelope;
    qsizetype size = envelope.size();
    for (const QByteArray *item : items)
        size += item->size() + 1;
    QByteArray out;
    out.reserve(size);
    out.append(envelope.constData(), at + empty.size() - 1);  // up to and with '['
    for (size_t k = 0; k < items.size(); ++k) {
        if (k > 0)
            out.append(',');
        out.append(*items[k]);
    }
    out.append(envelope.constData() + at + empty.size() - 1, envelope.size() - (at + empty.size() - 1));
    return out;
}
