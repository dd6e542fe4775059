// Offline: FileQuery's two forms, tolerant reading, dates, origin rules, refusal before sending.
#include "api/apiclient.h"
#include "api/fileinfobuilder.h"
#include "api/fileinforeader.h"
#include "api/filequery.h"
#include "api/isodate.h"
#include "api/originguard.h"
#include "api/retrypolicy.h"

#include <QSignalSpy>
#include <QTest>

class TestApiOffline final : public QObject
{
    Q_OBJECT
private slots:
    void apiQueryForm();
    void apiQueryEncodesPlus();
    void textRoundTrip();
    void textErrorsNameTheField();
    void textAcceptsApiNames();
    void dates_data();
    void dates();
    void tolerantReading();
    void topLevelErrors();
    void simplifiedTotals();
    void qtAndSimdjsonAgree();
    void builderAndOwnedBytes();
    void origins();
    void retryAfter();
    void passwordOverPlainHttpRefused();
};

static FileQuery fullQuery()
{
    FileQuery q;
    q.accountIds = {QStringLiteral("a1"), QStringLiteral("a2")};
    q.customerIds = {QStringLiteral("c1")};
    q.sessionId = QStringLiteral("s 1");
    q.fileName = QStringLiteral("call+report é");
    q.contentType = QStringLiteral("audio/");
    q.type = FileType::CallRecording;
    q.dateCreatedStart = QDateTime(QDate(2026, 11, 28), QTime(8, 0), Qt::UTC);
    q.dateCreatedEnd = QDateTime(QDate(2026, 11, 29), QTime(23, 59, 59, 999), Qt::UTC);
    q.userId = QStringLiteral("u7");
    q.transcriptionContains = QStringLiteral("refund & more");
    q.page = 3;
    q.all = true;
    q.countPerPage = 50;
    q.specificIds = {QStringLiteral("f1"), QStringLiteral("f,2")};
    q.sortField = QStringLiteral("DateCreated");
    q.sortOrder = FileQuery::SortOrder::Descend;
    q.simplifiedPaging = true;
    return q;
}

void TestApiOffline::apiQueryForm()
{
    const QUrlQuery api = fullQuery().toApiQuery();
    auto v = [&api](const char *k) { return api.queryItemValue(QLatin1String(k), QUrl::FullyDecoded); };
    QCOMPARE(v("AccountIds"), QStringLiteral("a1,a2"));
    QCOMPARE(v("CustomerIds"), QStringLiteral("c1"));
    QCOMPARE(v("SessionId"), QStringLiteral("s 1"));
    QCOMPARE(v("FileName"), QStringLiteral("call+report é"));
    QCOMPARE(v("ContentType"), QStringLiteral("audio/"));
    QCOMPARE(v("Type"), QStringLiteral("CallRecording"));
    QCOMPARE(v("DateCreatedStart"), QStringLiteral("2026-11-28T08:00:00Z"));
    QCOMPARE(v("DateCreatedEnd"), QStringLiteral("2026-11-29T23:59:59.999Z"));
    QCOMPARE(v("UserId"), QStringLiteral("u7"));
    QCOMPARE(v("TranscriptionContains"), QStringLiteral("refund & more"));
    QCOMPARE(v("Page"), QStringLiteral("3"));
    QCOMPARE(v("All"), QStringLiteral("true"));
    QCOMPARE(v("CountPerPage"), QStringLiteral("50"));
    QCOMPARE(v("SortField"), QStringLiteral("DateCreated"));
    QCOMPARE(v("SortOrder"), QStringLiteral("Descend"));
    QCOMPARE(v("SimplifiedPaging"), QStringLiteral("true"));
    // An empty query still sends the page and CountPerPage, nothing else.
    const QUrlQuery empty = FileQuery().toApiQuery();
    QCOMPARE(empty.queryItems().size(), 2);
    QCOMPARE(empty.queryItemValue(QStringLiteral("CountPerPage")), QStringLiteral("200"));
    QCOMPARE(empty.queryItemValue(QStringLiteral("Page")), QStringLiteral("0"));
}

