// HttpConnectionPool and HttpStreamReply on their own, against a real evovoice-sim: what the
// download path (RequestExecutor) counts on from any QNetworkReply — nothing emitted before
// get() returns, finished exactly once, abort() synchronous — and what this transport adds:
// idle connections reused, a request header with a line break never sent.
#include "api/httpconnectionpool.h"
#include "api/httpstreamreply.h"
#include "simprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTest>

#include <memory>

class TestApiHttpStream final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void getsABodyAndReusesTheConnection();
    void headerWithLineBreakIsNeverSent_data();
    void headerWithLineBreakIsNeverSent();
    void abortEndsAtOnce();
    void refusedConnectionIsANetworkError();

private:
    QNetworkRequest contentRequest(const QByteArray &extraName = {}, const QByteArray &extraValue = {}) const;
    int contentRequestsLogged();

    SimProcess m_sim;
    QByteArray m_token;
    QUrl m_content;       // an API-origin file body
    qint64 m_length = -1; // its size
};

void TestApiHttpStream::initTestCase()
{
    QVERIFY2(m_sim.start({QStringLiteral("--files"), QStringLiteral("50")}), qPrintable(m_sim.errorString()));
    m_token = m_sim.bearerToken(QStringLiteral("admin@example.com"));
    QVERIFY(!m_token.isEmpty());
    const auto list = m_sim.raw("GET", m_sim.url(QStringLiteral("/files?CountPerPage=50")), {},
                                {{"Authorization", "Bearer " + m_token}});
    QCOMPARE(list.status, 200);
    for (const QJsonValue &v : QJsonDocument::fromJson(list.body).object().value(QStringLiteral("items")).toArray()) {
        const QUrl uri(v.toObject().value(QStringLiteral("uri")).toString());
        if (uri.host() == m_sim.apiUrl().host()) {
            m_content = uri;
            m_length = qint64(v.toObject().value(QStringLiteral("contentLength")).toDouble());
            break;
        }
    }
    QVERIFY(m_content.isValid() && m_length > 0);
}

QNetworkRequest TestApiHttpStream::contentRequest(const QByteArray &extraName, const QByteArray &extraValue) const
{
    QNetworkRequest r(m_content);
    r.setRawHeader("Authorization", "Bearer " + m_token);
    if (!extraName.isEmpty())
        r.setRawHeader(extraName, extraValue);
    return r;
}

int TestApiHttpStream::contentRequestsLogged()
{
    return int(m_sim.requests(QStringLiteral("api"), m_content.path()).size());
}

void TestApiHttpStream::getsABodyAndReusesTheConnection()
{
    HttpConnectionPool pool;
    QVERIFY(HttpConnectionPool::canCarry(m_content));
    QVERIFY(!HttpConnectionPool::canCarry(QUrl(QStringLiteral("ftp://127.0.0.1/x"))));
    QVERIFY(m_sim.clearRequests());
    for (int round = 0; round < 2; ++round) {
        HttpStreamReply *reply = pool.get(contentRequest());
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QByteArray body;
        connect(reply, &QNetworkReply::readyRead, this, [&] { body += reply->takeBody(); });
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        body += reply->takeBody();
        QCOMPARE(qint64(body.size()), m_length);
        QCOMPARE(reply->rawHeader("Content-Length").toLongLong(), m_length);
        QCOMPARE(pool.idleCount(), 1);  // the connection went back
        delete reply;
    }
    const QJsonArray log = m_sim.requests(QStringLiteral("api"), m_content.path());
    QCOMPARE(log.size(), 2);
    QCOMPARE(log.at(0).toObject().value(QStringLiteral("peerPort")), log.at(1).toObject().value(QStringLiteral("peerPort")));
}

void TestApiHttpStream::headerWithLineBreakIsNeverSent_data()
{
    QTest::addColumn<bool>("onIdleConnection");  // sent from inside get(), or once connected
    QTest::newRow("new connection") << false;
    QTest::newRow("idle connection") << true;
}

void TestApiHttpStream::headerWithLineBreakIsNeverSent()
{
    // A token or cookie from a hostile server must not become a second header or request.
    QFETCH(bool, onIdleConnection);
    HttpConnectionPool pool;
    if (onIdleConnection) {
        HttpStreamReply *first = pool.get(contentRequest());
        QSignalSpy done(first, &QNetworkReply::finished);
        QVERIFY(done.wait(20000));
        delete first;
        QCOMPARE(pool.idleCount(), 1);
    }
    QVERIFY(m_sim.clearRequests());
    HttpStreamReply *reply = pool.get(contentRequest("X-Token", "a\r\nX-Injected: 1"));
    // Connected only now: a failure emitted from inside get() would be lost.
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QSignalSpy errors(reply, &QNetworkReply::errorOccurred);
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(reply->error(), QNetworkReply::ProtocolInvalidOperationError);
    QVERIFY(!reply->errorString().isEmpty());
    QTest::qWait(200);  // deliberate: nothing more may come
    QCOMPARE(finished.size(), 1);
    QCOMPARE(contentRequestsLogged(), 0);
    delete reply;
}

void TestApiHttpStream::abortEndsAtOnce()
{
    // RequestExecutor's timeout aborts and counts on finished() before abort() returns.
    QVERIFY(m_sim.hold(m_content.path()));
    HttpConnectionPool pool;
    HttpStreamReply *reply = pool.get(contentRequest());
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(!m_sim.waitForHeld(1).isEmpty());
    reply->abort();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(reply->error(), QNetworkReply::OperationCanceledError);
    QVERIFY(!reply->isOpen());
    reply->abort();  // twice: still one finished
    QCOMPARE(finished.size(), 1);
    QCOMPARE(pool.idleCount(), 0);  // an aborted connection is not kept
    // The simulator sees the client go away.
    QTRY_VERIFY_WITH_TIMEOUT(m_sim.held().isEmpty()
                                 || !m_sim.held().first().toObject().value(QStringLiteral("connected")).toBool(true),
                             10000);
    QVERIFY(m_sim.clearHolds());
    delete reply;
}

void TestApiHttpStream::refusedConnectionIsANetworkError()
{
    // A port nobody listens on (the simulator's, once it is stopped): a transport error that
    // RequestExecutor retries, never a hang.
    SimProcess gone;
    QVERIFY2(gone.start(), qPrintable(gone.errorString()));
    QUrl url = gone.apiUrl();
    url.setPath(QStringLiteral("/files/x/content"));
    gone.stop();
    HttpConnectionPool pool;
    HttpStreamReply *reply = pool.get(QNetworkRequest(url));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(20000));
    QCOMPARE(reply->error(), QNetworkReply::ConnectionRefusedError);
    QVERIFY(int(reply->error()) > 0 && int(reply->error()) < 200);
    delete reply;
}

QTEST_GUILESS_MAIN(TestApiHttpStream)
#include "tst_api_httpstream.moc"
