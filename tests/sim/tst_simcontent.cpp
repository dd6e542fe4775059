// File bytes on both origins (WAV, PDF, Range, HEAD, storage refusal) and sign-in/session rules.
#include "simtestclient.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QElapsedTimer>
#include <QtEndian>
#include <QtTest>

class TstSimContent final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void wavAndRange();
    void pdfAndPng();
    void storageOrigin();
    void cookiesAndStatus();
    void tokenExpiry();
    void expireSessions();

private:
    QJsonObject find(const std::function<bool(const QJsonObject &)> &pred);
    SimProcess m_sim;
    SimTestClient m_admin{m_sim};
};

void TstSimContent::initTestCase()
{
    QVERIFY2(m_sim.start({QStringLiteral("--files"), QStringLiteral("400"), QStringLiteral("--token-ttl"), QStringLiteral("2")}),
             qPrintable(m_sim.errorString()));
}

QJsonObject TstSimContent::find(const std::function<bool(const QJsonObject &)> &pred)
{
    if (!m_admin.signIn())
        return {};
    for (const QJsonValue &v : m_admin.items(QStringLiteral("/files?All=true&sortField=ContentLength"))) {
        if (pred(v.toObject()))
            return v.toObject();
    }
    return {};
}

void TstSimContent::wavAndRange()
{
    const QJsonObject f = find([](const QJsonObject &o) {
        return o.value(QStringLiteral("contentType")).toString() == QLatin1String("audio/wav")
            && QUrl(o.value(QStringLiteral("uri")).toString()).host() == QLatin1String("127.0.0.1");
    });
    QVERIFY(!f.isEmpty());
    const QUrl uri(f.value(QStringLiteral("uri")).toString());
    QCOMPARE(m_sim.raw("GET", uri).status, 401);
    const SimProcess::RawReply full = m_sim.raw("GET", uri, {}, m_admin.auth());
    QCOMPARE(full.status, 200);
    QCOMPARE(full.header("Content-Type"), QByteArray("audio/wav"));
    QCOMPARE(qint64(full.body.size()), qint64(f.value(QStringLiteral("contentLength")).toDouble()));
    const QByteArray &w = full.body;
    QVERIFY(w.startsWith("RIFF") && w.mid(8, 8) == "WAVEfmt ");
    QCOMPARE(qFromLittleEndian<quint16>(w.constData() + 20), quint16(1));
    QCOMPARE(qFromLittleEndian<quint16>(w.constData() + 22), quint16(1));
    QCOMPARE(qFromLittleEndian<quint32>(w.constData() + 24), quint32(8000));
    QCOMPARE(qFromLittleEndian<quint16>(w.constData() + 34), quint16(16));
    const quint32 data = qFromLittleEndian<quint32>(w.constData() + 40);
    QCOMPARE(int(data / 16000), f.value(QStringLiteral("recordingDuration")).toInt());
    QCOMPARE(qint64(data) + 44, qint64(w.size()));
    // Range: 206 with the exact slice; open-ended and suffix forms; 416 past the end; HEAD.
    auto range = [&](const QByteArray &spec) { return m_sim.raw("GET", uri, {}, m_admin.auth() + QList<QPair<QByteArray, QByteArray>>{{"Range", spec}}); };
    const SimProcess::RawReply part = range("bytes=100-1099");
    QCOMPARE(part.status, 206);
    QCOMPARE(part.body, w.mid(100, 1000));
    QCOMPARE(part.header("Content-Range"), "bytes 100-1099/" + QByteArray::number(w.size()));
    QCOMPARE(range("bytes=" + QByteArray::number(w.size() - 10) + "-").body, w.right(10));
    QCOMPARE(range("bytes=-7").body, w.right(7));
    const SimProcess::RawReply bad = range("bytes=" + QByteArray::number(w.size() + 5) + "-");
    QCOMPARE(bad.status, 416);
    QCOMPARE(bad.header("Content-Range"), "bytes */" + QByteArray::number(w.size()));
    const SimProcess::RawReply head = m_sim.raw("HEAD", uri, {}, m_admin.auth());
    QCOMPARE(head.status, 200);
    QCOMPARE(head.header("Content-Length"), QByteArray::number(w.size()));
    QVERIFY(head.body.isEmpty());
}

void TstSimContent::pdfAndPng()
{
    const QJsonObject pdf = find([](const QJsonObject &o) { return o.value(QStringLiteral("type")).toString() == QLatin1String("Fax"); });
    QVERIFY(!pdf.isEmpty());
    const QUrl uri(pdf.value(QStringLiteral("uri")).toString());
    const bool storage = uri.host() == QLatin1String("127.0.0.2");
    const SimProcess::RawReply r = m_sim.raw("GET", uri, {}, storage ? QList<QPair<QByteArray, QByteArray>>() : m_admin.auth());
    QCOMPARE(r.status, 200);
    QVERIFY(r.body.startsWith("%PDF-"));
    QVERIFY(r.body.trimmed().endsWith("%%EOF"));
    QCOMPARE(qint64(r.body.size()), qint64(pdf.value(QStringLiteral("contentLength")).toDouble()));
    QCOMPARE(r.header("Content-Type"), QByteArray("application/pdf"));
}

