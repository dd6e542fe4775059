#pragma once

#include "simresponse.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <memory>

class QHttpServerResponder;
class QTcpSocket;
class QTimer;

// Sends a file body in slices instead of all at once: at most bytesPerSecond (0 = as fast as
// the socket drains, with at most 1 MB queued), generating lazy bodies (audio) slice by slice
// so that an hour-long WAV never sits in memory. Deletes itself when done or when the
// connection goes away.
class SimBodyStreamer final : public QObject
{
    Q_OBJECT
public:
    static void start(std::shared_ptr<QHttpServerResponder> responder, QTcpSocket *socket, SimResponse response,
                      qint64 bytesPerSecond, QObject *parent);

private:
    SimBodyStreamer(std::shared_ptr<QHttpServerResponder> responder, QTcpSocket *socket, SimResponse response,
                    qint64 bytesPerSecond, QObject *parent);
    void pump();
    QByteArray take(qint64 length);
    void done();

    std::shared_ptr<QHttpServerResponder> m_responder;
    QPointer<QTcpSocket> m_socket;
    SimResponse m_response;
    qint64 m_size = 0;
    qint64 m_sent = 0;
    qint64 m_rate = 0;
    QElapsedTimer m_clock;
    QTimer *m_timer = nullptr;
};