void TestApiOffline::apiQueryEncodesPlus()
{
    FileQuery q;
    q.fileName = QStringLiteral("a+b");
    const QString encoded = q.toApiQuery().query(QUrl::FullyEncoded);
    QVERIFY2(encoded.contains(QStringLiteral("FileName=a%2Bb")), qPrintable(encoded));
}

void TestApiOffline::textRoundTrip()
{
    const FileQuery q = fullQuery();
    const QString text = q.toText();
    QString error;
    const auto back = FileQuery::fromText(text, &error);
    QVERIFY2(back.has_value(), qPrintable(error));
    QVERIFY2(*back == q, qPrintable(text + QStringLiteral(" -> ") + back->toText()));
    QCOMPARE(FileQuery::fromText(QString())->toText(), QString());
    QVERIFY(FileQuery::fromText(FileQuery().toText()).value() == FileQuery());
    QVERIFY(text.startsWith(QStringLiteral("type=CallRecording&accounts=a1,a2")));
    QCOMPARE(fullQuery().activeFilterCount(), 10);
}

void TestApiOffline::textErrorsNameTheField()
{
    QString error;
    QVERIFY(!FileQuery::fromText(QStringLiteral("type=Video"), &error));
    QVERIFY2(error.startsWith(QStringLiteral("type")), qPrintable(error));
    QVERIFY(!FileQuery::fromText(QStringLiteral("from=yesterday"), &error));
    QVERIFY2(error.startsWith(QStringLiteral("from")), qPrintable(error));
    QVERIFY(!FileQuery::fromText(QStringLiteral("pageSize=0"), &error));
    QVERIFY2(error.startsWith(QStringLiteral("pageSize")), qPrintable(error));
    QVERIFY(!FileQuery::fromText(QStringLiteral("order=sideways"), &error));
    QVERIFY2(error.startsWith(QStringLiteral("order")), qPrintable(error));
    QVERIFY(!FileQuery::fromText(QStringLiteral("colour=red"), &error));
    QVERIFY2(error.startsWith(QStringLiteral("colour")), qPrintable(error));
}

void TestApiOffline::textAcceptsApiNames()
{
    const auto q = FileQuery::fromText(QStringLiteral("AccountIds=a,b&type=callrecording&DateCreatedEnd=2026-01-31"
                                                      "&SortOrder=Ascend&CountPerPage=20&simplifiedpaging=true"));
    QVERIFY(q.has_value());
    QCOMPARE(q->accountIds, QStringList({QStringLiteral("a"), QStringLiteral("b")}));
    QCOMPARE(q->type.value(), FileType::CallRecording);
    QCOMPARE(q->dateCreatedEnd, QDateTime(QDate(2026, 1, 31), QTime(23, 59, 59, 999), Qt::UTC));
    QCOMPARE(q->sortOrder, FileQuery::SortOrder::Ascend);
    QCOMPARE(q->countPerPage, 20);
    QVERIFY(q->simplifiedPaging);
}

void TestApiOffline::dates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("ms");
    const qint64 base = QDateTime(QDate(2026, 11, 28), QTime(8, 0), Qt::UTC).toMSecsSinceEpoch();
    QTest::newRow("Z") << "2026-11-28T08:00:00Z" << base;
    QTest::newRow("no offset") << "2026-11-28T08:00:00" << base;
    QTest::newRow("fraction") << "2026-11-28T08:00:00.1234567Z" << base + 123;
    QTest::newRow("offset") << "2026-11-28T09:30:00+01:30" << base;
    QTest::newRow("offset compact") << "2026-11-28T03:00:00-0500" << base;
    QTest::newRow("servicestack") << "/Date(1764316800000-0000)/" << qint64(1764316800000);
    QTest::newRow("servicestack plain") << "/Date(1764316800000)/" << qint64(1764316800000);
    QTest::newRow("servicestack escaped") << "\\/Date(1764316800000+0100)\\/" << qint64(1764316800000);
    QTest::newRow("date only") << "2026-11-28" << base - 8 * 3600000;
    QTest::newRow("garbage") << "next tuesday" << IsoDate::kInvalid;
    QTest::newRow("bad month") << "2026-13-01T00:00:00Z" << IsoDate::kInvalid;
    QTest::newRow("feb 30") << "2026-02-30T00:00:00Z" << IsoDate::kInvalid;
    QTest::newRow("trailing") << "2026-11-28T08:00:00Zjunk" << IsoDate::kInvalid;
}

