#pragma once

#include <QByteArray>
#include <QString>

#include "simresponse.h"

class SimDataset;
struct SimRequest;

// The storage origin (127.0.0.2): pre-signed URLs /blobs/{fileId}/{encoded name}?expires=&sig=.
// It refuses the API's credentials (cookie ss-id/ss-pid or Authorization: 400) and a bad or
// expired signature (403).
class SimStorageServer final
{
public:
    explicit SimStorageServer(const SimDataset &data);

    void setBaseUrl(const QString &base) { m_base = base; }
    QString baseUrl() const { return m_base; }
    QString signedUrl(quint32 file) const;
    // The expiry that signedUrl() puts in a URL made now (one to two hours ahead, changes hourly).
    static qint64 urlExpiry();
    SimResponse handle(const SimRequest &request) const;

private:
    QByteArray signature(const QString &fileId, qint64 expires) const;

    const SimDataset &m_data;
    QString m_base;
    QByteArray m_secret;
};