void TstSimContent::storageOrigin()
{
    const QJsonObject f = find([](const QJsonObject &o) { return QUrl(o.value(QStringLiteral("uri")).toString()).host() == QLatin1String("127.0.0.2"); });
    QVERIFY(!f.isEmpty());
    const QUrl uri(f.value(QStringLiteral("uri")).toString());
    QVERIFY(uri.path().startsWith(QLatin1String("/blobs/")));
    const SimProcess::RawReply ok = m_sim.raw("GET", uri);
    QCOMPARE(ok.status, 200);
    QCOMPARE(qint64(ok.body.size()), qint64(f.value(QStringLiteral("contentLength")).toDouble()));
    const SimProcess::RawReply bearer = m_sim.raw("GET", uri, {}, m_admin.auth());
    QCOMPARE(bearer.status, 400);
    QVERIFY(SimTestClient::hasResponseStatus(bearer.body));
    QCOMPARE(m_sim.raw("GET", uri, {}, {{"Cookie", "ss-id=abc"}}).status, 400);
    QCOMPARE(m_sim.raw("GET", uri, {}, {{"Cookie", "ss-pid=abc; ss-opt=perm"}}).status, 400);
    QUrl tampered = uri;
    tampered.setQuery(uri.query().replace(QLatin1String("sig="), QLatin1String("sig=0")));
    const SimProcess::RawReply forbidden = m_sim.raw("GET", tampered);
    QCOMPARE(forbidden.status, 403);
    QVERIFY(SimTestClient::hasResponseStatus(forbidden.body));
    const SimProcess::RawReply part = m_sim.raw("GET", uri, {}, {{"Range", "bytes=0-9"}});
    QCOMPARE(part.status, 206);
    QCOMPARE(part.body, ok.body.left(10));
    const QJsonArray log = m_sim.requests(QStringLiteral("storage"), QStringLiteral("/blobs/"));
    QVERIFY(!log.isEmpty());
    QVERIFY(log.last().toObject().value(QStringLiteral("headers")).toObject().contains(QStringLiteral("range")));
}

void TstSimContent::cookiesAndStatus()
{
    QNetworkAccessManager nam; // its cookie jar keeps ss-id / ss-pid
    auto call = [&](const QByteArray &method, const QString &path, const QByteArray &body = {}) {
        QNetworkRequest req(m_sim.url(path));
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        QNetworkReply *reply = nam.sendCustomRequest(req, method, body);
        QSignalSpy spy(reply, &QNetworkReply::finished);
        spy.wait(10000);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        return status;
    };
    QCOMPARE(call("GET", QStringLiteral("/auth/status")), 204); // signed out: GetAuthStatus returns null
    QCOMPARE(call("POST", QStringLiteral("/auth/credentials"), R"({"userName":"manager@example.com","password":"demo","rememberMe":true})"), 200);
    QCOMPARE(call("GET", QStringLiteral("/files?countPerPage=1")), 200);
    QCOMPARE(call("GET", QStringLiteral("/auth/status")), 200);
    // ss-pid + ss-opt=perm alone resume a remember-me session.
    QList<QNetworkCookie> cookies = nam.cookieJar()->cookiesForUrl(m_sim.apiUrl());
    QByteArray pid;
    for (const QNetworkCookie &c : cookies) {
        if (c.name() == "ss-pid")
            pid = c.value();
    }
    QVERIFY(!pid.isEmpty());
    QCOMPARE(m_sim.raw("GET", m_sim.url(QStringLiteral("/files?countPerPage=1")), {}, {{"Cookie", "ss-pid=" + pid + "; ss-opt=perm"}}).status, 200);
    QCOMPARE(call("GET", QStringLiteral("/auth/logout")), 200);
    QCOMPARE(call("GET", QStringLiteral("/files?countPerPage=1")), 401);
}

void TstSimContent::tokenExpiry()
{
    QElapsedTimer sinceSignIn;
    sinceSignIn.start();
    QVERIFY(m_admin.signIn());
    QCOMPARE(m_admin.raw(QStringLiteral("/files?countPerPage=1")).status, 200);
    // The token lives 2 s (--token-ttl 2) from sign-in, however often it is used: ask until refused.
    SimProcess::RawReply r;
    QTRY_VERIFY_WITH_TIMEOUT((r = m_admin.raw(QStringLiteral("/files?countPerPage=1"))).status == 401, 20000);
    QVERIFY2(sinceSignIn.elapsed() >= 1000,  // (a bearer token's exp is in whole seconds)
              qPrintable(QStringLiteral("refused after %1 ms").arg(sinceSignIn.elapsed())));
    QVERIFY(SimTestClient::hasResponseStatus(r.body));
}

void TstSimContent::expireSessions()
{
    QVERIFY(m_admin.signIn());
    QCOMPARE(m_admin.raw(QStringLiteral("/files?countPerPage=1")).status, 200);
    QVERIFY(m_sim.expireSessions());
    QCOMPARE(m_admin.raw(QStringLiteral("/files?countPerPage=1")).status, 401);
    QVERIFY(m_admin.signIn());
    QCOMPARE(m_admin.raw(QStringLiteral("/files?countPerPage=1")).status, 200);
}

QTEST_GUILESS_MAIN(TstSimContent)
#include "tst_simcontent.moc"
