// ApiClient's session against a real evovoice-sim: sign-in, credentials (cookies, bearer token),
// expiry and silent re-sign-in, restored sessions, roles, and sign-out.
#include "apitesthelpers.h"

#include <QSignalSpy>

class TestApiSession final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void signInFillsSession();
    void cookieSessionAlone();
    void bearerTokenAlone();
    void expiryTriggersSilentResignIn();
    void failedResignInAsksForAuthentication();
    void restoredSessionWithoutPasswordAsksForAuthentication();
    void customerGetsForbiddenOnUsers();
    void signOut();

private:
    SimProcess m_sim;
};

void TestApiSession::initTestCase()
{
    QVERIFY2(m_sim.start({QStringLiteral("--files"), QStringLiteral("400")}), qPrintable(m_sim.errorString()));
}

void TestApiSession::init()
{
    QVERIFY(m_sim.clearFaults());
    QVERIFY(m_sim.clearRequests());
}

void TestApiSession::signInFillsSession()
{
    auto client = newSimClient(m_sim);
    QSignalSpy signedIn(client.get(), &ApiClient::signedIn);
    ApiError error;
    QVERIFY2(signInAs(*client, QStringLiteral("manager@example.com"), this, &error), qPrintable(error.userText()));
    QVERIFY(client->isSignedIn());
    QCOMPARE(signedIn.size(), 1);
    const AuthSession s = client->session();
    QVERIFY(s.isValid());
    QCOMPARE(s.origin, QStringLiteral("%1://127.0.0.1:%2").arg(m_sim.apiUrl().scheme()).arg(m_sim.apiUrl().port()));
    QVERIFY(s.hasRole(QStringLiteral("Manager")));
    QVERIFY(client->currentUser().isAuthenticated);
    QVERIFY(!client->currentUser().displayName().isEmpty());
    QCOMPARE(AuthSession::deserialize(s.serialize()).bearerToken, s.bearerToken);
    // The request carried JSON and the documented body.
    const QJsonArray log = m_sim.requests(QStringLiteral("api"), QStringLiteral("/auth/credentials"));
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.at(0).toObject().value(QStringLiteral("method")).toString(), QStringLiteral("POST"));

    // Wrong password: Unauthorized, not signed in.
    auto other = newSimClient(m_sim);
    const auto bad = waitFor<AuthSession>([&](auto cb) {
        other->signIn(QStringLiteral("manager@example.com"), QStringLiteral("wrong"), false, this, cb);
    });
    QVERIFY(bad);
    QCOMPARE(bad->error.kind(), ApiError::Kind::Unauthorized);
    QVERIFY(!other->isSignedIn());
}

void TestApiSession::cookieSessionAlone()
{
    auto first = newSimClient(m_sim);
    QVERIFY(signInAs(*first, QStringLiteral("manager@example.com"), this));
    AuthSession s = first->session();
    QVERIFY2(!s.ssId.isEmpty() || !s.ssPid.isEmpty(), "the sim sent no session cookie");
    s.bearerToken.clear();
    auto client = newSimClient(m_sim);
    client->restoreSession(s);
    QVERIFY(client->isSignedIn());
    m_sim.clearRequests();
    const auto r = waitFor<ListPage<FileInfo>>([&](auto cb) { client->listFiles(FileQuery(), this, cb); });
    QVERIFY(r && r->ok());
    QVERIFY(!r->value.items.isEmpty());
    const QJsonArray log = m_sim.requests(QStringLiteral("api"), QStringLiteral("/files"));
    QVERIFY(!log.isEmpty());
    const QJsonObject h = headersOf(log.last());
    QVERIFY(h.value(QStringLiteral("cookie")).toString().contains(QStringLiteral("ss-id=")));
    QVERIFY(!h.contains(QStringLiteral("authorization")));
}

void TestApiSession::bearerTokenAlone()
{
    auto first = newSimClient(m_sim);
    QVERIFY(signInAs(*first, QStringLiteral("manager@example.com"), this));
    AuthSession s = first->session();
    if (s.bearerToken.isEmpty())
        QSKIP("the simulator gives no bearer token");
    s.ssId.clear();
    s.ssPid.clear();
    auto client = newSimClient(m_sim);
    client->restoreSession(s);
    m_sim.clearRequests();
    const auto r = waitFor<ListPage<FileInfo>>([&](auto cb) { client->listFiles(FileQuery(), this, cb); });
    QVERIFY(r && r->ok());
    const QJsonObject h = headersOf(m_sim.requests(QStringLiteral("api"), QStringLiteral("/files")).last());
    QCOMPARE(h.value(QStringLiteral("authorization")).toString(), QStringLiteral("Bearer ") + QString::fromLatin1(s.bearerToken));
    QVERIFY(!h.contains(QStringLiteral("cookie")));
}

