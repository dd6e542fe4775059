#pragma once

// An ApiClient on a running evovoice-sim, signed in with the demo password: the set-up that the
// suites against the simulator share.
#include "api/apiclient.h"

#include <QString>

#include <memory>

class SimProcess;

// A client pointed at the simulator's API, with a short retry delay (10 ms); not signed in.
std::unique_ptr<ApiClient> newSimClient(const SimProcess &sim);

// Points the client at the simulator's API with a 10 ms retry delay.
bool pointAtSim(ApiClient &client, const SimProcess &sim, QString *error = nullptr);

// Signs an already pointed client in as user with the demo password and waits for the answer.
bool signInAs(ApiClient &client, const QString &user, QObject *context, ApiError *error = nullptr);

// pointAtSim() and signInAs() together; error gets the reason when it fails.
bool signInToSim(ApiClient &client, const SimProcess &sim, const QString &user, QObject *context,
                 QString *error = nullptr);
