#pragma once

// Waits shared by the suites on the core library's asynchronous objects; the event loop keeps
// running meanwhile.
#include "settings/credentialstore.h"

#include <functional>

class FilesModel;

// Runs one CredentialStore call and waits for its callback; "Unavailable, timed out" when none came.
CredentialStore::Result waitForStore(const std::function<void(CredentialStore::Callback)> &call,
                                     int timeoutMs = 30000);

// Waits until the model has no page request in flight; false when it is still loading.
bool waitUntilIdle(FilesModel &model, int timeoutMs = 20000);