void TestApiOffline::dates()
{
    QFETCH(QString, text);
    QFETCH(qint64, ms);
    QCOMPARE(IsoDate::parseMs(text), ms);
}

void TestApiOffline::tolerantReading()
{
    const QByteArray json = R"({"items":[
        {"id":"f1","dateCreated":"/Date(1764316800000-0000)/","type":"CallRecording","accountName":"Acme",
         "contentLength":1234,"recordingDuration":61,"customerBreadcrumb":[{"id":"c0","name":"Top"},{"id":"c1","name":"Kid"}],
         "transcription":"héllo wörld","unknownExtra":{"deep":[1,2,3]}},
        {"id":"f2","dateCreated":"last week","type":"Hologram","contentLength":"77","recordingDuration":null,
         "accountName":null,"fileName":42,"customerBreadcrumb":"oops","transcription":false},
        17, "text", null, [1,2],
        {"Id":"f3","DateCreated":"2026-11-28T08:00:00.5+00:00","Type":2,"ContentLength":-5,"UserName":"Zoë 張"},
        {}
    ],"totalCount":"9","totalPages":1.0,"hasMorePages":"yes","extra":true})";
    ListPage<FileInfo> page;
    QString error;
    QVERIFY2(FileInfoReader::readList(json, &page, &error), qPrintable(error));
    QCOMPARE(page.items.size(), 4);
    QCOMPARE(page.totalCount, 9);
    QCOMPARE(page.totalPages, 1);
    QCOMPARE(page.hasMorePages, false);

    const FileInfo &a = page.items[0];
    QCOMPARE(a.id(), QStringLiteral("f1"));
    QCOMPARE(a.dateCreatedMs(), qint64(1764316800000));
    QCOMPARE(a.dateCreated(), QDateTime::fromMSecsSinceEpoch(1764316800000, Qt::UTC));
    QCOMPARE(a.type(), FileType::CallRecording);
    QCOMPARE(a.accountName(), QStringLiteral("Acme"));
    QCOMPARE(a.contentLength(), qint64(1234));
    QCOMPARE(a.recordingDuration(), 61);
    QCOMPARE(a.customerBreadcrumb().size(), 2);
    QCOMPARE(a.customerBreadcrumb().at(1).name, QStringLiteral("Kid"));
    QCOMPARE(a.text(FileField::CustomerBreadcrumb), QStringLiteral("Top \u203A Kid"));
    QCOMPARE(a.transcription(), QStringLiteral("héllo wörld"));
    QVERIFY(a.hasTranscription());
    QVERIFY(!a.hasAiTranscription());
    QCOMPARE(a.customerName(), QString());
    QCOMPARE(a.uri(), QUrl());

    const FileInfo &b = page.items[1];
    QCOMPARE(b.id(), QStringLiteral("f2"));
    QVERIFY(!b.dateCreated().isValid());
    QCOMPARE(b.dateCreatedMs(), IsoDate::kInvalid);
    QCOMPARE(b.dateCreatedText(), QStringLiteral("last week"));
    QCOMPARE(b.value(FileField::DateCreated).toString(), QStringLiteral("last week"));
    QCOMPARE(b.type(), FileType::Unknown);
    QCOMPARE(b.typeText(), QStringLiteral("Hologram"));
    QCOMPARE(b.contentLength(), qint64(77));
    QCOMPARE(b.recordingDuration(), -1);
    QCOMPARE(b.accountName(), QString());
    QCOMPARE(b.fileName(), QStringLiteral("42"));
    QVERIFY(b.customerBreadcrumb().isEmpty());
    QVERIFY(!b.hasTranscription());
    QVERIFY(!b.value(FileField::RecordingDuration).isValid());

    const FileInfo &c = page.items[2];
    QCOMPARE(c.id(), QStringLiteral("f3"));
    QCOMPARE(c.dateCreated(), QDateTime(QDate(2026, 11, 28), QTime(8, 0, 0, 500), Qt::UTC));
    QCOMPARE(c.type(), FileType::CallRecording);
    QCOMPARE(c.contentLength(), qint64(-1));
    QCOMPARE(c.userName(), QStringLiteral("Zoë 張"));

    const FileInfo &d = page.items[3];
    QVERIFY(!d.isNull());
    QCOMPARE(d.id(), QString());
    QCOMPARE(d.contentLength(), qint64(-1));

    FileInfo one;
    const QByteArray oneJson = R"({"id":"x","fileName":"a.wav","uri":"https://s.example/x?sig=1"})";
    QVERIFY(FileInfoReader::readOne(oneJson, &one));
    QCOMPARE(one.fileName(), QStringLiteral("a.wav"));
    QCOMPARE(one.uri(), QUrl(QStringLiteral("https://s.example/x?sig=1")));
    QVERIFY(FileInfo().isNull());
    QCOMPARE(FileInfo().id(), QString());
    QCOMPARE(FileInfo().contentLength(), qint64(-1));
}

