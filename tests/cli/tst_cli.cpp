// evovoice-cli as a user runs it: flags reach the server as documented, the three formats parse,
// exit codes 0/1/2, the password is never an argument, errors go to stderr only.
#include "simprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <QUrlQuery>

class TestCli final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void help();
    void usageErrors();
    void passwordNeverAnArgument();
    void passwordFromStdin();
    void connectionOptionsBeforeCommand();
    void wrongPasswordIsAnError();
    void jsonFormat();
    void csvFormat();
    void tableFormat();
    void tableKeepsNarrowColumnsWhole_data();
    void tableKeepsNarrowColumnsWhole();
    void filtersNarrowResults();
    void everyFlagReachesServer();
    void sortAndLimit();
    void queryTextWithOverrides();
    void filesGet();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run run(const QStringList &args, const QByteArray &password = "demo", const QByteArray &stdinData = {},
            bool withEnv = true);
    QJsonArray listJson(const QStringList &extra);
    QUrlQuery lastFilesQuery();
    static int displayWidth(const QString &text);

    SimProcess m_sim;
    QString m_columns;  // COLUMNS for the CLI
};

void TestCli::initTestCase()
{
    QVERIFY2(m_sim.start({QStringLiteral("--files"), QStringLiteral("300")}), qPrintable(m_sim.errorString()));
}

void TestCli::init()
{
    m_sim.clearRequests();
    m_columns = QStringLiteral("100");
}

TestCli::Run TestCli::run(const QStringList &args, const QByteArray &password, const QByteArray &stdinData, bool withEnv)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("EVOVOICE_SERVER"));
    env.remove(QStringLiteral("EVOVOICE_USER"));
    env.remove(QStringLiteral("EVOVOICE_PASSWORD"));
    if (withEnv) {
        env.insert(QStringLiteral("EVOVOICE_SERVER"), m_sim.apiUrl().toString());
        env.insert(QStringLiteral("EVOVOICE_USER"), QStringLiteral("admin@example.com"));
    }
    if (!password.isEmpty())
        env.insert(QStringLiteral("EVOVOICE_PASSWORD"), QString::fromUtf8(password));
    env.insert(QStringLiteral("COLUMNS"), m_columns);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(EVOVOICE_CLI_BINARY), args);
    p.waitForStarted();
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    p.waitForFinished(30000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
}

