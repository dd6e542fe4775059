#pragma once

#include "apicall.h"
#include "apierror.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QPointer>
#include <QUrl>

#include <functional>

class ApiClientPrivate;
class QIODevice;
class QNetworkReply;
class QTimer;

// What came back for one attempt (after redirects), handed to the call's handler.
struct ApiResponse
{
    int status = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray header(const QByteArray &name) const;
};

// One logical call and its state: the request (re-sent on retry, redirect and replay), the
// current attempt's generation (a reply of another generation is dropped), and the context
// object whose death suppresses the callback.
class ApiCallImpl final : public ApiCall
{
    Q_OBJECT
public:
    using Handler = std::function<void(const ApiError &, const ApiResponse &)>;

    ApiCallImpl(ApiClientPrivate *client, QObject *parent);
    ~ApiCallImpl() override;

    void cancel() override;
    bool isFinished() const override { return m_finished; }

    // The request
    QByteArray method = "GET";
    QUrl url;
    QByteArray body;
    QByteArray contentType;
    bool idempotent = true;       // retried on network errors, 5xx, 429
    bool authCall = false;        // sign-in/out: a 401 is final, no silent re-sign-in
    bool replayed = false;        // already replayed once after a 401
    bool credentialsAllowed = true; // false once a redirect left the API's origin
    int redirects = 0;
    int retries = 0;
    quint64 sessionGeneration = 0;
    Handler handler;

    // Downloads
    QIODevice *target = nullptr;
    qint64 offset = 0;            // where the caller asked to start
    qint64 written = 0;           // bytes written to target so far (all attempts)
    qint64 attemptBase = 0;       // offset + written when this attempt started
    qint64 skip = 0;              // bytes to drop (a 200 to a Range request)
    bool statusChecked = false;
    bool restartWhenRangeIgnored = false; // a 200 to a Range request: seek(0) and start over
    ApiError downloadError;

    // Delivery
    QPointer<QObject> context;
    bool hasContext = false;

    // Transport state
    quint64 generation = 0;       // of the current attempt
    QNetworkReply *reply = nullptr;
    QTimer *timer = nullptr;
    QString hostKey;
    bool holdsSlot = false;
    bool queued = false;
    bool timedOut = false;
    bool m_finished = false;
    bool cancelled = false;

private:
    ApiClientPrivate *m_client;
};
