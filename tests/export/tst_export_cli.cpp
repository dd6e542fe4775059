// `evovoice-cli files export` and `files download` as a script runs them, and formula cells
// neutralised in `files list --format csv` (with --raw-csv to turn it off).
#include "simprocess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

class TestExportCli final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void listCsvNeutralisesFormulas();
    void exportCsvToStdout();
    void exportJsonToFileWalksAllPages();
    void downloadFailsLoudlyOnShortBody();
    void downloadWithTranscriptsAndRerun();
    void usageErrors();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run run(const QStringList &args);

    SimProcess m_sim;
    QJsonObject m_hostile;
};

void TestExportCli::initTestCase()
{
    QVERIFY2(m_sim.start({QStringLiteral("--files"), QStringLiteral("600"), QStringLiteral("--hostile")}),
             qPrintable(m_sim.errorString()));
    const auto reply = m_sim.raw("GET", m_sim.url(QStringLiteral("/__sim/hostile")));
    m_hostile = QJsonDocument::fromJson(reply.body).object();
    QCOMPARE(m_hostile.size(), 9);
}

TestExportCli::Run TestExportCli::run(const QStringList &args)
{
    QProcess p;
    p.setProcessEnvironment(m_sim.cliEnvironment());
    p.start(QStringLiteral(EVOVOICE_CLI_BINARY), args);
    p.closeWriteChannel();
    p.waitForFinished(180000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
}

void TestExportCli::listCsvNeutralisesFormulas()
{
    const QString id = m_hostile.value(QStringLiteral("formula-customer")).toString();
    const Run r = run({QStringLiteral("files"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("csv"),
                       QStringLiteral("--id"), id});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(",\"'=HYPERLINK("), r.out.constData());
    QVERIFY(!r.out.contains(",\"=HYPERLINK("));
    const Run raw = run({QStringLiteral("files"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("csv"),
                         QStringLiteral("--raw-csv"), QStringLiteral("--id"), id});
    QCOMPARE(raw.exitCode, 0);
    QVERIFY(raw.out.contains(",\"=HYPERLINK("));
    // The header stays the API's names, as before.
    QVERIFY(r.out.startsWith("id,dateCreated,dateLastModified,createdBy,lastModifiedBy,type,"));
}

void TestExportCli::exportCsvToStdout()
{
    const Run r = run({QStringLiteral("files"), QStringLiteral("export"), QStringLiteral("--output"), QStringLiteral("-"),
                       QStringLiteral("--columns"), QStringLiteral("id,customerName"), QStringLiteral("--page-size"),
                       QStringLiteral("100")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QList<QByteArray> lines = r.out.split('\n');
    QCOMPARE(lines.first(), QByteArray("id,customerName\r"));
    QSet<QByteArray> ids;
    for (int i = 1; i < lines.size(); ++i)
        if (!lines.at(i).trimmed().isEmpty())
            ids.insert(lines.at(i).split(',').first());
    QCOMPARE(ids.size(), 600);
    QVERIFY(!r.out.contains("exported"));   // progress and summary only on stderr
    QVERIFY(r.err.contains("600 exported"));
}

void TestExportCli::exportJsonToFileWalksAllPages()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("files.json"));
    const Run r = run({QStringLiteral("files"), QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"),
                       QStringLiteral("--output"), out, QStringLiteral("--type"), QStringLiteral("VoiceMessage")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QJsonParseError pe;
    const QJsonArray items = QJsonDocument::fromJson(f.readAll(), &pe).array();
    QVERIFY2(pe.error == QJsonParseError::NoError, qPrintable(pe.errorString()));
    QVERIFY(items.size() > 50);
    for (const QJsonValue &v : items)
        QCOMPARE(v.toObject().value(QStringLiteral("type")).toString(), QStringLiteral("VoiceMessage"));
    QVERIFY(items.first().toObject().contains(QStringLiteral("aiTranscription")));
}

void TestExportCli::downloadFailsLoudlyOnShortBody()
{
    QTemporaryDir dir;
    const Run r = run({QStringLiteral("files"), QStringLiteral("download"), QStringLiteral("--dest"), dir.path(),
                       QStringLiteral("--id"), m_hostile.value(QStringLiteral("short-body")).toString(), QStringLiteral("--id"),
                       m_hostile.value(QStringLiteral("con")).toString()});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("1 exported") && r.err.contains("1 failed"), r.err.constData());
    QVERIFY(r.out.isEmpty());
    QVERIFY(r.err.contains("evovoice-cli: ")); // plain progress lines when stderr is not a terminal
}

void TestExportCli::downloadWithTranscriptsAndRerun()
{
    QTemporaryDir dir;
    const QStringList args{QStringLiteral("files"), QStringLiteral("download"), QStringLiteral("--dest"), dir.path(),
                           QStringLiteral("--type"), QStringLiteral("Fax"), QStringLiteral("--jobs"), QStringLiteral("8"),
                           QStringLiteral("--transcripts"), QStringLiteral("--subfolders"), QStringLiteral("date")};
    const Run first = run(args);
    QVERIFY2(first.exitCode == 0, first.err.constData());
    QFile m(dir.filePath(QStringLiteral("manifest.csv")));
    QVERIFY(m.open(QIODevice::ReadOnly));
    const QByteArray manifest = m.readAll();
    QVERIFY(manifest.startsWith("id,path,bytes,sha256,status,error\r\n"));
    QVERIFY(manifest.contains(".transcript.txt"));
    m_sim.clearRequests();
    const Run second = run(args);
    QVERIFY2(second.exitCode == 0, second.err.constData());
    QVERIFY2(second.err.contains(" 0 exported"), second.err.constData());
    for (const QJsonValue &v : m_sim.requests()) {
        const QString path = v.toObject().value(QStringLiteral("path")).toString();
        QVERIFY2(!path.contains(QLatin1String("/content")) && !path.startsWith(QLatin1String("/blobs/")), qPrintable(path));
    }
}

void TestExportCli::usageErrors()
{
    QCOMPARE(run({QStringLiteral("files"), QStringLiteral("export")}).exitCode, 2);
    QCOMPARE(run({QStringLiteral("files"), QStringLiteral("download")}).exitCode, 2);
    QCOMPARE(run({QStringLiteral("files"), QStringLiteral("download"), QStringLiteral("--dest"), QStringLiteral("/tmp/x"),
                  QStringLiteral("--jobs"), QStringLiteral("99")})
                 .exitCode,
             2);
    const Run bad = run({QStringLiteral("files"), QStringLiteral("download"), QStringLiteral("--dest"),
                         QDir::tempPath() + QStringLiteral("/never"), QStringLiteral("--template"), QStringLiteral("{nope}")});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.err.contains("nope"));
    const Run help = run({QStringLiteral("files"), QStringLiteral("download"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("--dest"));
}

QTEST_GUILESS_MAIN(TestExportCli)
#include "tst_export_cli.moc"
