#pragma once

#include <QObject>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>

#include <memory>

class SimArrivals;
class SimAuth;
class SimDataset;
class SimDirectoryApi;
class SimFaults;
class SimFilesApi;
class SimGateway;
class SimHolds;
class SimHttpApi;
class SimIndex;
class SimRequestLog;
class SimSplices;
class SimStorageServer;

// Wires the whole simulator: data, index, auth, both origins. Used by main() and the bench.
class SimServer final : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        quint16 port = 0;
        quint16 storagePort = 0;
        quint32 files = 2000;
        quint64 seed = 1;
        int tokenTtl = 3600;
        int delayMs = 0;
        qint64 bandwidth = 0;        // bytes a second for file bodies, 0 = no cap
        quint32 longRecordings = 0;  // call recordings made one hour long
        bool verbose = false;
        bool hostile = false;  // --hostile: SimDataset's hostile cases
        quint32 arriving = 0;  // --arriving N: newest files held back for POST /__sim/add-files
        // --tls: both origins serve HTTPS with this certificate and key (null = plain HTTP).
        QSslCertificate tlsCertificate;
        QSslKey tlsKey;
    };

    explicit SimServer(const Options &options, QObject *parent = nullptr);
    ~SimServer() override;

    bool start(QString *error); // listens on 127.0.0.1 and 127.0.0.2 (HTTPS with a TLS certificate)
    QString apiUrl() const { return m_apiUrl; }          // http(s)://127.0.0.1:PORT
    QString storageUrl() const { return m_storageUrl; }  // http(s)://127.0.0.2:PORT
    SimDataset &dataset() { return *m_data; }
    SimIndex &index() { return *m_index; }
    SimFilesApi &files() { return *m_files; }

private:
    Options m_options;
    std::unique_ptr<SimDataset> m_data;
    std::unique_ptr<SimIndex> m_index;
    std::unique_ptr<SimAuth> m_auth;
    std::unique_ptr<SimStorageServer> m_storage;
    std::unique_ptr<SimFilesApi> m_files;
    std::unique_ptr<SimDirectoryApi> m_directory;
    std::unique_ptr<SimFaults> m_faults;
    std::unique_ptr<SimRequestLog> m_log;
    std::unique_ptr<SimHolds> m_holds;
    std::unique_ptr<SimArrivals> m_arrivals;
    std::unique_ptr<SimSplices> m_splices;
    std::unique_ptr<SimHttpApi> m_api;
    std::unique_ptr<SimGateway> m_apiGateway;
    std::unique_ptr<SimGateway> m_storageGateway;
    QString m_apiUrl;
    QString m_storageUrl;
};
