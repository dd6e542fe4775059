// ApiClient against a real evovoice-sim over HTTP: query form on the wire, credentials, expiry
// and silent re-sign-in, roles, cancellation and stale replies, retries, timeouts, bad bodies,
// origin rules for downloads, Range, and the per-host cap.
#include "apitesthelpers.h"

#include <QBuffer>
#include <QPointer>
#include <QSignalSpy>
#include <QUrlQuery>

class TestApiClient final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void signInFillsSession();
    void filtersReachServerAsDocumented();
    void cookieSessionAlone();
    void bearerTokenAlone();
    void expiryTriggersSilentResignIn();
    void failedResignInAsksForAuthentication();
    void restoredSessionWithoutPasswordAsksForAuthentication();
    void customerGetsForbiddenOnUsers();
    void lookups();
    void getAndPatchFile();
    void cancelledReplyNeverDelivered();
    void deadContextGetsNoCallback();
    void retriesServerErrors();
    void givesUpAfterMaxRetries();
    void retriesCutConnections();
    void honoursRetryAfter();
    void patchIsNotRetried();
    void timeout();
    void malformedJsonIsBadResponse();
    void storageDownloadCarriesNoCredentials();
    void apiDownloadWithRangeOffset();
    void perHostConcurrencyCap();
    void signOut();

private:
    std::unique_ptr<ApiClient> newClient();
    QList<FileInfo> allFiles(ApiClient &client);

    SimProcess m_sim;
};

void TestApiClient::initTestCase()
{
    QVERIFY2(m_sim.start({QStringLiteral("--files"), QStringLiteral("400")}), qPrintable(m_sim.errorString()));
}

void TestApiClient::init()
{
    QVERIFY(m_sim.clearFaults());
    QVERIFY(m_sim.clearRequests());
}

std::unique_ptr<ApiClient> TestApiClient::newClient()
{
    auto client = std::make_unique<ApiClient>();
    client->setServer(m_sim.apiUrl());
    client->setRetryBaseDelay(10);
    return client;
}

QList<FileInfo> TestApiClient::allFiles(ApiClient &client)
{
    FileQuery q;
    q.all = true;
    q.countPerPage = 1000;
    const auto r = waitFor<ListPage<FileInfo>>([&](auto cb) { client.listFiles(q, this, cb); });
    return r && r->ok() ? r->value.items : QList<FileInfo>();
}

void TestApiClient::signInFillsSession()
{
    auto client = newClient();
    QSignalSpy signedIn(client.get(), &ApiClient::signedIn);
    ApiError error;
    QVERIFY2(signInAs(*client, QStringLiteral("manager@example.com"), this, &error), qPrintable(error.userText()));
    QVERIFY(client->isSignedIn());
    QCOMPARE(signedIn.size(), 1);
    const AuthSession s = client->session();
    QVERIFY(s.isValid());
    QCOMPARE(s.origin, QStringLiteral("http://127.0.0.1:%1").arg(m_sim.apiUrl().port()));
    QVERIFY(s.hasRole(QStringLiteral("Manager")));
    QVERIFY(client->currentUser().isAuthenticated);
    QVERIFY(!client->currentUser().displayName().isEmpty());
    QCOMPARE(AuthSession::deserialize(s.serialize()).bearerToken, s.bearerToken);
    // The request carried JSON and the documented body.
    const QJsonArray log = m_sim.requests(QStringLiteral("api"), QStringLiteral("/auth/credentials"));
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.at(0).toObject().value(QStringLiteral("method")).toString(), QStringLiteral("POST"));

    // Wrong password: Unauthorized, not signed in.
    auto other = newClient();
    const auto bad = waitFor<AuthSession>([&](auto cb) {
        other->signIn(QStringLiteral("manager@example.com"), QStringLiteral("wrong"), false, this, cb);
    });
    QVERIFY(bad);
    QCOMPARE(bad->error.kind(), ApiError::Kind::Unauthorized);
    QVERIFY(!other->isSignedIn());
}

