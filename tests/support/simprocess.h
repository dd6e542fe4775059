#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QSslCertificate>
#include <QStringList>
#include <QUrl>

// Starts a real evovoice-sim on free loopback ports for one test suite and talks to its
// control routes (see CONTRACT-sim.md). It never shares code with the client's API layer:
// its few control requests are plain QNetworkAccessManager calls made synchronously.
class SimProcess final
{
public:
    SimProcess() = default;
    ~SimProcess();
    SimProcess(const SimProcess &) = delete;
    SimProcess &operator=(const SimProcess &) = delete;

    // Starts the simulator with these extra arguments (for example {"--files", "500"}).
    // Returns false, with errorString() set, when it does not come up within 30 s.
    // With "--tls" both origins are https and the control requests below trust the simulator's
    // certificate (only theirs: the rest of the process trusts it after trustProcessWide()).
    // The environment variable EVOVOICE_SIM_TLS=1 adds "--tls" to every start and trusts the
    // certificate process-wide (the *_tls ctest variants of the HTTP suites).
    bool start(const QStringList &arguments = {});
    void stop();
    bool isRunning() const;
    qint64 processId() const { return m_process.processId(); }  // 0 when not running
    QString errorString() const { return m_error; }

    QUrl apiUrl() const { return m_apiUrl; }          // http://127.0.0.1:PORT (https with --tls)
    QUrl storageUrl() const { return m_storageUrl; }  // http://127.0.0.2:PORT (https with --tls)
    QUrl url(const QString &pathAndQuery) const;      // apiUrl() + "/files?x=y"

    // TLS (--tls): the certificate file the simulator announced ("tls certificate: PATH"; empty
    // without --tls; with the built-in certificate a temporary file that is gone once the
    // simulator stops) and the certificates read from it at start.
    QString tlsCertificatePath() const { return m_tlsCertificatePath; }
    QList<QSslCertificate> tlsCertificates() const { return m_tlsCertificates; }
    // Makes the whole process trust these certificates as CAs: they are added to
    // QSslConfiguration::defaultConfiguration() (what ApiClient and every QNetworkRequest without
    // its own configuration use). Restore the earlier default with setDefaultConfiguration().
    static void trustProcessWide(const QList<QSslCertificate> &certificates);
    // The same for the PEM certificate file at path; false (and *error) when it holds none.
    static bool trustProcessWide(const QString &certificatePath, QString *error = nullptr);

    // Control routes. Each returns false on an unexpected answer.
    bool queueFault(const QJsonObject &fault);
    bool queueFault(const QString &path, const QString &fault, int count = 1, int delayMs = 0);
    bool clearFaults();
    QJsonArray requests();                 // the request log, oldest first
    QJsonArray requests(const QString &origin, const QString &pathPrefix);
    bool clearRequests();
    bool expireSessions();
    // Holds (CONTRACT-sim.md, POST /__sim/hold): the next `count` requests to path are logged
    // but not answered until released, so a test can make a race happen and see that it did.
    bool hold(const QString &path, int count = 1, const QString &method = QStringLiteral("GET"),
              const QString &origin = QStringLiteral("api"));
    QJsonArray held();                      // the requests waiting, oldest first ({id, path, query, ...})
    // Waits (the event loop runs) until at least n requests are held; the held list, or empty on timeout.
    QJsonArray waitForHeld(int n = 1, int timeoutMs = 30000);
    int release(qint64 id = 0);             // one held request by id, or (0) all; how many were answered
    int release(const QString &pathPrefix);
    bool clearHolds();                      // forget the hold specs and answer what is held
    // Files arriving (CONTRACT-sim.md, --arriving N): lets the next count held-back (newest) files
    // in; their ids, or an empty list on failure.
    QStringList addFiles(int count);
    // Raw bytes spliced into JSON answers (POST /__sim/splice): insert after each `mark` (before
    // it with before = true), in the next count answers to path (-1 = until cleared).
    bool splice(const QString &path, const QByteArray &mark, const QByteArray &insert, int count = -1, bool before = false);
    bool clearSplices();

    // A plain signed-in request for tests that need raw HTTP (returns status, body).
    struct RawReply
    {
        int status = 0;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray header(const QByteArray &name) const;
    };
    RawReply raw(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
                 const QList<QPair<QByteArray, QByteArray>> &headers = {}, int timeoutMs = 30000);
    // Signs in with /auth/credentials and returns the bearer token (empty on failure).
    QByteArray bearerToken(const QString &user = QStringLiteral("manager@example.com"),
                           const QString &password = QStringLiteral("demo"));
    // This process's environment with evovoice-cli pointed at the simulator and signed in as
    // user (EVOVOICE_SERVER, EVOVOICE_USER, EVOVOICE_PASSWORD), for the tests that run the CLI.
    QProcessEnvironment cliEnvironment(const QString &user = QStringLiteral("admin@example.com"),
                                       const QString &password = QStringLiteral("demo")) const;

    static QString binaryPath();

private:
    QProcess m_process;
    QUrl m_apiUrl;
    QUrl m_storageUrl;
    QString m_tlsCertificatePath;
    QList<QSslCertificate> m_tlsCertificates;
    QString m_error;
};