QJsonArray TestCli::listJson(const QStringList &extra)
{
    const Run r = run(QStringList{QStringLiteral("files"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")} + extra);
    if (r.exitCode != 0)
        qWarning("cli failed: %s", r.err.constData());
    return QJsonDocument::fromJson(r.out).array();
}

QUrlQuery TestCli::lastFilesQuery()
{
    const QJsonArray log = m_sim.requests(QStringLiteral("api"), QStringLiteral("/files"));
    return log.isEmpty() ? QUrlQuery() : QUrlQuery(log.last().toObject().value(QStringLiteral("query")).toString());
}

void TestCli::help()
{
    for (const QStringList &args : {QStringList{QStringLiteral("--help")}, QStringList{QStringLiteral("files"), QStringLiteral("list"), QStringLiteral("--help")},
                                    QStringList{QStringLiteral("files"), QStringLiteral("get"), QStringLiteral("--help")}}) {
        const Run r = run(args, {}, {}, false);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!r.out.isEmpty());
        QVERIFY(r.err.isEmpty());
    }
    const Run list = run({QStringLiteral("files"), QStringLiteral("list"), QStringLiteral("--help")}, {}, {}, false);
    for (const char *flag : {"--account", "--customer", "--session", "--file-name", "--content-type", "--type", "--created-from",
                             "--created-to", "--agent", "--transcription", "--id", "--sort", "--descending", "--page-size",
                             "--page", "--all", "--simplified-paging", "--limit", "--format", "--query"})
        QVERIFY2(list.out.contains(flag), flag);
}

void TestCli::usageErrors()
{
    QCOMPARE(run({}).exitCode, 2);
    QCOMPARE(run({QStringLiteral("nonsense")}).exitCode, 2);
    QCOMPARE(run({QStringLiteral("files"), QStringLiteral("list"), QStringLiteral("--type"), QStringLiteral("Video")}).exitCode, 2);
    QCOMPARE(run({QStringLiteral("files"), QStringLiteral("list"), QStringLiteral("--created-from"), QStringLiteral("soon")}).exitCode, 2);
    QCOMPARE(run({QStringLiteral("files"), QStringLiteral("list"), QStringLiteral("--bogus")}).exitCode, 2);
    QCOMPARE(run({QStringLiteral("files"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("xml")}).exitCode, 2);
    const Run noEnv = run({QStringLiteral("files"), QStringLiteral("list")}, {}, {}, false);
    QCOMPARE(noEnv.exitCode, 2);
    QVERIFY(noEnv.out.isEmpty());
    QVERIFY(noEnv.err.contains("server"));
}

void TestCli::passwordNeverAnArgument()
{
    for (const QString &arg : {QStringLiteral("--password=demo"), QStringLiteral("--password")}) {
        const Run r = run({QStringLiteral("files"), QStringLiteral("list"), arg, QStringLiteral("demo")}, {});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.contains("EVOVOICE_PASSWORD"));
    }
    QCOMPARE(m_sim.requests(QStringLiteral("api"), QStringLiteral("/auth")).size(), 0);
}

void TestCli::passwordFromStdin()
{
    const Run r = run({QStringLiteral("files"), QStringLiteral("list"), QStringLiteral("--password-stdin"), QStringLiteral("--format"),
                       QStringLiteral("json"), QStringLiteral("--page-size"), QStringLiteral("3")},
                      {}, "demo\n");
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 3);
}

void TestCli::connectionOptionsBeforeCommand()
{
    // "evovoice-cli --server URL --user EMAIL files list ..." as well as after the subcommand.
    const Run r = run({QStringLiteral("--server"), m_sim.apiUrl().toString(), QStringLiteral("--user=manager@example.com"),
                       QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("files"), QStringLiteral("list"),
                       QStringLiteral("--page-size"), QStringLiteral("4")},
                      "demo", {}, false);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 4);
    const QJsonArray auth = m_sim.requests(QStringLiteral("api"), QStringLiteral("/auth/credentials"));
    QVERIFY(!auth.isEmpty());
}

void TestCli::wrongPasswordIsAnError()
{
    const Run r = run({QStringLiteral("files"), QStringLiteral("list")}, "wrong");
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
    QVERIFY(!r.err.isEmpty());
}

void TestCli::jsonFormat()
{
    const QJsonArray files = listJson({QStringLiteral("--page-size"), QStringLiteral("12")});
    QCOMPARE(files.size(), 12);
    const QJsonObject f = files.first().toObject();
    for (const char *key : {"id", "dateCreated", "type", "accountId", "accountName", "customerBreadcrumb", "fileName", "uri",
                            "contentLength", "recordingDuration", "aiTranscription"})
        QVERIFY2(f.contains(QLatin1String(key)), key);
    QVERIFY(!f.value(QStringLiteral("id")).toString().isEmpty());
    QVERIFY(f.value(QStringLiteral("dateCreated")).toString().endsWith(QLatin1Char('Z')));
}

