#include "simprocess.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QTimer>
#include <QTest>

#ifndef EVOVOICE_SIM_BINARY
#error "EVOVOICE_SIM_BINARY must name the evovoice-sim binary"
#endif

SimProcess::~SimProcess()
{
    stop();
}

QString SimProcess::binaryPath()
{
    return QString::fromLocal8Bit(EVOVOICE_SIM_BINARY);
}

bool SimProcess::start(const QStringList &arguments)
{
    stop();
    m_error.clear();
    // EVOVOICE_SIM_TLS=1 (the *_tls ctest variants): every simulator speaks HTTPS, and the whole
    // test process trusts its certificate, so that a suite written for HTTP runs over TLS.
    const bool forceTls = qEnvironmentVariableIntValue("EVOVOICE_SIM_TLS") == 1;
    QStringList args = arguments;
    if (forceTls && !args.contains(QStringLiteral("--tls")))
        args.prepend(QStringLiteral("--tls"));
    m_process.setProgram(binaryPath());
    m_process.setArguments(args);
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.setReadChannel(QProcess::StandardOutput);
    m_process.start();
    if (!m_process.waitForStarted(10000)) {
        m_error = QStringLiteral("cannot start %1: %2").arg(binaryPath(), m_process.errorString());
        return false;
    }
    const QDeadlineTimer deadline(30000);
    QByteArray seen;
    // With --tls the certificate line follows the two URLs.
    auto announced = [this] {
        return !m_apiUrl.isEmpty() && !m_storageUrl.isEmpty()
            && (m_apiUrl.scheme() != QLatin1String("https") || !m_tlsCertificatePath.isEmpty());
    };
    while (!deadline.hasExpired() && !announced()) {
        if (!m_process.canReadLine() && !m_process.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())))) {
            if (m_process.state() != QProcess::Running)
                break;
            continue;
        }
        while (m_process.canReadLine()) {
            const QByteArray line = m_process.readLine().trimmed();
            seen += line + '\n';
            if (line.startsWith("listening on "))
                m_apiUrl = QUrl(QString::fromUtf8(line.mid(13)));
            else if (line.startsWith("storage on "))
                m_storageUrl = QUrl(QString::fromUtf8(line.mid(11)));
            else if (line.startsWith("tls certificate: "))
                m_tlsCertificatePath = QString::fromLocal8Bit(line.mid(17));
        }
    }
    if (!announced()) {
        m_error = QStringLiteral("evovoice-sim did not announce its URLs; stdout: %1 stderr: %2")
                      .arg(QString::fromUtf8(seen), QString::fromUtf8(m_process.readAllStandardError()));
        stop();
        return false;
    }
    if (!m_tlsCertificatePath.isEmpty()) {
        m_tlsCertificates = QSslCertificate::fromPath(m_tlsCertificatePath, QSsl::Pem, QSslCertificate::PatternSyntax::FixedString);
        if (m_tlsCertificates.isEmpty()) {
            m_error = QStringLiteral("evovoice-sim announced the certificate %1, which holds none").arg(m_tlsCertificatePath);
            stop();
            return false;
        }
        if (forceTls)
            trustProcessWide(m_tlsCertificates);
    }
    return true;
}

void SimProcess::trustProcessWide(const QList<QSslCertificate> &certificates)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.addCaCertificates(certificates);
    QSslConfiguration::setDefaultConfiguration(configuration);
}

bool SimProcess::trustProcessWide(const QString &certificatePath, QString *error)
{
    const QList<QSslCertificate> certificates =
        QSslCertificate::fromPath(certificatePath, QSsl::Pem, QSslCertificate::PatternSyntax::FixedString);
    if (certificates.isEmpty()) {
        if (error)
            *error = QStringLiteral("no PEM certificate in %1").arg(certificatePath);
        return false;
    }
    trustProcessWide(certificates);
    return true;
}

void SimProcess::stop()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    m_apiUrl.clear();
    m_storageUrl.clear();
    m_tlsCertificatePath.clear();
    m_tlsCertificates.clear();
}

bool SimProcess::isRunning() const
{
    return m_process.state() == QProcess::Running;
}

QUrl SimProcess::url(const QString &pathAndQuery) const
{
    return QUrl(m_apiUrl.toString() + pathAndQuery);
}

QByteArray SimProcess::RawReply::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

SimProcess::RawReply SimProcess::raw(const QByteArray &method, const QUrl &url, const QByteArray &body,
                                     const QList<QPair<QByteArray, QByteArray>> &headers, int timeoutMs)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setRawHeader("Accept", "application/json");
    if (!m_tlsCertificates.isEmpty()) {  // trust the simulator's certificate, for this request only
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_tlsCertificates);
        request.setSslConfiguration(tls);
    }
    for (const auto &h : headers)
        request.setRawHeader(h.first, h.second);
    if (!body.isEmpty() && !request.hasRawHeader("Content-Type"))
        request.setRawHeader("Content-Type", "application/json");
    // QNAM treats a custom "HEAD" as a request with a body and then waits for it: use head().
    QNetworkReply *reply = method == "HEAD" ? nam.head(request) : nam.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    RawReply result;
    if (!reply->isFinished()) {
        reply->abort();
    } else {
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        result.headers = reply->rawHeaderPairs();
    }
    delete reply;
    return result;
}

bool SimProcess::queueFault(const QJsonObject &fault)
{
    const RawReply r = raw("POST", url(QStringLiteral("/__sim/faults")), QJsonDocument(fault).toJson(QJsonDocument::Compact));
    return r.status == 204 || r.status == 200;
}

