#include "simrequestlog.h"

#include "simrequest.h"

namespace {
constexpr size_t kMaxEntries = 2000;
}

qint64 SimRequestLog::add(const SimRequest &request)
{
    QJsonObject headers;
    for (const auto &h : request.headers)
        headers.insert(QString::fromLatin1(h.first), QString::fromUtf8(h.second));
    Entry e;
    e.id = m_next++;
    e.object = QJsonObject{{QStringLiteral("origin"), request.origin}, {QStringLiteral("method"), QString::fromLatin1(request.method)},
                           {QStringLiteral("path"), request.path}, {QStringLiteral("query"), request.rawQuery},
                           {QStringLiteral("headers"), headers}, {QStringLiteral("peerPort"), int(request.peerPort)}};
    m_entries.push_back(e);
    while (m_entries.size() > kMaxEntries)
        m_entries.pop_front();
    return e.id;
}

void SimRequestLog::setStatus(qint64 id, int status)
{
    if (m_entries.empty() || id < m_entries.front().id)
        return;
    const size_t k = size_t(id - m_entries.front().id);
    if (k < m_entries.size())
        m_entries[k].status = status;
}

QJsonArray SimRequestLog::toJson() const
{
    QJsonArray out;
    for (const Entry &e : m_entries) {
        QJsonObject o = e.object;
        o.insert(QStringLiteral("status"), e.status);
        o.insert(QStringLiteral("id"), e.id);
        out.append(o);
    }
    return out;
}