void TestApiSession::expiryTriggersSilentResignIn()
{
    auto client = newSimClient(m_sim);
    QVERIFY(signInAs(*client, QStringLiteral("manager@example.com"), this));
    QSignalSpy required(client.get(), &ApiClient::authenticationRequired);
    QSignalSpy changed(client.get(), &ApiClient::sessionChanged);
    const AuthSession before = client->session();
    QVERIFY(m_sim.expireSessions());
    m_sim.clearRequests();
    const auto r = waitFor<ListPage<FileInfo>>([&](auto cb) { client->listFiles(FileQuery(), this, cb); });
    QVERIFY(r);
    QVERIFY2(r->ok(), qPrintable(r->error.userText()));
    QCOMPARE(countRequests(m_sim, QStringLiteral("api"), QStringLiteral("POST"), QStringLiteral("/auth/credentials")), 1);
    QCOMPARE(countRequests(m_sim, QStringLiteral("api"), QStringLiteral("GET"), QStringLiteral("/files")), 2);
    QCOMPARE(required.size(), 0);
    QVERIFY(changed.size() >= 1);
    QVERIFY(!(client->session().ssId == before.ssId && client->session().bearerToken == before.bearerToken));
}

void TestApiSession::failedResignInAsksForAuthentication()
{
    auto client = newSimClient(m_sim);
    QVERIFY(signInAs(*client, QStringLiteral("manager@example.com"), this));
    QSignalSpy required(client.get(), &ApiClient::authenticationRequired);
    QVERIFY(m_sim.expireSessions());
    QVERIFY(m_sim.queueFault(QStringLiteral("/auth/credentials"), QStringLiteral("500"), 1));
    const auto r = waitFor<ListPage<FileInfo>>([&](auto cb) { client->listFiles(FileQuery(), this, cb); });
    QVERIFY(r);
    QCOMPARE(r->error.kind(), ApiError::Kind::Unauthorized);
    QCOMPARE(required.size(), 1);
    QCOMPARE(client->activeRequests(), 0);
}

void TestApiSession::restoredSessionWithoutPasswordAsksForAuthentication()
{
    auto first = newSimClient(m_sim);
    QVERIFY(signInAs(*first, QStringLiteral("manager@example.com"), this));
    auto client = newSimClient(m_sim);
    client->restoreSession(first->session());
    QTRY_COMPARE(client->activeRequests(), 0);
    QVERIFY(client->currentUser().isAuthenticated);
    QSignalSpy required(client.get(), &ApiClient::authenticationRequired);
    QVERIFY(m_sim.expireSessions());
    const auto r = waitFor<ListPage<FileInfo>>([&](auto cb) { client->listFiles(FileQuery(), this, cb); });
    QVERIFY(r);
    QCOMPARE(r->error.kind(), ApiError::Kind::Unauthorized);
    QCOMPARE(required.size(), 1);
}

void TestApiSession::customerGetsForbiddenOnUsers()
{
    auto client = newSimClient(m_sim);
    QVERIFY(signInAs(*client, QStringLiteral("customer@example.com"), this));
    const auto r = waitFor<ListPage<UserInfo>>([&](auto cb) { client->listUsers(LookupQuery(), this, cb); });
    QVERIFY(r);
    QCOMPARE(r->error.kind(), ApiError::Kind::Forbidden);
    QCOMPARE(r->error.httpStatus(), 403);
    QVERIFY(!r->error.userText().isEmpty());
    const auto files = waitFor<ListPage<FileInfo>>([&](auto cb) { client->listFiles(FileQuery(), this, cb); });
    QVERIFY(files && files->ok());
}

void TestApiSession::signOut()
{
    auto client = newSimClient(m_sim);
    QVERIFY(signInAs(*client, QStringLiteral("manager@example.com"), this));
    QSignalSpy out(client.get(), &ApiClient::signedOut);
    const auto r = waitFor<NoValue>([&](auto cb) { client->signOut(this, cb); });
    QVERIFY(r && r->ok());
    QVERIFY(!client->isSignedIn());
    QCOMPARE(out.size(), 1);
    QCOMPARE(countRequests(m_sim, QStringLiteral("api"), QStringLiteral("GET"), QStringLiteral("/auth/logout")), 1);
    const auto after = waitFor<ListPage<FileInfo>>([&](auto cb) { client->listFiles(FileQuery(), this, cb); });
    QVERIFY(after);
    QCOMPARE(after->error.kind(), ApiError::Kind::Unauthorized);
}

QTEST_GUILESS_MAIN(TestApiSession)
#include "tst_api_session.moc"
