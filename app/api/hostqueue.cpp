#include "hostqueue.h"

#include "apicallimpl.h"
#include "originguard.h"

HostQueue::HostQueue(Sender send)
    : m_send(std::move(send))
{
}

void HostQueue::schedule(ApiCallImpl *call)
{
    call->hostKey = OriginGuard::originOf(call->url);
    if (call->target)
        call->hostKey.prepend(QLatin1String("download "));
    if (m_activePerHost.value(call->hostKey) >= capFor(call)) {
        call->queued = true;
        m_waiting[call->hostKey].enqueue(call);
        return;
    }
    take(call);
}

int HostQueue::capFor(const ApiCallImpl *call) const
{
    return call->target ? m_maxDownloadsPerHost : m_maxPerHost;
}

void HostQueue::take(ApiCallImpl *call)
{
    call->queued = false;
    call->holdsSlot = true;
    ++m_activePerHost[call->hostKey];
    m_send(call);
}

void HostQueue::release(ApiCallImpl *call)
{
    if (!call->holdsSlot)
        return;
    call->holdsSlot = false;
    int &count = m_activePerHost[call->hostKey];
    count = qMax(0, count - 1);
    auto it = m_waiting.find(call->hostKey);
    while (it != m_waiting.end() && !it->isEmpty() && count < capFor(call)) {
        QPointer<ApiCallImpl> next = it->dequeue();
        if (next && !next->cancelled && !next->m_finished && next->queued)
            take(next);
    }
}
