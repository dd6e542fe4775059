#pragma once

#include <QJsonArray>
#include <QJsonObject>

#include <deque>

struct SimRequest;

// The last 2,000 requests on both origins (control routes excluded), for GET /__sim/requests.
class SimRequestLog final
{
public:
    qint64 add(const SimRequest &request);
    void setStatus(qint64 id, int status);
    QJsonArray toJson() const;
    void clear() { m_entries.clear(); }

private:
    struct Entry
    {
        qint64 id = 0;
        QJsonObject object;
        int status = 0;
    };
    std::deque<Entry> m_entries;
    qint64 m_next = 1;
};
