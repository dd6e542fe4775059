#include "hostqueue.h"

#include "apicallimpl.h"
#include "originguard.h"

HostQueue::HostQueue(Sender send)
    : m_send(std::move(send))
{
}

QString HostQueue::keyOf(const ApiCallImpl *call)
{
    const QString origin = OriginGuard::originOf(call->request().url);
    return call->isDownload() ? QLatin1String("download ") + origin : origin;
}

int HostQueue::capFor(const QString &key) const
{
    return key.startsWith(QLatin1String("download ")) ? m_maxDownloadsPerHost : m_maxPerHost;
}

void HostQueue::schedule(ApiCallImpl *call)
{
    const QString key = keyOf(call);
    if (m_activePerHost.value(key) >= capFor(key)) {
        m_queued.insert(call);
        m_waiting[key].enqueue(call);
        return;
    }
    take(call, key);
}

void HostQueue::take(ApiCallImpl *call, const QString &key)
{
    m_queued.remove(call);
    m_holders.insert(call, key);
    ++m_activePerHost[key];
    m_send(call);
}

void HostQueue::release(ApiCallImpl *call)
{
    m_queued.remove(call);
    const auto held = m_holders.constFind(call);
    if (held == m_holders.constEnd())
        return;
    const QString key = held.value();
    m_holders.erase(held);
    int &count = m_activePerHost[key];
    count = qMax(0, count - 1);
    auto it = m_waiting.find(key);
    while (it != m_waiting.end() && !it->isEmpty() && m_activePerHost.value(key) < capFor(key)) {
        QPointer<ApiCallImpl> next = it->dequeue();
        if (next && next->isOpen() && m_queued.contains(next.data()))
            take(next, key);
    }
}