void TestApiClient::filtersReachServerAsDocumented()
{
    auto client = newClient();
    QVERIFY(signInAs(*client, QStringLiteral("admin@example.com"), this));
    FileQuery q;
    q.accountIds = {QStringLiteral("acc-1"), QStringLiteral("acc-2")};
    q.customerIds = {QStringLiteral("cus-1")};
    q.sessionId = QStringLiteral("sess-9");
    q.fileName = QStringLiteral("a+b c");
    q.contentType = QStringLiteral("audio/wav");
    q.type = FileType::VoiceMessage;
    q.dateCreatedStart = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    q.dateCreatedEnd = QDateTime(QDate(2026, 11, 28), QTime(8, 0), Qt::UTC);
    q.userId = QStringLiteral("user-3");
    q.transcriptionContains = QStringLiteral("refund");
    q.page = 2;
    q.countPerPage = 25;
    q.specificIds = {QStringLiteral("f1"), QStringLiteral("f2")};
    q.sortField = QStringLiteral("FileName");
    q.sortOrder = FileQuery::SortOrder::Ascend;
    q.simplifiedPaging = true;
    const auto r = waitFor<ListPage<FileInfo>>([&](auto cb) { client->listFiles(q, this, cb); });
    QVERIFY(r);
    QVERIFY2(r->ok(), qPrintable(r->error.userText()));

    const QJsonArray log = m_sim.requests(QStringLiteral("api"), QStringLiteral("/files"));
    QCOMPARE(log.size(), 1);
    const QJsonObject entry = log.at(0).toObject();
    QCOMPARE(entry.value(QStringLiteral("method")).toString(), QStringLiteral("GET"));
    QCOMPARE(headersOf(entry).value(QStringLiteral("accept")).toString(), QStringLiteral("application/json"));
    const QString raw = entry.value(QStringLiteral("query")).toString();
    const QUrlQuery sent(raw);
    auto v = [&sent](const char *k) { return sent.queryItemValue(QLatin1String(k), QUrl::FullyDecoded); };
    QCOMPARE(v("AccountIds"), QStringLiteral("acc-1,acc-2"));
    QCOMPARE(v("CustomerIds"), QStringLiteral("cus-1"));
    QCOMPARE(v("SessionId"), QStringLiteral("sess-9"));
    QVERIFY2(raw.contains(QStringLiteral("FileName=a%2Bb%20c")), qPrintable(raw));
    QCOMPARE(v("ContentType"), QStringLiteral("audio/wav"));
    QCOMPARE(v("Type"), QStringLiteral("VoiceMessage"));
    QCOMPARE(v("DateCreatedStart"), QStringLiteral("2026-01-01T00:00:00Z"));
    QCOMPARE(v("DateCreatedEnd"), QStringLiteral("2026-11-28T08:00:00Z"));
    QCOMPARE(v("UserId"), QStringLiteral("user-3"));
    QCOMPARE(v("TranscriptionContains"), QStringLiteral("refund"));
    QCOMPARE(v("Page"), QStringLiteral("2"));
    QCOMPARE(v("CountPerPage"), QStringLiteral("25"));
    QCOMPARE(v("SpecificIds"), QStringLiteral("f1,f2"));
    QCOMPARE(v("SortField"), QStringLiteral("FileName"));
    QCOMPARE(v("SortOrder"), QStringLiteral("Ascend"));
    QCOMPARE(v("SimplifiedPaging"), QStringLiteral("true"));
    QVERIFY(!sent.hasQueryItem(QStringLiteral("All")));
}

