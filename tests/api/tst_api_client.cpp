// ApiClient against a real evovoice-sim over HTTP: the query form on the wire, the lookups,
// reading and patching a file, cancellation and stale replies. (Sessions: tst_api_session;
// retries and bad answers: tst_api_retry; downloads: tst_api_download.)
#include "apitesthelpers.h"

#include <QPointer>
#include <QSignalSpy>
#include <QUrlQuery>

class TestApiClient final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void filtersReachServerAsDocumented();
    void lookups();
    void getAndPatchFile();
    void cancelledReplyNeverDelivered();
    void deadContextGetsNoCallback();

private:
    SimProcess m_sim;
};

void TestApiClient::initTestCase()
{
    QVERIFY2(m_sim.start({QStringLiteral("--files"), QStringLiteral("400")}), qPrintable(m_sim.errorString()));
}

void TestApiClient::init()
{
    QVERIFY(m_sim.clearHolds());
    QVERIFY(m_sim.clearFaults());
    QVERIFY(m_sim.clearRequests());
}

void TestApiClient::filtersReachServerAsDocumented()
{
    auto client = newSimClient(m_sim);
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

void TestApiClient::lookups()
{
    auto client = newSimClient(m_sim);
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
    auto client = newSimClient(m_sim);
    QVERIFY(signInAs(*client, QStringLiteral("admin@example.com"), this));
    const QList<FileInfo> files = allFiles(*client, this);
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
    auto client = newSimClient(m_sim);
    QVERIFY(signInAs(*client, QStringLiteral("manager@example.com"), this));
    QVERIFY(m_sim.hold(QStringLiteral("/files")));
    int firstCalls = 0;
    FileQuery q1;
    q1.countPerPage = 5;
    QPointer<ApiCall> first = client->listFiles(q1, this, [&](const ApiResult<ListPage<FileInfo>> &) { ++firstCalls; });
    QCOMPARE(m_sim.waitForHeld(1).size(), 1);  // the first request is at the server, unanswered
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
    QCOMPARE(m_sim.release(), 1);  // now the first one is answered (or finds its connection gone)
    QCOMPARE(m_sim.held().size(), 0);  // (a round trip more for the client to read any reply)
    QCOMPARE(firstCalls, 0);
    QVERIFY(!first);  // deleted after cancel
    QCOMPARE(client->activeRequests(), 0);
}

void TestApiClient::deadContextGetsNoCallback()
{
    auto client = newSimClient(m_sim);
    QVERIFY(signInAs(*client, QStringLiteral("manager@example.com"), this));
    QVERIFY(m_sim.queueFault(QStringLiteral("/files"), QString(), 1, 400));
    auto *context = new QObject;
    bool called = false;
    client->listFiles(FileQuery(), context, [&called](const ApiResult<ListPage<FileInfo>> &) { called = true; });
    delete context;
    QTRY_COMPARE(client->activeRequests(), 0);
    QTest::qWait(50);  // deliberate: nothing happens for 50 ms (no callback after its context died)
    QVERIFY(!called);
}

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_api_client.moc"
