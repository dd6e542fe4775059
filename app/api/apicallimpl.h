#pragma once

#include "apicall.h"
#include "apierror.h"
#include "apirequest.h"
#include "apiresponse.h"

#include <QPointer>

#include <functional>
#include <memory>

class ApiClientPrivate;
class DownloadSink;
class QIODevice;
class QNetworkReply;
class QTimer;

// One logical call, the one owner of its state: the request (re-sent on retry, redirect and
// replay), its attempts (one at a time, each with a generation: a report of another generation
// is stale), their counters (retries, redirects, the one replay after a 401), the download's
// target with its Range resume (DownloadSink), the timeout of the current attempt, and its
// life (open, cancelled, finished; the context object whose death suppresses the callback).
//
// Who talks to it, and through what:
// - the caller: the ApiCall handle (cancel, isFinished, progress), nothing else;
// - ApiClient and SessionAuthenticator set it up before it starts (setRequest, setHandler,
//   setDownload) and read request() and the replay state;
// - HostQueue reads request(), isDownload() and isOpen();
// - RequestExecutor sends attempts (beginAttempt, attachReply, currentReply, takeReply) and
//   reports back: progress, moveTo (a redirect), countRetry, deliver (an attempt's outcome);
// - ApiClientPrivate ends it (markCancelled, retire).
class ApiCallImpl final : public ApiCall
{
    Q_OBJECT
public:
    using Handler = std::function<void(const ApiError &, const ApiResponse &)>;

    ApiCallImpl(ApiClientPrivate *client, QObject *context, QObject *parent);
    ~ApiCallImpl() override;

    // ApiCall
    void cancel() override;
    bool isFinished() const override { return m_finished; }

    // Set up, before the call starts
    void setRequest(const ApiRequest &request) { m_request = request; }
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    void setDownload(QIODevice *target, qint64 offset, bool restartWhenRangeIgnored);

    // Read by everyone
    const ApiRequest &request() const { return m_request; }
    bool isDownload() const { return m_download != nullptr; }
    qint64 bytesWritten() const;  // a download's value
    bool isOpen() const { return !m_finished && !m_cancelled; }
    bool isCancelled() const { return m_cancelled; }
    bool credentialsAllowed() const { return m_credentialsAllowed; }
    quint64 sessionGeneration() const { return m_sessionGeneration; }  // of the last attempt
    bool wasReplayed() const { return m_replayed; }
    void markReplayed() { m_replayed = true; }

    // Attempts (RequestExecutor)
    // A new attempt under the given session: returns its generation; a download's sink then
    // knows the byte it starts at (download()->attemptBase()).
    quint64 beginAttempt(quint64 sessionGeneration);
    DownloadSink *download() { return m_download.get(); }
    void attachReply(QNetworkReply *reply, int timeoutMs);
    // The current attempt's reply, or null when generation is stale or the call is over.
    QNetworkReply *currentReply(quint64 generation) const;
    QNetworkReply *takeReply();  // the attempt ended: stops its timer
    void restartTimeout();       // downloads: an inactivity timeout
    bool takeTimedOut();         // whether the attempt that just ended was aborted by the timer
    void reportProgress(qint64 received, qint64 total);
    void moveTo(const QUrl &location);  // a followed redirect (credentials stop at the origin)
    int countRedirect() { return ++m_redirects; }
    bool mayRetry(int maxRetries) const { return m_request.idempotent && m_retries < maxRetries; }
    int countRetry() { return ++m_retries; }
    // An attempt's final outcome, to the handler (which completes the call or chains on).
    void deliver(const ApiError &error, const ApiResponse &response);

    // The end (ApiClientPrivate)
    void markCancelled() { m_cancelled = true; }
    // Marks it finished; false when it already was. deliverable() then says whether the caller
    // may hear of it.
    bool retire();
    bool deliverable() const { return !m_cancelled && (!m_hasContext || m_context); }
    QObject *context() const { return m_context; }
    // The client is going away: nothing of this call runs any more.
    void abandon();

private:
    void onTimeout();

    ApiClientPrivate *m_client;
    ApiRequest m_request;
    Handler m_handler;
    std::unique_ptr<DownloadSink> m_download;
    QPointer<QObject> m_context;
    bool m_hasContext;

    int m_redirects = 0;
    int m_retries = 0;
    bool m_replayed = false;           // already replayed once after a 401
    bool m_credentialsAllowed = true;  // false once a redirect left the API's origin
    quint64 m_sessionGeneration = 0;

    quint64 m_generation = 0;          // of the current attempt
    QNetworkReply *m_reply = nullptr;
    QTimer *m_timer = nullptr;
    int m_timeoutMs = 0;
    bool m_timedOut = false;

    bool m_finished = false;
    bool m_cancelled = false;
};
