#pragma once

// Small helpers shared by the API suites on a running evovoice-sim: every file in one call, and
// reading the simulator's request log. (Signing in and waiting: tests/support.)
#include "api/apiclient.h"
#include "apiwait.h"
#include "signedinclient.h"
#include "simprocess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

inline QList<FileInfo> allFiles(ApiClient &client, QObject *context)
{
    FileQuery q;
    q.all = true;
    q.countPerPage = 1000;
    const auto r = waitFor<ListPage<FileInfo>>([&](auto cb) { client.listFiles(q, context, cb); });
    return r && r->ok() ? r->value.items : QList<FileInfo>();
}

inline QJsonObject headersOf(const QJsonValue &entry)
{
    return entry.toObject().value(QStringLiteral("headers")).toObject();
}

inline int countRequests(SimProcess &sim, const QString &origin, const QString &method, const QString &path)
{
    int n = 0;
    for (const QJsonValue &v : sim.requests(origin, path)) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("method")).toString() == method && o.value(QStringLiteral("path")).toString() == path)
            ++n;
    }
    return n;
}
