// What evovoice-cli says when things go wrong, read as a new user reads it: GNU-style help for
// each command (no Qt --help-all, no full path), one sentence (not two) for an unreadable reply,
// and "Sign-in failed: <the server's message>" on a wrong password.
#include "simprocess.h"

#include <QProcess>
#include <QTest>

class TestCliMessages final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void filesListHelpIsGnuStyle();
    void filesGetHelpIsGnuStyle();
    void unreadableReplySaidOnce();
    void unreadableSignInSaidOnce();
    void wrongPasswordSaysSignInFailed();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run run(const QStringList &args, const QString &password = QStringLiteral("demo"));

    SimProcess m_sim;
};

void TestCliMessages::initTestCase()
{
    QVERIFY2(m_sim.start({QStringLiteral("--files"), QStringLiteral("50")}), qPrintable(m_sim.errorString()));
}

void TestCliMessages::init()
{
    QVERIFY(m_sim.clearFaults());
}

TestCliMessages::Run TestCliMessages::run(const QStringList &args, const QString &password)
{
    QProcess p;
    p.setProcessEnvironment(m_sim.cliEnvironment(QStringLiteral("admin@example.com"), password));
    p.start(QStringLiteral(EVOVOICE_CLI_BINARY), args);
    if (!p.waitForStarted() || !p.waitForFinished(60000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

void TestCliMessages::filesListHelpIsGnuStyle()
{
    const Run r = run({QStringLiteral("files"), QStringLiteral("list"), QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith(QLatin1String("Usage: evovoice-cli files list [OPTION]...\n")), qPrintable(r.out.left(200)));
    QVERIFY2(!r.out.contains(QLatin1String("--help-all")), qPrintable(r.out));
    QVERIFY(!r.out.contains(QLatin1String(EVOVOICE_CLI_BINARY)));
    QVERIFY(r.out.contains(QLatin1String("  -h, --help")));
    QVERIFY(r.out.contains(QLatin1String("--file-name=TEXT")));
    QVERIFY(r.err.isEmpty());
}

void TestCliMessages::filesGetHelpIsGnuStyle()
{
    const Run r = run({QStringLiteral("files"), QStringLiteral("get"), QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith(QLatin1String("Usage: evovoice-cli files get [OPTION]... ID\n")), qPrintable(r.out.left(200)));
    QVERIFY(!r.out.contains(QLatin1String("--help-all")));
}

void TestCliMessages::unreadableReplySaidOnce()
{
    // More unreadable answers than the client retries: the last one is reported, once.
    QVERIFY(m_sim.queueFault(QStringLiteral("/files"), QStringLiteral("malformed"), 10));
    const Run r = run({QStringLiteral("files"), QStringLiteral("list")});
    QVERIFY(m_sim.clearFaults());
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.count(QLatin1String("could not be read")) == 1, qPrintable(r.err));
}

void TestCliMessages::unreadableSignInSaidOnce()
{
    QVERIFY(m_sim.queueFault(QStringLiteral("/auth"), QStringLiteral("malformed")));
    const Run r = run({QStringLiteral("files"), QStringLiteral("list")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.count(QLatin1String("could not be read")) == 1, qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("Sign-in failed: ")), qPrintable(r.err));
}

void TestCliMessages::wrongPasswordSaysSignInFailed()
{
    const Run r = run({QStringLiteral("files"), QStringLiteral("list")}, QStringLiteral("wrong"));
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err.trimmed(), QStringLiteral("evovoice-cli: Sign-in failed: Invalid UserName or Password"));
    QVERIFY(!r.err.contains(QLatin1String("not signed in")));
}

QTEST_GUILESS_MAIN(TestCliMessages)
#include "tst_cli_messages.moc"
