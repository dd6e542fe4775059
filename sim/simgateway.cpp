#include "simgateway.h"

#include "simbodystreamer.h"
#include "simfaults.h"
#include "simholds.h"
#include "simsplices.h"
#include "simhttpserver.h"
#include "simrequest.h"
#include "simrequestlog.h"

#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QTcpSocket>
#include <QTimer>

#include <cstdio>

SimGateway::SimGateway(const QString &origin, SimFaults &faults, SimRequestLog &log, Handler handler, QObject *parent)
    : QObject(parent)
    , m_origin(origin)
    , m_faults(faults)
    , m_log(log)
    , m_handler(std::move(handler))
    , m_server(std::make_unique<SimHttpServer>(
          [this](const QHttpServerRequest &r, QHttpServerResponder &&responder) { onRequest(r, std::move(responder)); }))
{
}

SimGateway::~SimGateway() = default;

void SimGateway::setTls(const QSslCertificate &certificate, const QSslKey &key)
{
    m_server->sslSetup(certificate, key);
    m_tls = true;
}

quint16 SimGateway::listen(const QHostAddress &address, quint16 port)
{
    const quint16 bound = m_server->listen(address, port);
    if (bound == 0 || !m_tls || !m_verbose)
        return bound;
    // A handshake that fails (a client that does not trust the certificate, or speaks plain
    // HTTP to the HTTPS port) never becomes a request: say so under --verbose.
    for (QTcpServer *server : m_server->servers()) {
        if (auto *ssl = qobject_cast<QSslServer *>(server)) {
            connect(ssl, &QSslServer::errorOccurred, this, [this](QSslSocket *socket, QAbstractSocket::SocketError) {
                fprintf(stderr, "%s tls: connection from %s failed: %s\n", qPrintable(m_origin),
                        qPrintable(socket->peerAddress().toString()), qPrintable(socket->errorString()));
                fflush(stderr);
            });
        }
    }
    return bound;
}

void SimGateway::write(QHttpServerResponder &responder, const SimResponse &response, qint64 cutAt)
{
    responder.writeStatusLine(QHttpServerResponder::StatusCode(response.status));
    for (const auto &h : response.headers)
        responder.writeHeader(h.first, h.second);
    const bool noBody = response.status == 204 || response.status == 304;
    if (!noBody)
        responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    if (response.headOnly || noBody) {
        responder.writeBody(QByteArray());
        return;
    }
    responder.writeBody(cutAt >= 0 ? response.body.left(int(cutAt)) : response.body);
}

SimResponse SimGateway::applyFault(const QString &fault, SimResponse normal)
{
    if (fault == QLatin1String("500"))
        return SimResponse::error(500, QStringLiteral("InternalServerError"), QStringLiteral("Simulated internal server error"));
    if (fault == QLatin1String("503"))
        return SimResponse::error(503, QStringLiteral("ServiceUnavailable"), QStringLiteral("Simulated service unavailable"));
    if (fault == QLatin1String("429")) {
        SimResponse r = SimResponse::error(429, QStringLiteral("TooManyRequests"), QStringLiteral("Simulated rate limit"));
        r.setHeader("Retry-After", "1");
        return r;
    }
    if (fault == QLatin1String("expired"))
        return SimResponse::error(403, QStringLiteral("RequestExpired"), QStringLiteral("The pre-signed URL has expired"));
    if (fault == QLatin1String("401"))
        return SimResponse::error(401, QStringLiteral("TokenException"), QStringLiteral("Token has expired"));
    if (fault == QLatin1String("malformed")) {
        QByteArray body = normal.header("Content-Type").contains("json") && normal.body.size() > 2
            ? normal.body.left(normal.body.size() / 2)
            : QByteArray("{\"items\":[{\"id\":\"");
        SimResponse r;
        r.status = 200;
        r.setHeader("Content-Type", "application/json; charset=utf-8");
        r.body = body;
        return r;
    }
    return normal;
}

void SimGateway::onRequest(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    SimRequest sr = SimRequest::fromHttp(request, m_origin);
    if (m_control && sr.path.startsWith(QLatin1String("/__sim/"))) {
        write(responder, m_control(sr));
        return;
    }
    if (const QTcpSocket *peer = responder.socket())
        sr.peerPort = peer->peerPort();
    const qint64 logId = m_log.add(sr);
    const SimFaults::Decision decision = m_faults.take(sr);
    auto holder = std::make_shared<QHttpServerResponder>(std::move(responder));
    QPointer<QTcpSocket> socket = holder->socket();
    auto started = std::make_shared<QElapsedTimer>();
    started->start();
    auto finish = [this, sr, decision, holder, socket, logId, started]() {
        if (!socket || socket->state() != QAbstractSocket::ConnectedState)
            return;
        if (decision.fault == QLatin1String("timeout")) {
            QTimer::singleShot(120000, this, [holder, socket]() {
                if (socket)
                    socket->abort();
            });
            return;
        }
        const bool noRange = decision.fault == QLatin1String("norange");
        const bool needNormal = decision.fault.isEmpty() || decision.fault == QLatin1String("cut")
            || decision.fault == QLatin1String("malformed") || noRange;
        SimRequest asked = sr;
        if (noRange)  // a server that ignores Range: the whole body with a 200
            asked.headers.removeIf([](const QPair<QByteArray, QByteArray> &h) { return h.first == "range"; });
        SimResponse response = needNormal ? m_handler(asked) : SimResponse();
        if (m_splices && needNormal)
            m_splices->apply(asked, response);
        if (!decision.fault.isEmpty())
            response.materialize();
        response = applyFault(decision.fault, std::move(response));
        const qint64 bandwidth = sr.header("x-sim-bandwidth").isEmpty() ? m_bandwidth : sr.header("x-sim-bandwidth").toLongLong();
        if (decision.fault.isEmpty() && response.fileBody && !response.headOnly && (bandwidth > 0 || response.bodySource)) {
            m_log.setStatus(logId, response.status);
            SimBodyStreamer::start(holder, socket, std::move(response), qMax<qint64>(0, bandwidth), this);
            return;
        }
        response.materialize();
        if (decision.fault == QLatin1String("cut")) {
            write(*holder, response, response.body.size() / 2);
            socket->flush();
            socket->disconnectFromHost();
        } else {
            write(*holder, response);
        }
        m_log.setStatus(logId, response.status);
        if (m_verbose) {
            fprintf(stderr, "%s %s %s %d %lld ms%s\n", qPrintable(sr.origin), sr.method.constData(), qPrintable(sr.path),
                    response.status, static_cast<long long>(started->elapsed()),
                    decision.fault.isEmpty() ? "" : qPrintable(QStringLiteral(" (fault %1)").arg(decision.fault)));
            fflush(stderr);
        }
    };
    auto proceed = [this, decision, finish]() {
        if (decision.delayMs > 0)
            QTimer::singleShot(decision.delayMs, this, finish);
        else
            finish();
    };
    if (m_holds && m_holds->take(sr, logId, proceed, [socket]() { return socket && socket->state() == QAbstractSocket::ConnectedState; }))
        return;  // answered when a test releases it (POST /__sim/release)
    proceed();
}
