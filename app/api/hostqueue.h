#pragma once

#include <QHash>
#include <QPointer>
#include <QQueue>
#include <QString>

#include <functional>

class ApiCallImpl;

// The per-host concurrency cap: at most maxPerHost() calls hold a slot on one origin; the
// others wait in order and are sent as slots free up. Cancelled or finished calls are skipped.
class HostQueue final
{
public:
    using Sender = std::function<void(ApiCallImpl *)>;

    // send is called for each call that got a slot (it then holds it until release()).
    explicit HostQueue(Sender send);

    void setMaxPerHost(int count) { m_maxPerHost = qMax(1, count); }
    int maxPerHost() const { return m_maxPerHost; }

    // Sends the call now when its host has a free slot, otherwise queues it.
    void schedule(ApiCallImpl *call);
    // Frees the call's slot (if it holds one) and sends the calls that now fit.
    void release(ApiCallImpl *call);

private:
    void take(ApiCallImpl *call);

    Sender m_send;
    int m_maxPerHost = 6;
    QHash<QString, int> m_activePerHost;
    QHash<QString, QQueue<QPointer<ApiCallImpl>>> m_waiting;
};
