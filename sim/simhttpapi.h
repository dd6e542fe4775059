#pragma once

#include <QString>

#include "simresponse.h"

class SimAuth;
class SimDataset;
class SimDirectoryApi;
class SimFaults;
class SimFilesApi;
class SimRequestLog;
struct SimRequest;

// The API origin's router: ServiceStack auth routes, files, directory lookups, and the
// /__sim/ control routes.
class SimHttpApi final
{
public:
    SimHttpApi(const SimDataset &data, SimAuth &auth, SimFilesApi &files, const SimDirectoryApi &directory,
               SimFaults &faults, SimRequestLog &log);

    SimResponse handle(const SimRequest &request);
    SimResponse control(const SimRequest &request);

private:
    SimResponse handleAuth(const SimRequest &request, const QStringList &segments);
    SimResponse signIn(const SimRequest &request, const QString &provider);
    SimResponse authResponse(int user, const QString &sessionId, const QString &bearer) const;

    const SimDataset &m_data;
    SimAuth &m_auth;
    SimFilesApi &m_files;
    const SimDirectoryApi &m_directory;
    SimFaults &m_faults;
    SimRequestLog &m_log;
};
