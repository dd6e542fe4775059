#include "simserver.h"

#include "simarrivals.h"
#include "simauth.h"
#include "simdataset.h"
#include "simdirectoryapi.h"
#include "simfaults.h"
#include "simfilesapi.h"
#include "simgateway.h"
#include "simholds.h"
#include "simhttpapi.h"
#include "simindex.h"
#include "simrequest.h"
#include "simrequestlog.h"
#include "simsplices.h"
#include "simstorageserver.h"

#include <QHostAddress>

SimServer::SimServer(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_data(std::make_unique<SimDataset>(options.seed, options.files + options.arriving, options.longRecordings,
                                          options.hostile))
    , m_index(std::make_unique<SimIndex>(*m_data))
    , m_auth(std::make_unique<SimAuth>(*m_data, options.tokenTtl))
    , m_storage(std::make_unique<SimStorageServer>(*m_data))
    , m_files(std::make_unique<SimFilesApi>(*m_data, *m_index, *m_storage))
    , m_directory(std::make_unique<SimDirectoryApi>(*m_data))
    , m_faults(std::make_unique<SimFaults>(options.delayMs))
    , m_log(std::make_unique<SimRequestLog>())
    , m_holds(std::make_unique<SimHolds>())
    , m_arrivals(std::make_unique<SimArrivals>(*m_data))
    , m_splices(std::make_unique<SimSplices>())
    , m_api(std::make_unique<SimHttpApi>(*m_data, *m_auth, *m_files, *m_directory, *m_faults, *m_log))
{
    m_data->setHidden(options.arriving);
    m_apiGateway = std::make_unique<SimGateway>(QStringLiteral("api"), *m_faults, *m_log,
                                                [this](const SimRequest &r) { return m_api->handle(r); });
    m_apiGateway->setControlHandler([this](const SimRequest &r) {
        if (SimArrivals::isControlPath(r.path))
            return m_arrivals->control(r);
        if (SimSplices::isControlPath(r.path))
            return m_splices->control(r);
        return SimHolds::isControlPath(r.path) ? m_holds->control(r) : m_api->control(r);
    });
    m_storageGateway = std::make_unique<SimGateway>(QStringLiteral("storage"), *m_faults, *m_log,
                                                    [this](const SimRequest &r) { return m_storage->handle(r); });
    m_apiGateway->setHolds(m_holds.get());
    m_apiGateway->setSplices(m_splices.get());
    m_storageGateway->setHolds(m_holds.get());
    m_apiGateway->setVerbose(options.verbose);
    m_storageGateway->setVerbose(options.verbose);
    m_apiGateway->setBandwidth(options.bandwidth);
    m_storageGateway->setBandwidth(options.bandwidth);
    if (!options.tlsCertificate.isNull()) {
        m_apiGateway->setTls(options.tlsCertificate, options.tlsKey);
        m_storageGateway->setTls(options.tlsCertificate, options.tlsKey);
    }
}

SimServer::~SimServer() = default;

bool SimServer::start(QString *error)
{
    const quint16 apiPort = m_apiGateway->listen(QHostAddress(QStringLiteral("127.0.0.1")), m_options.port);
    if (apiPort == 0) {
        *error = QStringLiteral("cannot listen on 127.0.0.1:%1").arg(m_options.port);
        return false;
    }
    const quint16 storagePort = m_storageGateway->listen(QHostAddress(QStringLiteral("127.0.0.2")), m_options.storagePort);
    if (storagePort == 0) {
        *error = QStringLiteral("cannot listen on 127.0.0.2:%1").arg(m_options.storagePort);
        return false;
    }
    const QString scheme = m_options.tlsCertificate.isNull() ? QStringLiteral("http") : QStringLiteral("https");
    m_apiUrl = QStringLiteral("%1://127.0.0.1:%2").arg(scheme).arg(apiPort);
    m_storageUrl = QStringLiteral("%1://127.0.0.2:%2").arg(scheme).arg(storagePort);
    m_files->setApiBase(m_apiUrl);
    m_storage->setBaseUrl(m_storageUrl);
    m_index->startBackgroundBuild();
    return true;
}
