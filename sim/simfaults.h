#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

struct SimRequest;

// Fault and latency controls: X-Sim-Fault / X-Sim-Delay-Ms request headers, faults queued by
// POST /__sim/faults, and the global --delay-ms.
class SimFaults final
{
public:
    struct Decision
    {
        QString fault; // "", 500, 503, 429, timeout, cut, malformed, 401
        int delayMs = 0;
    };

    explicit SimFaults(int globalDelayMs = 0) : m_globalDelayMs(globalDelayMs) {}

    static bool isValidFault(const QString &fault);
    bool queue(const QJsonObject &spec, QString *error);
    void clear() { m_queue.clear(); }
    Decision take(const SimRequest &request);

private:
    struct Queued
    {
        QString path;
        QString method;
        QString origin;
        QString fault;
        int delayMs = 0;
        int count = 1;
    };
    int m_globalDelayMs;
    QList<Queued> m_queue;
};
