#pragma once

#include <QByteArray>
#include <QtGlobal>

class ApiCallImpl;
class ApiClientPrivate;
class QNetworkRequest;
struct ApiResponse;

// Runs one attempt of a call on the network and decides what its outcome means: streams a
// download's body into the call's DownloadSink (which checks the server's 206), follows
// redirects under the origin rules, retries idempotent calls with backoff, hands a 401 to the
// authenticator and reports everything else back to the call (ApiCallImpl::deliver). The call
// owns the attempt (its reply, generation and timeout); this class holds no state of its own.
class RequestExecutor final
{
public:
    explicit RequestExecutor(ApiClientPrivate *client);

    // Sends the call (which holds a host slot) as a new attempt with a new generation.
    void send(ApiCallImpl *call);
    // A GET whose 2xx body could not be read (cut, not JSON): retried like a network error while
    // retries remain. False when it may not be retried (the caller then reports the error).
    bool retryUnreadable(ApiCallImpl *call);

private:
    QNetworkRequest buildRequest(const ApiCallImpl *call) const;
    void addCredentials(QNetworkRequest &request) const;
    void onReadyRead(ApiCallImpl *call, quint64 generation);
    void onFinished(ApiCallImpl *call, quint64 generation);
    void followRedirect(ApiCallImpl *call, const ApiResponse &response);
    void retryLater(ApiCallImpl *call, const QByteArray &retryAfter);
    bool mayRetry(const ApiCallImpl *call) const;

    ApiClientPrivate *m_client;
};
