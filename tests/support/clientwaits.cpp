#include "clientwaits.h"

#include "models/filesmodel.h"

#include <QDeadlineTimer>
#include <QTest>

#include <optional>

CredentialStore::Result waitForStore(const std::function<void(CredentialStore::Callback)> &call, int timeoutMs)
{
    std::optional<CredentialStore::Result> result;
    call([&](const CredentialStore::Result &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, timeoutMs))
        return {CredentialStore::Status::Unavailable, QStringLiteral("timed out"), {}};
    return *result;
}

bool waitUntilIdle(FilesModel &model, int timeoutMs)
{
    return QTest::qWaitFor([&] { return !model.isLoading(); }, timeoutMs);
}
