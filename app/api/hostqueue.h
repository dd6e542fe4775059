#pragma once

#include <QHash>
#include <QPointer>
#include <QQueue>
#include <QSet>
#include <QString>

#include <functional>

class ApiCallImpl;

// The per-host concurrency cap: at most maxPerHost() calls hold a slot on one origin; the
// others wait in order and are sent as slots free up. Cancelled or finished calls are skipped.
// Downloads (calls with a target) count apart, with their own cap (maxDownloadsPerHost(), 16):
// they run on ApiClientPrivate's bulk managers, so bulk transfers neither starve the API calls
// nor stop at the 6 connections per host of one QNetworkAccessManager (Qt 6.4); the number
// of transfers is then chosen by the caller (DownloadQueue's jobs).
class HostQueue final
{
public:
    using Sender = std::function<void(ApiCallImpl *)>;

    // send is called for each call that got a slot (it then holds it until release()).
    explicit HostQueue(Sender send);

    void setMaxPerHost(int count) { m_maxPerHost = qMax(1, count); }
    int maxPerHost() const { return m_maxPerHost; }
    void setMaxDownloadsPerHost(int count) { m_maxDownloadsPerHost = qMax(1, count); }
    int maxDownloadsPerHost() const { return m_maxDownloadsPerHost; }

    // Sends the call now when its host has a free slot, otherwise queues it. The slots are kept
    // here, not in the call (which is only read: its URL, whether it is a download, whether open).
    void schedule(ApiCallImpl *call);
    // Frees the call's slot (if it holds one), takes it out of the queue, and sends the calls
    // that now fit.
    void release(ApiCallImpl *call);

private:
    static QString keyOf(const ApiCallImpl *call);
    void take(ApiCallImpl *call, const QString &key);
    int capFor(const QString &key) const;

    Sender m_send;
    int m_maxPerHost = 6;
    int m_maxDownloadsPerHost = 16;
    QHash<QString, int> m_activePerHost;
    QHash<QString, QQueue<QPointer<ApiCallImpl>>> m_waiting;
    QSet<const ApiCallImpl *> m_queued;            // waiting in m_waiting
    QHash<const ApiCallImpl *, QString> m_holders; // calls holding a slot, and its host key
};
