// JSON export writes the items as the API sent them: the readers record each item's byte span
// (simdjson and Qt's parser agree), and `files export --format json` and the export core (the
// window's selection, fetched again by id) write exactly those bytes, even for fields the client
// does not know and escapes it would write differently. Compared byte for byte with the page
// the simulator sends (fetched again with QNetworkAccessManager).
#include "api/apiclient.h"
#include "api/fileinforeader.h"
#include "apiwait.h"
#include "export/exportjob.h"
#include "signedinclient.h"
#include "simprocess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

namespace {

// Fields the client does not know, with escapes and odd Unicode (an escaped surrogate pair, an
// escaped slash, RTL override, raw Hebrew and emoji, a number form Qt would rewrite).
const QByteArray kUnknown =
    R"("zUnknown":{"nested":[1,-2.50e-3,true,false,null,{"deep":"caf\u00E9 \/ \"q\" \\ \b\f\n\r\t \ud83d\ude00"}],)"
    R"("text":"‮evil‬ שלום 📞 ]},{\""},"zText":"\u0041\u030A Å","zNumber":1.0E+2,)";

// The export's array body with the writer's separators taken out: "[\n" a ",\n" b "\n]\n" gives
// "a,b" (raw newlines never occur inside compact JSON, so they are the writer's).
QByteArray exportedInterior(const QByteArray &file, bool *framed)
{
    *framed = file.startsWith("[\n") && file.endsWith("\n]\n");
    QByteArray interior = file.mid(2, file.size() - 5);
    return interior.replace(",\n", ",");
}

// Whether the page's items array is exactly interior ("items":[ interior ]).
bool pageHoldsExactly(const QByteArray &page, const QByteArray &interior)
{
    const qsizetype start = page.indexOf("\"items\":[");
    if (start < 0)
        return false;
    const qsizetype at = start + 9;
    return page.mid(at, interior.size()) == interior && page.mid(at + interior.size(), 1) == "]";
}

} // namespace

class TestExportRawJson final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void readersAgreeOnItemSpans();
    void spansSurviveANumberTooBigForSimdjson();
    void cliExportWritesThePageByteForByte();
    void selectionExportWritesThePageByteForByte();

private:
    QByteArray pageAsSent(const QString &query);
    QJsonObject lastFilesRequest();

    SimProcess m_sim;
    std::unique_ptr<ApiClient> m_client;
    QByteArray m_token;
};

void TestExportRawJson::initTestCase()
{
    qRegisterMetaType<ExportSummary>();
    QVERIFY2(m_sim.start({QStringLiteral("--files"), QStringLiteral("300"), QStringLiteral("--hostile")}),
             qPrintable(m_sim.errorString()));
    QVERIFY(m_sim.splice(QStringLiteral("/files"), QByteArray(), QByteArray()) == false);  // "after" or "before" is needed
    QVERIFY(m_sim.splice(QStringLiteral("/files"), "\"accountId\":", kUnknown, -1, true));
    m_client = newSimClient(m_sim);
    QVERIFY(signInAs(*m_client, QStringLiteral("admin@example.com"), this));
    m_token = m_sim.bearerToken(QStringLiteral("admin@example.com"));
    QVERIFY(!m_token.isEmpty());
}

QByteArray TestExportRawJson::pageAsSent(const QString &query)
{
    const SimProcess::RawReply r = m_sim.raw("GET", m_sim.url(QStringLiteral("/files?") + query), {},
                                             {{"Authorization", "Bearer " + m_token}});
    return r.status == 200 ? r.body : QByteArray();
}

QJsonObject TestExportRawJson::lastFilesRequest()
{
    QJsonObject last;
    for (const QJsonValue &v : m_sim.requests(QStringLiteral("api"), QStringLiteral("/files")))
        if (v.toObject().value(QStringLiteral("path")).toString() == QLatin1String("/files"))
            last = v.toObject();
    return last;
}

void TestExportRawJson::readersAgreeOnItemSpans()
{
    const QByteArray a = "{\"id\":\"a\",\"fileName\":\"caf\\u00e9 \\ud83d\\ude00 \\/x\\\"y}\",\"zz\":{\"n\":[1,-2.5e-3,true,null,\"]}\"]}}";
    const QByteArray b = "{ \"id\" : \"b\" , \"Type\":\"Fax\",\"extra\":\"שלום 📞\" }";
    const QByteArray c = "{\"id\":\"c\"}";
    const QByteArray body = "{\"totalCount\":3,\"ITEMS\" : [ " + a + " , 5,\n" + b + ",null,\t" + c + " ] ,\"hasMorePages\":false}";
    ListPage<FileInfo> simd;
    ListPage<FileInfo> qt;
    QString error;
    QVERIFY2(FileInfoReader::readList(body, &simd, &error, false, true), qPrintable(error));
    QVERIFY2(FileInfoReader::readListQt(body, &qt, &error, false, true), qPrintable(error));
    QCOMPARE(simd.items.size(), 3);
    QCOMPARE(qt.items.size(), 3);
    for (const ListPage<FileInfo> *page : {&simd, &qt}) {
        QCOMPARE(page->rawItem(0), a);
        QCOMPARE(page->rawItem(1), b);
        QCOMPARE(page->rawItem(2), c);
        QCOMPARE(page->items.at(1).id(), QStringLiteral("b"));
    }
    // Not asked for: nothing kept (the table's pages do not hold their bodies).
    ListPage<FileInfo> plain;
    QVERIFY(FileInfoReader::readList(body, &plain));
    QVERIFY(plain.raw.isEmpty() && plain.rawSpans.isEmpty());
}