void TestApiOffline::topLevelErrors()
{
    ListPage<FileInfo> page;
    QString error;
    QVERIFY(!FileInfoReader::readList("{\"items\":[{\"id\":\"a\"", &page, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!FileInfoReader::readList("[1,2]", &page, &error));
    QVERIFY(!FileInfoReader::readList("<html>oops</html>", &page, &error));
    QVERIFY(!FileInfoReader::readList("{\"items\":{}}", &page, &error));
    QVERIFY(!FileInfoReader::readList("", &page, &error));
    QVERIFY(FileInfoReader::readList("{\"items\":null}", &page, &error));
    QVERIFY(page.items.isEmpty());
    QVERIFY(FileInfoReader::readList("{}", &page, &error));
    QCOMPARE(page.totalCount, -1);
    FileInfo one;
    QVERIFY(!FileInfoReader::readOne("[]", &one, &error));
    QVERIFY(!FileInfoReader::readListQt("nope", &page, &error));
}

void TestApiOffline::simplifiedTotals()
{
    ListPage<FileInfo> page;
    const QByteArray simplified = R"({"items":[{"id":"a"}],"totalCount":0,"totalPages":0,"hasMorePages":true})";
    QVERIFY(FileInfoReader::readList(simplified, &page, nullptr, true));
    QCOMPARE(page.totalCount, -1);
    QVERIFY(!page.totalsKnown());
    QVERIFY(page.hasMorePages);
    const QByteArray zero = R"({"items":[],"totalCount":0,"totalPages":0})";
    QVERIFY(FileInfoReader::readList(zero, &page, nullptr, false));
    QCOMPARE(page.totalCount, 0);
}

void TestApiOffline::qtAndSimdjsonAgree()
{
    const QByteArray json = R"({"items":[{"id":"f1","dateCreated":"2026-11-28T08:00:00Z","type":"Fax","accountId":"a",
        "customerBreadcrumb":[{"id":"c","name":"C"}],"recordingDuration":12.0,"aiTranscription":"ok"}],"totalCount":1})";
    ListPage<FileInfo> a, b;
    QVERIFY(FileInfoReader::readList(json, &a));
    QVERIFY(FileInfoReader::readListQt(json, &b));
    QCOMPARE(a.items.size(), 1);
    QCOMPARE(b.items.size(), 1);
    for (int f = 0; f < kFileFieldCount; ++f)
        QCOMPARE(a.items[0].text(FileField(f)), b.items[0].text(FileField(f)));
    QCOMPARE(a.totalCount, b.totalCount);
}

