#pragma once

#include <QHostAddress>
#include <QObject>

#include <functional>
#include <memory>

#include "simresponse.h"

class QHttpServerRequest;
class QHttpServerResponder;
class QSslCertificate;
class QSslKey;
class SimFaults;
class SimHolds;
class SimHttpServer;
class SimSplices;
class SimRequestLog;
struct SimRequest;

// One origin (API or storage): logs each request, applies delays and faults, runs the handler
// and writes its SimResponse (asynchronously when delayed; "timeout" holds the socket 120 s).
class SimGateway final : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<SimResponse(const SimRequest &)>;

    SimGateway(const QString &origin, SimFaults &faults, SimRequestLog &log, Handler handler,
               QObject *parent = nullptr);
    ~SimGateway() override;

    void setControlHandler(Handler control) { m_control = std::move(control); }
    void setVerbose(bool verbose) { m_verbose = verbose; }
    // Caps file bodies at this many bytes a second (0 = no cap); X-Sim-Bandwidth overrides it.
    void setBandwidth(qint64 bytesPerSecond) { m_bandwidth = bytesPerSecond; }
    void setHolds(SimHolds *holds) { m_holds = holds; }  // requests a test holds until released
    void setSplices(SimSplices *splices) { m_splices = splices; }  // raw bytes put into JSON answers
    // Serve HTTPS with this certificate and key (before listen(); the default is plain HTTP).
    void setTls(const QSslCertificate &certificate, const QSslKey &key);
    quint16 listen(const QHostAddress &address, quint16 port);

private:
    void onRequest(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    static void write(QHttpServerResponder &responder, const SimResponse &response, qint64 cutAt = -1);
    static SimResponse applyFault(const QString &fault, SimResponse normal);

    QString m_origin;
    SimFaults &m_faults;
    SimRequestLog &m_log;
    Handler m_handler;
    Handler m_control;
    SimHolds *m_holds = nullptr;
    SimSplices *m_splices = nullptr;
    bool m_verbose = false;
    bool m_tls = false;
    qint64 m_bandwidth = 0;
    std::unique_ptr<SimHttpServer> m_server;
};
