#pragma once

#include "accountinfo.h"
#include "apicall.h"
#include "apiresult.h"
#include "authsession.h"
#include "customerinfo.h"
#include "fileinfo.h"
#include "filepatch.h"
#include "filequery.h"
#include "listpage.h"
#include "lookupquery.h"
#include "userinfo.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <memory>

class QIODevice;
class QNetworkAccessManager;
class ApiClientPrivate;

// The one asynchronous client of the EvoVoice API, on QNetworkAccessManager. Every call returns
// a cancellable ApiCall handle and reports once, through the callback, on the context object's
// thread, unless cancelled or the context died. Credentials go only to the API's origin.
// Idempotent GETs are retried (network errors, 5xx, 429 with Retry-After) with exponential
// backoff and jitter, at most maxRetries() times. A 401 on a signed-in session triggers one
// silent re-sign-in with the credentials given to signIn() (kept in memory only) and a replay;
// if that fails the call reports Unauthorized and authenticationRequired() is emitted.
class ApiClient final : public QObject
{
    Q_OBJECT
public:
    template<typename T>
    using Callback = std::function<void(const ApiResult<T> &)>;

    explicit ApiClient(QObject *parent = nullptr);
    ~ApiClient() override;

    // The API's base URL (https://evovoice.io, or http://127.0.0.1:PORT for the simulator).
    // Returns false (and sets *error) for an unusable URL. Changing it signs out.
    bool setServer(const QUrl &baseUrl, QString *error = nullptr);
    QUrl server() const;

    void setRequestTimeout(int ms);          // default 30,000
    int requestTimeout() const;
    void setMaxRetries(int count);           // default 3
    int maxRetries() const;
    void setRetryBaseDelay(int ms);          // default 500 (tests make it small)
    void setMaxConcurrentPerHost(int count); // default 6
    QNetworkAccessManager *networkAccessManager() const;

    // Session
    bool isSignedIn() const;
    AuthSession session() const;
    UserInfo currentUser() const;            // filled by signIn/restore (GET /auth/status)
    // Resumes a remembered session (no password; silent re-sign-in is then impossible).
    void restoreSession(const AuthSession &session);
    // Forgets the session and the in-memory credentials locally, without a request.
    void forgetSession();

    ApiCall *signIn(const QString &userName, const QString &password, bool rememberMe,
                    QObject *context, Callback<AuthSession> done);
    ApiCall *authStatus(QObject *context, Callback<UserInfo> done);
    ApiCall *signOut(QObject *context, Callback<NoValue> done);

    // Files
    ApiCall *listFiles(const FileQuery &query, QObject *context, Callback<ListPage<FileInfo>> done);
    struct ListOptions
    {
        // The page keeps its body and each item's byte span in it (ListPage::rawItem): the items
        // exactly as the server sent them, for the JSON export. Costs the body's memory.
        bool keepRawItems = false;
    };
    ApiCall *listFiles(const FileQuery &query, const ListOptions &options, QObject *context,
                       Callback<ListPage<FileInfo>> done);
    ApiCall *getFile(const QString &fileId, QObject *context, Callback<FileInfo> done);
    ApiCall *patchFile(const QString &fileId, const FilePatch &patch, QObject *context, Callback<FileInfo> done);

    // Lookups
    ApiCall *listAccounts(const LookupQuery &query, QObject *context, Callback<ListPage<AccountInfo>> done);
    ApiCall *getAccount(const QString &accountId, QObject *context, Callback<AccountInfo> done);
    ApiCall *listCustomers(const LookupQuery &query, QObject *context, Callback<ListPage<CustomerInfo>> done);
    ApiCall *listUsers(const LookupQuery &query, QObject *context, Callback<ListPage<UserInfo>> done);

    // A file's bytes from its uri into target (opened for writing by the caller), starting at
    // offset (a Range request; the server's 206 is checked). The value is the number of bytes
    // written. Credentials are attached only when uri is on the API's origin, and never after
    // a redirect to another origin. Progress via ApiCall::progress.
    ApiCall *download(const QUrl &uri, QIODevice *target, qint64 offset, QObject *context, Callback<qint64> done);

    struct DownloadOptions
    {
        // A 200 (the whole body) to a Range request restarts the file: target->seek(0) is called
        // (the device must then drop what it holds; see ExportFileWriter) and the value counts
        // from zero. Otherwise (the default) the bytes already held are skipped from the body.
        bool restartWhenRangeIgnored = false;
    };
    ApiCall *download(const QUrl &uri, QIODevice *target, qint64 offset, const DownloadOptions &options,
                      QObject *context, Callback<qint64> done);

signals:
    void signedIn();
    void signedOut();
    void sessionChanged();             // token renewed by silent re-sign-in, restored, or forgotten
    void authenticationRequired();     // a 401 that silent re-sign-in could not cure
    void requestStarted();             // for a busy indicator: activeRequests() changed
    void requestFinished();

public:
    int activeRequests() const;

private:
    std::unique_ptr<ApiClientPrivate> d;
};
