// ConsoleLink: the evovoice: URL and the text form, both ways, and hostile input.
#include "links/consolelink.h"
#include "links/singleinstance.h"

#include <QLocalServer>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestConsoleLink : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip_data();
    void roundTrip();
    void textFormIsAFilterWithoutServer();
    void bothUrlSpellings();
    void serverNormalised();
    void hostile_data();
    void hostile();
    void looksLikeLink();
    void staleSocketIsReplaced();
    void refusesGarbageOnTheSocket();
};

void TestConsoleLink::roundTrip_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("fileId");
    QTest::newRow("everything") << "https://team.evovoice.io"
                                << "type=CallRecording&accounts=a1,a2&from=2026-11-01T00:00:00Z&sort=DateCreated&order=desc"
                                << "6571a3f0c2d4e5f600000012";
    QTest::newRow("no file") << "https://evovoice.io" << "transcription=refund please" << "";
    QTest::newRow("no filter") << "https://evovoice.io" << "" << "abc-123";
    QTest::newRow("loopback http with port") << "http://127.0.0.1:8123" << "name=a%26b=c&pageSize=50" << "x";
    QTest::newRow("odd unicode") << "https://evovoice.io" << "name=R\u00e9sum\u00e9 \U0001F4DE \u05e9\u05dc\u05d5\u05dd&session=s+1"
                                 << "";
    QTest::newRow("nothing") << "" << "" << "";
}

void TestConsoleLink::roundTrip()
{
    QFETCH(QString, server);
    QFETCH(QString, filter);
    QFETCH(QString, fileId);
    QString error;
    const std::optional<FileQuery> query = FileQuery::fromText(filter, &error);
    QVERIFY2(query, qPrintable(error));
    ConsoleLink link;
    link.server = server;
    link.query = *query;
    link.fileId = fileId;
    const QString url = link.toUrl();
    QVERIFY2(url.startsWith(QLatin1String("evovoice://open")), qPrintable(url));
    const std::optional<ConsoleLink> back = ConsoleLink::parse(url, &error);
    QVERIFY2(back, qPrintable(error + QLatin1String(" <- ") + url));
    QCOMPARE(back->server, link.server);
    QCOMPARE(back->fileId, link.fileId);
    QCOMPARE(back->query.toText(), link.query.toText());
    QVERIFY(*back == link);
    QCOMPARE(back->toUrl(), url);  // stable
}

void TestConsoleLink::textFormIsAFilterWithoutServer()
{
    FileQuery q;
    q.type = FileType::VoiceMessage;
    q.accountIds = {QStringLiteral("acc1")};
    QString error;
    const auto link = ConsoleLink::parse(QLatin1String("  ") + q.toText() + QLatin1String("\n"), &error);
    QVERIFY2(link, qPrintable(error));
    QVERIFY(link->server.isEmpty());
    QVERIFY(link->fileId.isEmpty());
    QVERIFY(link->query == q);
    QVERIFY(link->sameServer(QStringLiteral("https://anything.example")));
}

void TestConsoleLink::bothUrlSpellings()
{
    QString error;
    const auto a = ConsoleLink::parse(QStringLiteral("evovoice:open?file=f1&type=Fax"), &error);
    QVERIFY2(a, qPrintable(error));
    const auto b = ConsoleLink::parse(QStringLiteral("EVOVOICE://open/?file=f1&type=Fax"), &error);
    QVERIFY2(b, qPrintable(error));
    QVERIFY(*a == *b);
    QCOMPARE(a->fileId, QStringLiteral("f1"));
    QCOMPARE(a->query.type, std::optional<FileType>(FileType::Fax));
}

void TestConsoleLink::serverNormalised()
{
    const auto link = ConsoleLink::parse(QStringLiteral("evovoice://open?server=HTTPS%3A%2F%2FTeam.EvoVoice.IO%2F"));
    QVERIFY(link);
    QCOMPARE(link->server, QStringLiteral("https://team.evovoice.io"));
    QVERIFY(link->sameServer(QStringLiteral("https://team.evovoice.io/")));
    QVERIFY(link->sameServer(QStringLiteral("team.evovoice.io")));
    QVERIFY(!link->sameServer(QStringLiteral("https://evovoice.io")));
    const auto bare = ConsoleLink::parse(QStringLiteral("evovoice://open?server=team.evovoice.io"));
    QVERIFY(bare);
    QCOMPARE(bare->server, QStringLiteral("https://team.evovoice.io"));
}