bool SimProcess::queueFault(const QString &path, const QString &fault, int count, int delayMs)
{
    return queueFault(QJsonObject{{QStringLiteral("path"), path},
                                  {QStringLiteral("fault"), fault},
                                  {QStringLiteral("count"), count},
                                  {QStringLiteral("delayMs"), delayMs}});
}

bool SimProcess::clearFaults()
{
    const int status = raw("DELETE", url(QStringLiteral("/__sim/faults"))).status;
    return status == 204 || status == 200;
}

QJsonArray SimProcess::requests()
{
    const RawReply r = raw("GET", url(QStringLiteral("/__sim/requests")));
    return QJsonDocument::fromJson(r.body).array();
}

QJsonArray SimProcess::requests(const QString &origin, const QString &pathPrefix)
{
    QJsonArray out;
    const QJsonArray all = requests();
    for (const QJsonValue &v : all) {
        const QJsonObject o = v.toObject();
        if ((origin.isEmpty() || o.value(QStringLiteral("origin")).toString() == origin)
            && o.value(QStringLiteral("path")).toString().startsWith(pathPrefix))
            out.append(o);
    }
    return out;
}

bool SimProcess::clearRequests()
{
    const int status = raw("DELETE", url(QStringLiteral("/__sim/requests"))).status;
    return status == 204 || status == 200;
}

bool SimProcess::expireSessions()
{
    const int status = raw("POST", url(QStringLiteral("/__sim/expire-sessions"))).status;
    return status == 204 || status == 200;
}

QProcessEnvironment SimProcess::cliEnvironment(const QString &user, const QString &password) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("EVOVOICE_SERVER"), m_apiUrl.toString());
    env.insert(QStringLiteral("EVOVOICE_USER"), user);
    env.insert(QStringLiteral("EVOVOICE_PASSWORD"), password);
    return env;
}

QByteArray SimProcess::bearerToken(const QString &user, const QString &password)
{
    const QJsonObject body{{QStringLiteral("userName"), user}, {QStringLiteral("password"), password}};
    const RawReply r = raw("POST", url(QStringLiteral("/auth/credentials")), QJsonDocument(body).toJson(QJsonDocument::Compact));
    if (r.status != 200)
        return {};
    return QJsonDocument::fromJson(r.body).object().value(QStringLiteral("bearerToken")).toString().toUtf8();
}

bool SimProcess::hold(const QString &path, int count, const QString &method, const QString &origin)
{
    const QJsonObject spec{{QStringLiteral("path"), path}, {QStringLiteral("count"), count},
                           {QStringLiteral("method"), method}, {QStringLiteral("origin"), origin}};
    const int status = raw("POST", url(QStringLiteral("/__sim/hold")), QJsonDocument(spec).toJson(QJsonDocument::Compact)).status;
    return status == 204 || status == 200;
}

QJsonArray SimProcess::held()
{
    return QJsonDocument::fromJson(raw("GET", url(QStringLiteral("/__sim/held"))).body).array();
}

QJsonArray SimProcess::waitForHeld(int n, int timeoutMs)
{
    QJsonArray list;
    if (QTest::qWaitFor([&] { return (list = held()).size() >= n; }, timeoutMs))
        return list;
    return {};
}

int SimProcess::release(qint64 id)
{
    const QJsonObject which = id > 0 ? QJsonObject{{QStringLiteral("id"), id}} : QJsonObject();
    const RawReply r = raw("POST", url(QStringLiteral("/__sim/release")), QJsonDocument(which).toJson(QJsonDocument::Compact));
    return r.status == 200 ? QJsonDocument::fromJson(r.body).object().value(QStringLiteral("released")).toInt() : -1;
}

int SimProcess::release(const QString &pathPrefix)
{
    const QJsonObject which{{QStringLiteral("path"), pathPrefix}};
    const RawReply r = raw("POST", url(QStringLiteral("/__sim/release")), QJsonDocument(which).toJson(QJsonDocument::Compact));
    return r.status == 200 ? QJsonDocument::fromJson(r.body).object().value(QStringLiteral("released")).toInt() : -1;
}

bool SimProcess::clearHolds()
{
    const int status = raw("DELETE", url(QStringLiteral("/__sim/hold"))).status;
    return status == 204 || status == 200;
}

QStringList SimProcess::addFiles(int count)
{
    const RawReply r = raw("POST", url(QStringLiteral("/__sim/add-files")),
                           QJsonDocument(QJsonObject{{QStringLiteral("count"), count}}).toJson(QJsonDocument::Compact));
    QStringList ids;
    if (r.status != 200)
        return ids;
    for (const QJsonValue &v : QJsonDocument::fromJson(r.body).object().value(QStringLiteral("ids")).toArray())
        ids << v.toString();
    return ids;
}

bool SimProcess::splice(const QString &path, const QByteArray &mark, const QByteArray &insert, int count, bool before)
{
    const QJsonObject spec{{QStringLiteral("path"), path},
                           {before ? QStringLiteral("before") : QStringLiteral("after"), QString::fromUtf8(mark)},
                           {QStringLiteral("insert"), QString::fromUtf8(insert)}, {QStringLiteral("count"), count}};
    return raw("POST", url(QStringLiteral("/__sim/splice")), QJsonDocument(spec).toJson(QJsonDocument::Compact)).status == 204;
}

bool SimProcess::clearSplices()
{
    return raw("DELETE", url(QStringLiteral("/__sim/splice"))).status == 204;
}