void TestCli::csvFormat()
{
    const Run r = run({QStringLiteral("files"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("csv"),
                       QStringLiteral("--page-size"), QStringLiteral("20")});
    QCOMPARE(r.exitCode, 0);
    // RFC 4180: split records on CRLF outside quotes, fields on commas outside quotes.
    QList<QStringList> records;
    QStringList fields;
    QString field;
    bool quoted = false;
    const QString text = QString::fromUtf8(r.out);
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            fields << field;
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text[i + 1] == QLatin1Char('\n')) {
            fields << field;
            records << fields;
            fields.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    QCOMPARE(records.size(), 21);
    QCOMPARE(records.first().first(), QStringLiteral("id"));
    for (const QStringList &rec : records)
        QCOMPARE(rec.size(), records.first().size());
    const QJsonArray json = listJson({QStringLiteral("--page-size"), QStringLiteral("20")});
    QCOMPARE(records.at(1).first(), json.first().toObject().value(QStringLiteral("id")).toString());
}

void TestCli::tableFormat()
{
    const Run r = run({QStringLiteral("files"), QStringLiteral("list"), QStringLiteral("--page-size"), QStringLiteral("15")});
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 17);  // header, rule, 15 rows
    QVERIFY(lines.first().startsWith(QStringLiteral("ID")));
    for (const QString &l : lines)
        QVERIFY2(l.size() <= 100, qPrintable(l));
}

// Terminal cells: East Asian wide and fullwidth characters take two, combining marks none.
int TestCli::displayWidth(const QString &text)
{
    int width = 0;
    for (char32_t c : text.toUcs4()) {
        const QChar::Category cat = QChar::category(c);
        if (cat == QChar::Mark_NonSpacing || cat == QChar::Mark_Enclosing || cat == QChar::Other_Format)
            continue;
        const bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
            || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6)
            || (c >= 0x1F300 && c <= 0x1F64F) || (c >= 0x1F900 && c <= 0x1F9FF) || (c >= 0x20000 && c <= 0x3FFFD);
        width += wide ? 2 : 1;
    }
    return width;
}

void TestCli::tableKeepsNarrowColumnsWhole_data()
{
    QTest::addColumn<int>("columns");
    QTest::newRow("100") << 100;
    QTest::newRow("80") << 80;
}

void TestCli::tableKeepsNarrowColumnsWhole()
{
    QFETCH(int, columns);
    m_columns = QString::number(columns);
    // 60 files take in the simulator's CJK customer and account names.
    const Run r = run({QStringLiteral("files"), QStringLiteral("list"), QStringLiteral("--page-size"), QStringLiteral("60")});
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 62);  // header, rule, 60 rows
    // The rule under the header gives each column's width in cells.
    QList<int> widths;
    for (const QString &dashes : lines.at(1).split(QStringLiteral("  "), Qt::SkipEmptyParts))
        widths << int(dashes.size());
    QCOMPARE(widths.size(), 9);  // ID, Created, Type, Account, Customer, Agent, File name, Duration, Size
    const QRegularExpression fullDate(QStringLiteral("^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}$"));
    bool anyWide = false;
    bool textCut = false;
    for (int i = 0; i < lines.size(); ++i) {
        const QString &l = lines.at(i);
        QVERIFY2(displayWidth(l) <= columns, qPrintable(QStringLiteral("%1 cells: %2").arg(displayWidth(l)).arg(l)));
        anyWide = anyWide || displayWidth(l) > l.size();
        if (i < 2)
            continue;
        // Cut the row into its cells by display position (wide characters take two cells).
        QStringList cells;
        int cell = 0;
        int column = 0;
        int columnEnd = widths.first();
        QString text;
        for (char32_t c : l.toUcs4()) {
            while (column < widths.size() && cell >= columnEnd) {
                cells << text.trimmed();
                text.clear();
                columnEnd += 2 + (++column < widths.size() ? widths.at(column) : 0);
            }
            text += QString::fromUcs4(&c, 1);
            cell += displayWidth(QString::fromUcs4(&c, 1));
        }
        cells << text.trimmed();
        QVERIFY2(cells.size() >= 8, qPrintable(l));
        QVERIFY2(fullDate.match(cells.at(1)).hasMatch(), qPrintable(l));
        for (int narrow : {1, 2, 7, 8})
            QVERIFY2(narrow >= cells.size() || !cells.at(narrow).contains(QChar(0x2026)), qPrintable(l));
        for (int wide : {0, 3, 4, 5, 6})
            textCut = textCut || cells.at(wide).contains(QChar(0x2026));
    }
    QVERIFY(anyWide);  // the widths were measured with wide characters in the table
    QVERIFY(textCut);  // and the wide text columns were the ones cut
}

