#pragma once

// Small helpers shared by the API suites: a signed-in client on a running evovoice-sim, and
// synchronous waits for one asynchronous call (the event loop keeps running meanwhile).
#include "apiclient.h"
#include "simprocess.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <optional>

template<typename T, typename Start>
std::optional<ApiResult<T>> waitFor(Start start, int timeoutMs = 20000)
{
    std::optional<ApiResult<T>> result;
    start([&result](const ApiResult<T> &r) { result = r; });
    QElapsedTimer t;
    t.start();
    while (!result && t.elapsed() < timeoutMs)
        QTest::qWait(5);
    return result;
}

inline bool signInAs(ApiClient &client, const QString &user, QObject *context, ApiError *error = nullptr)
{
    const auto r = waitFor<AuthSession>([&](auto cb) {
        client.signIn(user, QStringLiteral("demo"), false, context, cb);
    });
    if (error && r)
        *error = r->error;
    return r && r->ok();
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
