#pragma once

// Shared by the player suites: a file of the simulator with given traits, and waits on the engine.
#include "api/apiclient.h"
#include "apiwait.h"
#include "player/playerengine.h"
#include "simprocess.h"

#include <QSignalSpy>
#include <QTest>

#include <functional>

inline QList<FileInfo> listAllFiles(ApiClient &client, QObject *context)
{
    FileQuery q;
    q.all = true;
    q.countPerPage = 1000;
    const auto r = waitFor<ListPage<FileInfo>>([&](auto cb) { client.listFiles(q, context, cb); });
    return r && r->ok() ? r->value.items : QList<FileInfo>();
}

inline FileInfo findFile(const QList<FileInfo> &files, const std::function<bool(const FileInfo &)> &match)
{
    for (const FileInfo &f : files) {
        if (match(f))
            return f;
    }
    return {};
}

inline bool onApiOrigin(const FileInfo &f, const SimProcess &sim)
{
    return f.uri().host() == sim.apiUrl().host() && f.uri().port() == sim.apiUrl().port();
}

inline int storageRequestsFor(SimProcess &sim, const FileInfo &f)
{
    int n = 0;
    for (const QJsonValue &v : sim.requests()) {
        const QString path = v.toObject().value(QStringLiteral("path")).toString();
        if ((path.startsWith(QStringLiteral("/files/") + f.id() + QStringLiteral("/content")))
            || path.startsWith(QStringLiteral("/blobs/") + f.id() + QLatin1Char('/')))
            ++n;
    }
    return n;
}

inline bool waitForState(PlayerEngine &engine, PlayerEngine::State state, int timeoutMs = 30000)
{
    return QTest::qWaitFor([&] { return engine.state() == state; }, timeoutMs);
}
