// Fault and latency controls (headers and /__sim/faults), the request log, keep-alive.
#include "simtestclient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QtTest>

class TstSimFaults final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void statusFaults();
    void malformed();
    void timeout();
    void cut();
    void delayDoesNotBlock();
    void queuedFaults();
    void requestLog();

private:
    SimProcess::RawReply fault(const QByteArray &kind, int timeoutMs = 10000);
    SimProcess m_sim;
    SimTestClient m_admin{m_sim};
};

void TstSimFaults::initTestCase()
{
    QVERIFY2(m_sim.start({QStringLiteral("--files"), QStringLiteral("200")}), qPrintable(m_sim.errorString()));
    QVERIFY(m_admin.signIn());
}

void TstSimFaults::init()
{
    QVERIFY(m_sim.clearFaults());
}

SimProcess::RawReply TstSimFaults::fault(const QByteArray &kind, int timeoutMs)
{
    return m_sim.raw("GET", m_sim.url(QStringLiteral("/files?countPerPage=5")), {},
                     m_admin.auth() + QList<QPair<QByteArray, QByteArray>>{{"X-Sim-Fault", kind}}, timeoutMs);
}

void TstSimFaults::statusFaults()
{
    for (const int code : {500, 503, 429, 401}) {
        const SimProcess::RawReply r = fault(QByteArray::number(code));
        QCOMPARE(r.status, code);
        QVERIFY(SimTestClient::hasResponseStatus(r.body));
        if (code == 429)
            QCOMPARE(r.header("Retry-After"), QByteArray("1"));
    }
    QCOMPARE(m_admin.raw(QStringLiteral("/files?countPerPage=5")).status, 200); // the token still works
}

void TstSimFaults::malformed()
{
    const SimProcess::RawReply r = fault("malformed");
    QCOMPARE(r.status, 200);
    QJsonParseError error;
    QJsonDocument::fromJson(r.body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);
}

void TstSimFaults::timeout()
{
    QElapsedTimer t;
    t.start();
    const SimProcess::RawReply r = fault("timeout", 1000);
    QCOMPARE(r.status, 0); // aborted by the client after 1 s
    QVERIFY(t.elapsed() >= 950);
}

void TstSimFaults::cut()
{
    QNetworkAccessManager nam;
    QNetworkRequest req(m_sim.url(QStringLiteral("/files?countPerPage=50")));
    req.setRawHeader("Authorization", "Bearer " + m_admin.token());
    req.setRawHeader("X-Sim-Fault", "cut");
    QNetworkReply *reply = nam.get(req);
    QSignalSpy spy(reply, &QNetworkReply::finished);
    QVERIFY(spy.wait(10000));
    const QByteArray body = reply->readAll();
    const qint64 declared = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    QVERIFY2(reply->error() != QNetworkReply::NoError || body.size() < declared, qPrintable(reply->errorString()));
    delete reply;
}

void TstSimFaults::delayDoesNotBlock()
{
    QNetworkAccessManager nam;
    QNetworkRequest slow(m_sim.url(QStringLiteral("/files?countPerPage=5")));
    slow.setRawHeader("Authorization", "Bearer " + m_admin.token());
    slow.setRawHeader("X-Sim-Delay-Ms", "2000");
    QNetworkRequest fast(m_sim.url(QStringLiteral("/files?countPerPage=5&page=1")));
    fast.setRawHeader("Authorization", "Bearer " + m_admin.token());
    QElapsedTimer t;
    t.start();
    QNetworkReply *a = nam.get(slow);
    QNetworkReply *b = nam.get(fast);
    qint64 fastAt = -1, slowAt = -1;
    connect(b, &QNetworkReply::finished, this, [&] { fastAt = t.elapsed(); });
    connect(a, &QNetworkReply::finished, this, [&] { slowAt = t.elapsed(); });
    QTRY_VERIFY_WITH_TIMEOUT(slowAt >= 0 && fastAt >= 0, 10000);
    QVERIFY2(fastAt < 1000, qPrintable(QString::number(fastAt)));
    QVERIFY2(slowAt >= 1900, qPrintable(QString::number(slowAt)));
    QCOMPARE(a->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    delete a;
    delete b;
}

void TstSimFaults::queuedFaults()
{
    QVERIFY(m_sim.queueFault(QStringLiteral("/files"), QStringLiteral("503"), 2));
    QCOMPARE(m_admin.raw(QStringLiteral("/files")).status, 503);
    QCOMPARE(m_admin.raw(QStringLiteral("/files")).status, 503);
    QCOMPARE(m_admin.raw(QStringLiteral("/files")).status, 200);
    // Method and origin matching; a pure delay.
    QVERIFY(m_sim.queueFault(QJsonObject{{"path", "/files"}, {"method", "PATCH"}, {"fault", "500"}, {"count", 1}}));
    QCOMPARE(m_admin.raw(QStringLiteral("/files")).status, 200);
    QVERIFY(m_sim.queueFault(QJsonObject{{"path", "/"}, {"fault", "500"}, {"origin", "storage"}}));
    QCOMPARE(m_admin.raw(QStringLiteral("/files")).status, 200);
    QVERIFY(m_sim.clearFaults());
    QVERIFY(m_sim.queueFault(QStringLiteral("/accounts"), QString(), 1, 600));
    QElapsedTimer t;
    t.start();
    QCOMPARE(m_admin.raw(QStringLiteral("/accounts")).status, 200);
    QVERIFY(t.elapsed() >= 550);
    QVERIFY(!m_sim.queueFault(QStringLiteral("/files"), QStringLiteral("explode")));
}

void TstSimFaults::requestLog()
{
    QVERIFY(m_sim.clearRequests());
    m_admin.raw(QStringLiteral("/files?countPerPage=3"), "GET", {{"X-Custom-Header", "Yes"}});
    const QJsonArray log = m_sim.requests();
    QCOMPARE(log.size(), 1); // control routes are not logged
    const QJsonObject e = log.first().toObject();
    QCOMPARE(e.value(QStringLiteral("origin")).toString(), QStringLiteral("api"));
    QCOMPARE(e.value(QStringLiteral("method")).toString(), QStringLiteral("GET"));
    QCOMPARE(e.value(QStringLiteral("path")).toString(), QStringLiteral("/files"));
    QCOMPARE(e.value(QStringLiteral("query")).toString(), QStringLiteral("countPerPage=3"));
    QCOMPARE(e.value(QStringLiteral("status")).toInt(), 200);
    const QJsonObject headers = e.value(QStringLiteral("headers")).toObject();
    QCOMPARE(headers.value(QStringLiteral("x-custom-header")).toString(), QStringLiteral("Yes"));
    QVERIFY(headers.value(QStringLiteral("authorization")).toString().startsWith(QLatin1String("Bearer ")));
}

QTEST_GUILESS_MAIN(TstSimFaults)
#include "tst_simfaults.moc"
