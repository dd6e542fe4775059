#pragma once

#include <QAbstractHttpServer>
#include <QHttpServerResponder>

#include <functional>

// A QAbstractHttpServer that hands every request, with its responder, to one callback. The
// responder may be moved away and answered later (delays never block other connections).
class SimHttpServer final : public QAbstractHttpServer
{
    Q_OBJECT

public:
    using Handler = std::function<void(const QHttpServerRequest &, QHttpServerResponder &&)>;
    explicit SimHttpServer(Handler handler, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Handler m_handler;
};
