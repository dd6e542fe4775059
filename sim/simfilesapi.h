#pragma once

#include <QString>

#include <optional>

#include "simpagecache.h"
#include "simresponse.h"

class SimDataset;
class SimIndex;
class SimStorageServer;
struct SimRequest;

// GET /files, GET/PATCH /files/{id}, GET/HEAD /files/{id}/content for a signed-in user.
class SimFilesApi final
{
public:
    SimFilesApi(SimDataset &data, SimIndex &index, const SimStorageServer &storage);

    void setApiBase(const QString &base) { m_apiBase = base; }
    QString uri(quint32 file) const;
    SimResponse list(const SimRequest &request, int user);
    SimResponse get(int user, const QString &id) const;
    SimResponse patch(const SimRequest &request, int user, const QString &id);
    SimResponse content(const SimRequest &request, int user, const QString &id) const;

private:
    std::optional<SimResponse> fileFor(int user, const QString &id, quint32 *file) const;

    SimDataset &m_data;
    SimIndex &m_index;
    const SimStorageServer &m_storage;
    QString m_apiBase;
    SimPageCache m_pageCache;
};