void TestConsoleLink::hostile_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("why");  // a word the message must contain
    QTest::newRow("empty") << "   " << "empty";
    QTest::newRow("too long") << QString(ConsoleLink::kMaxLength + 1, QLatin1Char('a')) << "too long";
    QTest::newRow("newline inside") << "evovoice://open?file=a\nb" << "control";
    QTest::newRow("nul") << QStringLiteral("type=Fax") + QChar(0) << "control";
    QTest::newRow("bidi line separator") << QStringLiteral("name=a\u2028b") << "control";
    QTest::newRow("web address") << "https://evovoice.io/files?type=Fax" << "not an EvoVoice link";
    QTest::newRow("javascript") << "javascript://open?x=1" << "not an EvoVoice link";
    QTest::newRow("file scheme server") << "evovoice://open?server=file%3A%2F%2F%2Fetc%2Fpasswd" << "server";
    QTest::newRow("plain http remote") << "evovoice://open?server=http%3A%2F%2Fevil.example" << "http";
    QTest::newRow("credentials in server") << "evovoice://open?server=https%3A%2F%2Fu%3Ap%40evil.example" << "user name";
    QTest::newRow("path in server") << "evovoice://open?server=https%3A%2F%2Fevovoice.io%2Fapi%3Fx%3D1" << "path";
    QTest::newRow("two servers") << "evovoice://open?server=evovoice.io&server=evil.example" << "more than one server";
    QTest::newRow("two files") << "evovoice://open?file=a&file=b" << "more than one file";
    QTest::newRow("bad id") << "evovoice://open?file=..%2F..%2Fetc" << "not a valid id";
    QTest::newRow("id with quote") << "evovoice://open?file=a%22%3E%3Cscript" << "not a valid id";
    QTest::newRow("long id") << "evovoice://open?file=" + QString(200, QLatin1Char('a')) << "not a valid id";
    QTest::newRow("wrong host") << "evovoice://delete?file=a" << "evovoice://open";
    QTest::newRow("user info") << "evovoice://me@open?file=a" << "evovoice://open";
    QTest::newRow("unknown field") << "evovoice://open?drop=tables" << "unknown";
    QTest::newRow("bad type") << "type=Nope" << "type";
    QTest::newRow("bad date") << "evovoice://open?from=yesterday" << "date";
    QTest::newRow("bad percent") << "evovoice://open?file=%zz" << "";
}

void TestConsoleLink::hostile()
{
    QFETCH(QString, text);
    QFETCH(QString, why);
    QString error;
    const auto link = ConsoleLink::parse(text, &error);
    QVERIFY2(!link, qPrintable(link ? link->toUrl() : QString()));
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(why, Qt::CaseInsensitive), qPrintable(error));
}

void TestConsoleLink::looksLikeLink()
{
    QVERIFY(ConsoleLink::looksLikeLink(QStringLiteral("evovoice://open?file=a")));
    QVERIFY(ConsoleLink::looksLikeLink(QStringLiteral("type=Fax")));
    QVERIFY(!ConsoleLink::looksLikeLink(QStringLiteral("--server=x")));
    QVERIFY(!ConsoleLink::looksLikeLink(QStringLiteral("hello")));
}

void TestConsoleLink::staleSocketIsReplaced()
{
    QTemporaryDir dir;
    const QString name = dir.filePath(QStringLiteral("console.socket"));
    {
        // A socket file nobody listens on, as a crashed console leaves it.
        QFile stale(name);
        QVERIFY(stale.open(QIODevice::WriteOnly));
    }
    SingleInstance first(name);
    QVERIFY(!first.sendToRunning(QStringLiteral("x"), 500));
    QVERIFY2(first.listen(), qPrintable(first.errorString()));
    SingleInstance second(name);
    QVERIFY(!second.listen());
    QVERIFY(!second.errorString().isEmpty());
}

void TestConsoleLink::refusesGarbageOnTheSocket()
{
    QTemporaryDir dir;
    const QString name = dir.filePath(QStringLiteral("console.socket"));
    SingleInstance server(name);
    QVERIFY(server.listen());
    QSignalSpy received(&server, &SingleInstance::messageReceived);
    QLocalSocket garbage;
    garbage.connectToServer(name);
    QVERIFY(garbage.waitForConnected(5000));
    garbage.write("GET / HTTP/1.0\r\n\r\n");
    QTRY_COMPARE_WITH_TIMEOUT(garbage.state(), QLocalSocket::UnconnectedState, 10000);
    QCOMPARE(received.count(), 0);

    QLocalSocket good;
    good.connectToServer(name);
    QVERIFY(good.waitForConnected(5000));
    good.write("EVOVOICE-LINK 1\nevovoice://open?file=a\n");
    QTRY_COMPARE_WITH_TIMEOUT(received.count(), 1, 10000);
    QCOMPARE(received.first().first().toString(), QStringLiteral("evovoice://open?file=a"));
    QTRY_VERIFY_WITH_TIMEOUT(good.bytesAvailable() > 0 || good.state() == QLocalSocket::UnconnectedState, 10000);
    QCOMPARE(good.readAll(), QByteArray("ok\n"));
}

QTEST_GUILESS_MAIN(TestConsoleLink)
#include "tst_consolelink.moc"