void TestCli::filtersNarrowResults()
{
    const QJsonArray some = listJson({QStringLiteral("--page-size"), QStringLiteral("50")});
    QVERIFY(some.size() == 50);
    const QString account = some.first().toObject().value(QStringLiteral("accountId")).toString();
    for (const QJsonValue &v : listJson({QStringLiteral("--account"), account, QStringLiteral("--page-size"), QStringLiteral("50")}))
        QCOMPARE(v.toObject().value(QStringLiteral("accountId")).toString(), account);
    for (const QJsonValue &v : listJson({QStringLiteral("--type"), QStringLiteral("CallRecording")}))
        QCOMPARE(v.toObject().value(QStringLiteral("type")).toString(), QStringLiteral("CallRecording"));
    const QString id1 = some.at(3).toObject().value(QStringLiteral("id")).toString();
    const QString id2 = some.at(7).toObject().value(QStringLiteral("id")).toString();
    const QJsonArray two = listJson({QStringLiteral("--id"), id1, QStringLiteral("--id"), id2});
    QCOMPARE(two.size(), 2);
    const QJsonArray dated = listJson({QStringLiteral("--created-from"), QStringLiteral("2026-01-01"), QStringLiteral("--created-to"),
                                       QStringLiteral("2026-06-30"), QStringLiteral("--all")});
    for (const QJsonValue &v : dated) {
        const QString d = v.toObject().value(QStringLiteral("dateCreated")).toString();
        QVERIFY2(d >= QStringLiteral("2026-01-01") && d < QStringLiteral("2026-07-01"), qPrintable(d));
    }
    QCOMPARE(lastFilesQuery().queryItemValue(QStringLiteral("DateCreatedEnd"), QUrl::FullyDecoded), QStringLiteral("2026-06-30T23:59:59.999Z"));
}