void TestApiClient::cookieSessionAlone()
{
    auto first = newClient();
    QVERIFY(signInAs(*first, QStringLiteral("manager@example.com"), this));
    AuthSession s = first->session();
    QVERIFY2(!s.ssId.isEmpty() || !s.ssPid.isEmpty(), "the sim sent no session cookie");
    s.bearerToken.clear();
    auto client = newClient();
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

void TestApiClient::bearerTokenAlone()
{
    auto first = newClient();
    QVERIFY(signInAs(*first, QStringLiteral("manager@example.com"), this));
    AuthSession s = first->session();
    if (s.bearerToken.isEmpty())
        QSKIP("the simulator gives no bearer token");
    s.ssId.clear();
    s.ssPid.clear();
    auto client = newClient();
    client->restoreSession(s);
    m_sim.clearRequests();
    const auto r = waitFor<ListPage<FileInfo>>([&](auto cb) { client->listFiles(FileQuery(), this, cb); });
    QVERIFY(r && r->ok());
    const QJsonObject h = headersOf(m_sim.requests(QStringLiteral("api"), QStringLiteral("/files")).last());
    QCOMPARE(h.value(QStringLiteral("authorization")).toString(), QStringLiteral("Bearer ") + QString::fromLatin1(s.bearerToken));
    QVERIFY(!h.contains(QStringLiteral("cookie")));
}

void TestApiClient::expiryTriggersSilentResignIn()
{
    auto client = newClient();
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

void TestApiClient::failedResignInAsksForAuthentication()
{
    auto client = newClient();
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

void TestApiClient::restoredSessionWithoutPasswordAsksForAuthentication()
{
    auto first = newClient();
    QVERIFY(signInAs(*first, QStringLiteral("manager@example.com"), this));
    auto client = newClient();
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

void TestApiClient::customerGetsForbiddenOnUsers()
{
    auto client = newClient();
    QVERIFY(signInAs(*client, QStringLiteral("customer@example.com"), this));
    const auto r = waitFor<ListPage<UserInfo>>([&](auto cb) { client->listUsers(LookupQuery(), this, cb); });
    QVERIFY(r);
    QCOMPARE(r->error.kind(), ApiError::Kind::Forbidden);
    QCOMPARE(r->error.httpStatus(), 403);
    QVERIFY(!r->error.userText().isEmpty());
    const auto files = waitFor<ListPage<FileInfo>>([&](auto cb) { client->listFiles(FileQuery(), this, cb); });
    QVERIFY(files && files->ok());
}

void TestApiClient::lookups()
{
    auto client = newClient();
    QVERIFY(signInAs(*client, QStringLiteral("admin@example.com"), this));
    const auto accounts = waitFor<ListPage<AccountInfo>>([&](auto cb) { client->listAccounts(LookupQuery(), this, cb); });
    QVERIFY(accounts && accounts->ok());
    QVERIFY(!accounts->value.items.isEmpty());
    const AccountInfo first = accounts->value.items.first();
    QVERIFY(!first.id.isEmpty() && !first.name.isEmpty());
    const auto one = waitFor<AccountInfo>([&](auto cb) { client->getAccount(first.id, this, cb); });
    QVERIFY(one && one->ok());
    QCOMPARE(one->value.id, first.id);
    LookupQuery cq;
    cq.accountIds = {first.id};
    const auto customers = waitFor<ListPage<CustomerInfo>>([&](auto cb) { client->listCustomers(cq, this, cb); });
    QVERIFY(customers && customers->ok());
    for (const CustomerInfo &c : customers->value.items)
        QCOMPARE(c.accountId, first.id);
    const auto users = waitFor<ListPage<UserInfo>>([&](auto cb) { client->listUsers(LookupQuery(), this, cb); });
    QVERIFY(users && users->ok());
    QVERIFY(!users->value.items.isEmpty());
    const QString q = m_sim.requests(QStringLiteral("api"), QStringLiteral("/customers")).last().toObject().value(QStringLiteral("query")).toString();
    QVERIFY2(q.contains(QStringLiteral("accountIds=")) && q.contains(QStringLiteral("countPerPage=")), qPrintable(q));
}

void TestApiClient::getAndPatchFile()
{
    auto client = newClient();
    QVERIFY(signInAs(*client, QStringLiteral("admin@example.com"), this));
    const QList<FileInfo> files = allFiles(*client);
    QVERIFY(!files.isEmpty());
    const FileInfo f = files.first();
    const auto got = waitFor<FileInfo>([&](auto cb) { client->getFile(f.id(), this, cb); });
    QVERIFY(got && got->ok());
    QCOMPARE(got->value.id(), f.id());
    QCOMPARE(got->value.fileName(), f.fileName());
    FilePatch patch;
    patch.fileName = QStringLiteral("renamed by test ü.wav");
    const auto patched = waitFor<FileInfo>([&](auto cb) { client->patchFile(f.id(), patch, this, cb); });
    QVERIFY(patched);
    QVERIFY2(patched->ok(), qPrintable(patched->error.userText()));
    QCOMPARE(patched->value.fileName(), *patch.fileName);
    const auto again = waitFor<FileInfo>([&](auto cb) { client->getFile(f.id(), this, cb); });
    QVERIFY(again && again->ok());
    QCOMPARE(again->value.fileName(), *patch.fileName);
    const auto missing = waitFor<FileInfo>([&](auto cb) { client->getFile(QStringLiteral("no-such-file"), this, cb); });
    QVERIFY(missing && !missing->ok());
    QCOMPARE(missing->error.httpStatus(), 404);
}

void TestApiClient::cancelledReplyNeverDelivered()
{
    auto client = newClient();
    QVERIFY(signInAs(*client, QStringLiteral("manager@example.com"), this));
    QVERIFY(m_sim.queueFault(QStringLiteral("/files"), QString(), 1, 800));
    int firstCalls = 0;
    FileQuery q1;
    q1.countPerPage = 5;
    QPointer<ApiCall> first = client->listFiles(q1, this, [&](const ApiResult<ListPage<FileInfo>> &) { ++firstCalls; });
    QTest::qWait(100);
    QVERIFY(first);
    first->cancel();
    QVERIFY(!first || first->isFinished());
    FileQuery q2;
    q2.countPerPage = 7;
    std::optional<ApiResult<ListPage<FileInfo>>> second;
    client->listFiles(q2, this, [&](const ApiResult<ListPage<FileInfo>> &r) { second = r; });
    QTRY_VERIFY(second.has_value());
    QVERIFY(second->ok());
    QCOMPARE(second->value.items.size(), 7);
    QTest::qWait(1200);  // the delayed first reply would have arrived by now
    QCOMPARE(firstCalls, 0);
    QVERIFY(!first);  // deleted after cancel
    QCOMPARE(client->activeRequests(), 0);
}

void TestApiClient::deadContextGetsNoCallback()
{
    auto client = newClient();
    QVERIFY(signInAs(*client, QStringLiteral("manager@example.com"), this));
    QVERIFY(m_sim.queueFault(QStringLiteral("/files"), QString(), 1, 400));
    auto *context = new QObject;
    bool called = false;
    client->listFiles(FileQuery(), context, [&called](const ApiResult<ListPage<FileInfo>> &) { called = true; });
    delete context;
    QTRY_COMPARE(client->activeRequests(), 0);
    QTest::qWait(50);
    QVERIFY(!called);
}

void TestApiClient::retriesServerErrors()
{
    auto client = newClient();
    QVERIFY(signInAs(*client, QStringLiteral("manager@example.com"), this));
    QVERIFY(m_sim.queueFault(QStringLiteral("/files"), QStringLiteral("500"), 2));
    m_sim.clearRequests();
    const auto r = waitFor<ListPage<FileInfo>>([&](auto cb) { client->listFiles(FileQuery(), this, cb); });
    QVERIFY(r);
    QVERIFY2(r->ok(), qPrintable(r->error.userText()));
    QCOMPARE(countRequests(m_sim, QStringLiteral("api"), QStringLiteral("GET"), QStringLiteral("/files")), 3);
}

void TestApiClient::givesUpAfterMaxRetries()
{
    auto client = newClient();
    QVERIFY(signInAs(*client, QStringLiteral("manager@example.com"), this));
    QVERIFY(m_sim.queueFault(QStringLiteral("/files"), QStringLiteral("500"), 5));
    m_sim.clearRequests();
    const auto r = waitFor<ListPage<FileInfo>>([&](auto cb) { client->listFiles(FileQuery(), this, cb); });
    QVERIFY(r);
    QCOMPARE(r->error.kind(), ApiError::Kind::Http);
    QCOMPARE(r->error.httpStatus(), 500);
    QVERIFY(!r->error.message().isEmpty());
    QCOMPARE(countRequests(m_sim, QStringLiteral("api"), QStringLiteral("GET"), QStringLiteral("/files")), 4);
}

void TestApiClient::retriesCutConnections()
{
    auto client = newClient();
    QVERIFY(signInAs(*client, QStringLiteral("manager@example.com"), this));
    QVERIFY(m_sim.queueFault(QStringLiteral("/files"), QStringLiteral("cut"), 2));
    const auto r = waitFor<ListPage<FileInfo>>([&](auto cb) { client->listFiles(FileQuery(), this, cb); });
    QVERIFY(r);
    QVERIFY2(r->ok(), qPrintable(r->error.userText()));
    QVERIFY(!r->value.items.isEmpty());
}

void TestApiClient::honoursRetryAfter()
{
    auto client = newClient();
    QVERIFY(signInAs(*client, QStringLiteral("manager@example.com"), this));
    QVERIFY(m_sim.queueFault(QStringLiteral("/files"), QStringLiteral("429"), 1));
    QElapsedTimer t;
    t.start();
    const auto r = waitFor<ListPage<FileInfo>>([&](auto cb) { client->listFiles(FileQuery(), this, cb); });
    QVERIFY(r && r->ok());
    QVERIFY2(t.elapsed() >= 950, qPrintable(QString::number(t.elapsed())));
}

void TestApiClient::patchIsNotRetried()
{
    auto client = newClient();
    QVERIFY(signInAs(*client, QStringLiteral("admin@example.com"), this));
    const QList<FileInfo> files = allFiles(*client);
    QVERIFY(!files.isEmpty());
    QVERIFY(m_sim.queueFault(QStringLiteral("/files/"), QStringLiteral("500"), 1));
    m_sim.clearRequests();
    FilePatch patch;
    patch.fileName = QStringLiteral("x.wav");
    const auto r = waitFor<FileInfo>([&](auto cb) { client->patchFile(files.last().id(), patch, this, cb); });
    QVERIFY(r);
    QCOMPARE(r->error.httpStatus(), 500);
    QCOMPARE(m_sim.requests(QStringLiteral("api"), QStringLiteral("/files/")).size(), 1);
}

void TestApiClient::timeout()
{
    auto client = newClient();
    QVERIFY(signInAs(*client, QStringLiteral("manager@example.com"), this));
    client->setRequestTimeout(500);
    QVERIFY(m_sim.queueFault(QStringLiteral("/files"), QStringLiteral("timeout"), 1));
    QElapsedTimer t;
    t.start();
    const auto r = waitFor<ListPage<FileInfo>>([&](auto cb) { client->listFiles(FileQuery(), this, cb); });
    QVERIFY(r);
    QCOMPARE(r->error.kind(), ApiError::Kind::Timeout);
    QVERIFY(t.elapsed() < 5000);
}

void TestApiClient::malformedJsonIsBadResponse()
{
    auto client = newClient();
    QVERIFY(signInAs(*client, QStringLiteral("manager@example.com"), this));
    QVERIFY(m_sim.queueFault(QStringLiteral("/files"), QStringLiteral("malformed"), 1));
    const auto r = waitFor<ListPage<FileInfo>>([&](auto cb) { client->listFiles(FileQuery(), this, cb); });
    QVERIFY(r);
    QCOMPARE(r->error.kind(), ApiError::Kind::BadResponse);
    QVERIFY(!r->error.userText().isEmpty());
}

void TestApiClient::storageDownloadCarriesNoCredentials()
{
    auto client = newClient();
    QVERIFY(signInAs(*client, QStringLiteral("admin@example.com"), this));
    FileInfo onStorage;
    for (const FileInfo &f : allFiles(*client)) {
        if (f.uri().host() == m_sim.storageUrl().host()) {
            onStorage = f;
            break;
        }
    }
    QVERIFY2(!onStorage.isNull(), "no file on the storage origin");
    m_sim.clearRequests();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QList<qint64> progress;
    const auto r = waitFor<qint64>([&](auto cb) {
        ApiCall *call = client->download(onStorage.uri(), &buffer, 0, this, cb);
        connect(call, &ApiCall::progress, this, [&progress](qint64 received, qint64) { progress << received; });
    });
    QVERIFY(r);
    QVERIFY2(r->ok(), qPrintable(r->error.userText()));
    QVERIFY(r->value > 0);
    QCOMPARE(qint64(buffer.data().size()), r->value);
    QVERIFY(!progress.isEmpty());
    const QJsonArray storage = m_sim.requests(QStringLiteral("storage"), QString());
    QVERIFY(!storage.isEmpty());
    for (const QJsonValue &e : storage) {
        const QJsonObject h = headersOf(e);
        QVERIFY(!h.contains(QStringLiteral("authorization")));
        QVERIFY(!h.contains(QStringLiteral("cookie")));
    }
}

void TestApiClient::apiDownloadWithRangeOffset()
{
    auto client = newClient();
    QVERIFY(signInAs(*client, QStringLiteral("admin@example.com"), this));
    FileInfo onApi;
    for (const FileInfo &f : allFiles(*client)) {
        if (f.uri().host() == m_sim.apiUrl().host() || f.uri().isRelative()) {
            onApi = f;
            break;
        }
    }
    QVERIFY(!onApi.isNull());
    QBuffer whole;
    whole.open(QIODevice::WriteOnly);
    const auto full = waitFor<qint64>([&](auto cb) { client->download(onApi.uri(), &whole, 0, this, cb); });
    QVERIFY(full);
    QVERIFY2(full->ok(), qPrintable(full->error.userText()));
    QVERIFY(full->value > 100);
    const qint64 offset = full->value / 3;
    QBuffer tail;
    tail.open(QIODevice::WriteOnly);
    m_sim.clearRequests();
    const auto part = waitFor<qint64>([&](auto cb) { client->download(onApi.uri(), &tail, offset, this, cb); });
    QVERIFY(part && part->ok());
    QCOMPARE(part->value, full->value - offset);
    QCOMPARE(tail.data(), whole.data().mid(offset));
    const QJsonObject h = headersOf(m_sim.requests(QStringLiteral("api"), QString()).last());
    QCOMPARE(h.value(QStringLiteral("range")).toString(), QStringLiteral("bytes=%1-").arg(offset));
}

void TestApiClient::perHostConcurrencyCap()
{
    auto client = newClient();
    QVERIFY(signInAs(*client, QStringLiteral("manager@example.com"), this));
    client->setMaxConcurrentPerHost(2);
    QVERIFY(m_sim.queueFault(QStringLiteral("/files"), QString(), 6, 300));
    int done = 0;
    int maxActive = 0;
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < 6; ++i)
        client->listFiles(FileQuery(), this, [&](const ApiResult<ListPage<FileInfo>> &r) {
            QVERIFY(r.ok());
            ++done;
        });
    maxActive = client->activeRequests();
    QTRY_COMPARE_WITH_TIMEOUT(done, 6, 10000);
    // Three waves of two requests of 300 ms each.
    QVERIFY2(t.elapsed() >= 850, qPrintable(QString::number(t.elapsed())));
    QCOMPARE(maxActive, 6);  // all six are active calls; only two on the wire at once
}

void TestApiClient::signOut()
{
    auto client = newClient();
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

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_api_client.moc"