void TestExportRawJson::spansSurviveANumberTooBigForSimdjson()
{
    // simdjson refuses the 30-digit number; the reader falls back to Qt's parser: same spans.
    const QByteArray a = "{\"id\":\"x\",\"big\":123456789012345678901234567890}";
    const QByteArray body = "{\"items\":[" + a + "],\"totalCount\":1}";
    ListPage<FileInfo> page;
    QVERIFY(FileInfoReader::readList(body, &page, nullptr, false, true));
    QCOMPARE(page.rawItem(0), a);
}

void TestExportRawJson::cliExportWritesThePageByteForByte()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("files.json"));
    QVERIFY(m_sim.clearRequests());
    QProcess p;
    p.setProcessEnvironment(m_sim.cliEnvironment());
    p.start(QStringLiteral(EVOVOICE_CLI_BINARY), {QStringLiteral("files"), QStringLiteral("export"), QStringLiteral("--format"),
                                                 QStringLiteral("json"), QStringLiteral("--output"), out});
    p.closeWriteChannel();
    QVERIFY(p.waitForFinished(180000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    // The first page the CLI read (300 files: the only one with items), as the server sends it.
    QJsonObject first;
    for (const QJsonValue &v : m_sim.requests(QStringLiteral("api"), QStringLiteral("/files")))
        if (first.isEmpty() && v.toObject().value(QStringLiteral("path")).toString() == QLatin1String("/files"))
            first = v.toObject();
    QVERIFY(!first.isEmpty());
    const QByteArray page = pageAsSent(first.value(QStringLiteral("query")).toString());
    QVERIFY(page.contains("zUnknown") && page.contains("\\ud83d\\ude00") && page.contains("📞"));
    QCOMPARE(QJsonDocument::fromJson(page).object().value(QStringLiteral("items")).toArray().size(), 300);
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray exported = f.readAll();
    bool framed = false;
    const QByteArray interior = exportedInterior(exported, &framed);
    QVERIFY2(framed, exported.left(200).constData());
    QVERIFY2(pageHoldsExactly(page, interior), interior.left(400).constData());
    QCOMPARE(QJsonDocument::fromJson(exported).array().size(), 300);
}

void TestExportRawJson::selectionExportWritesThePageByteForByte()
{
    // The window's selection (rows the table holds, no JSON): fetched again by id.
    FileQuery q;
    q.countPerPage = 5;
    q.sortField = QStringLiteral("FileName");
    q.sortOrder = FileQuery::SortOrder::Ascend;
    const auto rows = waitFor<ListPage<FileInfo>>([&](auto cb) { m_client->listFiles(q, this, cb); });
    QVERIFY(rows && rows->ok());
    QCOMPARE(rows->value.items.size(), 5);
    QTemporaryDir dir;
    ExportOptions o;
    o.source = ExportOptions::Source::Files;
    o.files = rows->value.items;
    o.query = q;
    o.metadataFormat = ExportOptions::MetadataFormat::Json;
    o.metadataPath = dir.filePath(QStringLiteral("selection.json"));
    QVERIFY(m_sim.clearRequests());
    ExportJob job(m_client.get(), o);
    QSignalSpy done(&job, &ExportJob::finished);
    job.start();
    QVERIFY(done.wait(60000));
    const ExportSummary s = done.first().first().value<ExportSummary>();
    QVERIFY2(s.ok(), qPrintable(s.error));
    QCOMPARE(s.rowsListed, 5);
    const QJsonObject request = lastFilesRequest();
    QVERIFY(request.value(QStringLiteral("query")).toString().contains(QLatin1String("SpecificIds"), Qt::CaseInsensitive));
    const QByteArray page = pageAsSent(request.value(QStringLiteral("query")).toString());
    QFile f(o.metadataPath);
    QVERIFY(f.open(QIODevice::ReadOnly));
    bool framed = false;
    const QByteArray interior = exportedInterior(f.readAll(), &framed);
    QVERIFY(framed);
    QVERIFY2(pageHoldsExactly(page, interior), interior.left(400).constData());
    QVERIFY(interior.contains("\"zUnknown\":{\"nested\":[1,-2.50e-3,"));
}

QTEST_GUILESS_MAIN(TestExportRawJson)
#include "tst_export_rawjson.moc"