void TestCli::everyFlagReachesServer()
{
    const Run r = run({QStringLiteral("files"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json"),
                       QStringLiteral("--account"), QStringLiteral("a1"), QStringLiteral("--account"), QStringLiteral("a2"),
                       QStringLiteral("--customer"), QStringLiteral("c1"), QStringLiteral("--session"), QStringLiteral("s1"),
                       QStringLiteral("--file-name"), QStringLiteral("x y"), QStringLiteral("--content-type"), QStringLiteral("audio"),
                       QStringLiteral("--type"), QStringLiteral("fax"), QStringLiteral("--created-from"), QStringLiteral("2026-01-02T03:04:05+01:00"),
                       QStringLiteral("--agent"), QStringLiteral("u1"), QStringLiteral("--transcription"), QStringLiteral("hello"),
                       QStringLiteral("--sort"), QStringLiteral("contentlength"), QStringLiteral("--descending"),
                       QStringLiteral("--page-size"), QStringLiteral("7"), QStringLiteral("--page"), QStringLiteral("2"),
                       QStringLiteral("--simplified-paging"), QStringLiteral("--all")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 0);
    const QUrlQuery q = lastFilesQuery();
    auto v = [&q](const char *k) { return q.queryItemValue(QLatin1String(k), QUrl::FullyDecoded); };
    QCOMPARE(v("AccountIds"), QStringLiteral("a1,a2"));
    QCOMPARE(v("CustomerIds"), QStringLiteral("c1"));
    QCOMPARE(v("SessionId"), QStringLiteral("s1"));
    QCOMPARE(v("FileName"), QStringLiteral("x y"));
    QCOMPARE(v("ContentType"), QStringLiteral("audio"));
    QCOMPARE(v("Type"), QStringLiteral("Fax"));
    QCOMPARE(v("DateCreatedStart"), QStringLiteral("2026-01-02T02:04:05Z"));
    QCOMPARE(v("UserId"), QStringLiteral("u1"));
    QCOMPARE(v("TranscriptionContains"), QStringLiteral("hello"));
    QCOMPARE(v("SortField"), QStringLiteral("ContentLength"));
    QCOMPARE(v("SortOrder"), QStringLiteral("Descend"));
    QCOMPARE(v("CountPerPage"), QStringLiteral("7"));
    QCOMPARE(v("Page"), QStringLiteral("2"));
    QCOMPARE(v("SimplifiedPaging"), QStringLiteral("true"));
    QCOMPARE(v("All"), QStringLiteral("true"));
}

void TestCli::sortAndLimit()
{
    const QJsonArray sorted = listJson({QStringLiteral("--sort"), QStringLiteral("ContentLength"), QStringLiteral("--page-size"), QStringLiteral("40")});
    QCOMPARE(sorted.size(), 40);
    for (int i = 1; i < sorted.size(); ++i)
        QVERIFY(sorted.at(i - 1).toObject().value(QStringLiteral("contentLength")).toDouble()
                <= sorted.at(i).toObject().value(QStringLiteral("contentLength")).toDouble());
    const QJsonArray desc = listJson({QStringLiteral("--sort"), QStringLiteral("ContentLength"), QStringLiteral("--descending")});
    for (int i = 1; i < desc.size(); ++i)
        QVERIFY(desc.at(i - 1).toObject().value(QStringLiteral("contentLength")).toDouble()
                >= desc.at(i).toObject().value(QStringLiteral("contentLength")).toDouble());
    const QJsonArray limited = listJson({QStringLiteral("--limit"), QStringLiteral("130"), QStringLiteral("--page-size"), QStringLiteral("40")});
    QCOMPARE(limited.size(), 130);
    QSet<QString> ids;
    for (const QJsonValue &v : limited)
        ids.insert(v.toObject().value(QStringLiteral("id")).toString());
    QCOMPARE(ids.size(), 130);
}

void TestCli::queryTextWithOverrides()
{
    const QJsonArray files = listJson({QStringLiteral("--query"), QStringLiteral("type=Fax&pageSize=9&sort=FileName"),
                                       QStringLiteral("--type"), QStringLiteral("CallRecording")});
    const QUrlQuery q = lastFilesQuery();
    QCOMPARE(q.queryItemValue(QStringLiteral("Type"), QUrl::FullyDecoded), QStringLiteral("CallRecording"));
    QCOMPARE(q.queryItemValue(QStringLiteral("CountPerPage"), QUrl::FullyDecoded), QStringLiteral("9"));
    QCOMPARE(q.queryItemValue(QStringLiteral("SortField"), QUrl::FullyDecoded), QStringLiteral("FileName"));
    QVERIFY(files.size() <= 9);
    const Run bad = run({QStringLiteral("files"), QStringLiteral("list"), QStringLiteral("--query"), QStringLiteral("colour=red")});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.err.contains("colour"));
}

void TestCli::filesGet()
{
    const QJsonArray some = listJson({QStringLiteral("--page-size"), QStringLiteral("1")});
    const QString id = some.first().toObject().value(QStringLiteral("id")).toString();
    const Run r = run({QStringLiteral("files"), QStringLiteral("get"), id});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(id.toUtf8()));
    const Run json = run({QStringLiteral("files"), QStringLiteral("get"), id, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(QJsonDocument::fromJson(json.out).object().value(QStringLiteral("id")).toString(), id);
    const Run missing = run({QStringLiteral("files"), QStringLiteral("get"), QStringLiteral("no-such-file")});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.out.isEmpty());
    QVERIFY(!missing.err.isEmpty());
    QCOMPARE(run({QStringLiteral("files"), QStringLiteral("get")}).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