void TestApiOffline::builderAndOwnedBytes()
{
    FileInfoBuilder builder;
    builder.setText(FileField::Id, QStringLiteral("abc"));
    builder.setText(FileField::AccountName, QStringLiteral("Shared"));
    builder.setText(FileField::Transcription, QStringLiteral("long text"));
    builder.setNumber(FileField::ContentLength, 10);
    const FileInfo f = builder.build();
    QCOMPARE(f.id(), QStringLiteral("abc"));
    QCOMPARE(f.accountName(), QStringLiteral("Shared"));
    QCOMPARE(f.contentLength(), qint64(10));
    QVERIFY(f.ownedBytes(false) > 0);
    QVERIFY(f.ownedBytes(true) > f.ownedBytes(false));
    FileInfoBuilder edit(f);
    edit.setText(FileField::FileName, QStringLiteral("renamed.wav"));
    const FileInfo g = edit.build();
    QCOMPARE(g.id(), QStringLiteral("abc"));
    QCOMPARE(g.fileName(), QStringLiteral("renamed.wav"));
    QCOMPARE(g.transcription(), QStringLiteral("long text"));
    QCOMPARE(f.fileName(), QString());
}

void TestApiOffline::origins()
{
    QVERIFY(OriginGuard::sameOrigin(QUrl(QStringLiteral("https://evovoice.io/files")),
                                    QUrl(QStringLiteral("https://EVOVOICE.io:443/x"))));
    QVERIFY(!OriginGuard::sameOrigin(QUrl(QStringLiteral("https://evovoice.io")), QUrl(QStringLiteral("http://evovoice.io"))));
    QVERIFY(!OriginGuard::sameOrigin(QUrl(QStringLiteral("http://127.0.0.1:80")), QUrl(QStringLiteral("http://127.0.0.2:80"))));
    QVERIFY(!OriginGuard::sameOrigin(QUrl(QStringLiteral("http://h:1")), QUrl(QStringLiteral("http://h:2"))));
    QVERIFY(OriginGuard::isDowngrade(QUrl(QStringLiteral("https://a")), QUrl(QStringLiteral("http://a"))));
    QVERIFY(OriginGuard::passwordAllowed(QUrl(QStringLiteral("http://127.0.0.1:5000"))));
    QVERIFY(OriginGuard::passwordAllowed(QUrl(QStringLiteral("http://localhost:5000"))));
    QVERIFY(OriginGuard::passwordAllowed(QUrl(QStringLiteral("http://[::1]:5000"))));
    QVERIFY(!OriginGuard::passwordAllowed(QUrl(QStringLiteral("http://evovoice.io"))));
    QVERIFY(OriginGuard::passwordAllowed(QUrl(QStringLiteral("https://evovoice.io"))));
}

void TestApiOffline::retryAfter()
{
    QCOMPARE(RetryPolicy::retryAfterMs("1"), 1000);
    QCOMPARE(RetryPolicy::retryAfterMs(""), -1);
    RetryPolicy p;
    p.setBaseDelay(100);
    for (int i = 0; i < 50; ++i) {
        const int d1 = p.delayFor(1);
        QVERIFY(d1 >= 50 && d1 <= 150);
        const int d3 = p.delayFor(3);
        QVERIFY(d3 >= 200 && d3 <= 600);
    }
    QVERIFY(p.delayFor(1, "2") >= 2000);
}

void TestApiOffline::passwordOverPlainHttpRefused()
{
    ApiClient client;
    QVERIFY(client.setServer(QUrl(QStringLiteral("http://evovoice.example"))));
    QString error;
    QVERIFY(!client.setServer(QUrl(QStringLiteral("ftp://x")), &error));
    QVERIFY(!error.isEmpty());
    bool called = false;
    ApiError got;
    client.signIn(QStringLiteral("a@example.com"), QStringLiteral("pw"), false, this, [&](const ApiResult<AuthSession> &r) {
        called = true;
        got = r.error;
    });
    QVERIFY(!called);  // never synchronous
    QTRY_VERIFY(called);
    QCOMPARE(got.kind(), ApiError::Kind::Usage);
    QVERIFY(!got.userText().isEmpty());
    QVERIFY(!client.isSignedIn());
    QCOMPARE(client.activeRequests(), 0);
}

QTEST_GUILESS_MAIN(TestApiOffline)
#include "tst_api_offline.moc"
