#include "signedinclient.h"

#include "apiwait.h"
#include "simprocess.h"

std::unique_ptr<ApiClient> newSimClient(const SimProcess &sim)
{
    auto client = std::make_unique<ApiClient>();
    pointAtSim(*client, sim);
    return client;
}

bool pointAtSim(ApiClient &client, const SimProcess &sim, QString *error)
{
    if (!client.setServer(sim.apiUrl(), error))
        return false;
    client.setRetryBaseDelay(10);
    return true;
}

bool signInAs(ApiClient &client, const QString &user, QObject *context, ApiError *error)
{
    const auto r = waitFor<AuthSession>([&](auto cb) {
        client.signIn(user, QStringLiteral("demo"), false, context, cb);
    });
    if (error && r)
        *error = r->error;
    return r && r->ok();
}

bool signInToSim(ApiClient &client, const SimProcess &sim, const QString &user, QObject *context, QString *error)
{
    QString reason;
    if (!pointAtSim(client, sim, &reason)) {
        if (error)
            *error = reason;
        return false;
    }
    ApiError apiError;
    if (signInAs(client, user, context, &apiError))
        return true;
    if (error)
        *error = QStringLiteral("sign-in as %1 failed: %2").arg(user, apiError.userText());
    return false;
}
