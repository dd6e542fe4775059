#include <QDir>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <unistd.h>

// The evovoice-console binary itself: --help, --version, and --demo's simulator child, which
// must be gone once the console is terminated (cleanly or killed).
class TestConsoleProcess final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_home;

    static QString console() { return QString::fromLocal8Bit(EVOVOICE_CONSOLE_BINARY); }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        env.remove(QStringLiteral("DISPLAY"));
        return env;
    }

    // The pid of the process's evovoice-sim child (0 when none), from /proc.
    static qint64 simChildOf(qint64 parent)
    {
        const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
        for (const QString &e : entries) {
            bool ok = false;
            const qint64 pid = e.toLongLong(&ok);
            if (!ok)
                continue;
            QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
            if (!stat.open(QIODevice::ReadOnly))
                continue;
            const QByteArray text = stat.readAll();
            const int open = text.indexOf('(');
            const int close = text.lastIndexOf(')');
            if (open < 0 || close < 0)
                continue;
            const QByteArray name = text.mid(open + 1, close - open - 1);
            const QList<QByteArray> rest = text.mid(close + 2).split(' ');
            if (name == "evovoice-sim" && rest.value(1).toLongLong() == parent && rest.value(0) != "Z")
                return pid;
        }
        return 0;
    }

    static bool alive(qint64 pid)
    {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            return false;
        const QByteArray text = stat.readAll();
        return text.mid(text.lastIndexOf(')') + 2, 1) != "Z";
    }

    // The TCP ports a process listens on, from /proc: its sockets' inodes in /proc/net/tcp(6).
    static QList<int> listeningPorts(qint64 pid)
    {
        QSet<QByteArray> inodes;
        const QString fdDir = QStringLiteral("/proc/%1/fd").arg(pid);
        for (const QString &fd : QDir(fdDir).entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot)) {
            char target[128] = {};
            const QByteArray link = QFile::encodeName(fdDir + QLatin1Char('/') + fd);
            const ssize_t n = readlink(link.constData(), target, sizeof target - 1);
            const QByteArray t(target, n > 0 ? int(n) : 0);
            if (t.startsWith("socket:["))
                inodes.insert(t.mid(8, t.size() - 9));
        }
        QList<int> ports;
        for (const char *table : {"/proc/net/tcp", "/proc/net/tcp6"}) {
            QFile f(QString::fromLatin1(table));
            if (!f.open(QIODevice::ReadOnly))
                continue;
            for (const QByteArray &line : f.readAll().split('\n')) {
                const QList<QByteArray> cols = line.simplified().split(' ');
                if (cols.size() > 9 && cols.at(3) == "0A" && inodes.contains(cols.at(9)))
                    ports << cols.at(1).mid(cols.at(1).lastIndexOf(':') + 1).toInt(nullptr, 16);
            }
        }
        return ports;
    }

    // Whether the console has asked the demo simulator for a page of files (its request log).
    static bool filesRequested(qint64 sim)
    {
        QNetworkAccessManager nam;
        for (int port : listeningPorts(sim)) {
            QNetworkReply *reply = nam.get(QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/__sim/requests").arg(port))));
            QEventLoop loop;
            QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            loop.exec();
            const QJsonArray log = QJsonDocument::fromJson(reply->readAll()).array();
            reply->deleteLater();
            for (const QJsonValue &entry : log) {
                if (entry.toObject().value(QStringLiteral("path")).toString() == QLatin1String("/files"))
                    return true;
            }
        }
        return false;
    }

    qint64 startDemo(QProcess &process)
    {
        process.setProcessEnvironment(environment());
        process.start(console(), {QStringLiteral("--demo")});
        if (!process.waitForStarted(10000))
            return 0;
        qint64 sim = 0;
        (void)QTest::qWaitFor([&] { return (sim = simChildOf(process.processId())) != 0; }, 20000);
        return sim;
    }

private slots:
    void helpAndVersion()
    {
        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(console(), {QStringLiteral("--version")});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(p.readAllStandardOutput().startsWith("evovoice-console "));

        p.start(console(), {QStringLiteral("--help")});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 0);
        const QByteArray help = p.readAllStandardOutput();
        for (const char *word : {"--server", "--user", "--demo", "EVOVOICE_PASSWORD", "--version"})
            QVERIFY2(help.contains(word), word);

        p.start(console(), {QStringLiteral("--no-such-option")});
        QVERIFY(p.waitForFinished(10000));
        QVERIFY(p.exitCode() != 0);
    }

    void demoSimulatorStopsWithTheConsole()
    {
        QProcess console;
        const qint64 sim = startDemo(console);
        QVERIFY2(sim > 0, console.readAllStandardError().constData());
        QTRY_VERIFY_WITH_TIMEOUT(filesRequested(sim), 30000);  // signed in and loading
        QVERIFY(alive(sim));
        QCOMPARE(console.state(), QProcess::Running);
        console.terminate();  // SIGTERM: the console quits normally and stops its child
        QVERIFY(console.waitForFinished(10000));
        QCOMPARE(console.exitStatus(), QProcess::NormalExit);
        QVERIFY(QTest::qWaitFor([&] { return !alive(sim); }, 5000));
    }

    void demoSimulatorStopsWhenTheConsoleIsKilled()
    {
        QProcess console;
        const qint64 sim = startDemo(console);
        QVERIFY(sim > 0);
        console.kill();  // SIGKILL: no cleanup; --exit-with-stdin must stop the child
        QVERIFY(console.waitForFinished(10000));
        QVERIFY(QTest::qWaitFor([&] { return !alive(sim); }, 10000));
    }

    void missingSimulatorIsAClearMessage()
    {
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("evovoice-console"));
        QVERIFY(QFile::copy(console(), copy));
        QVERIFY(QFile::setPermissions(copy, QFile::permissions(console())));
        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(copy, {QStringLiteral("--demo")});
        QVERIFY(p.waitForStarted(10000));
        QByteArray err;
        (void)QTest::qWaitFor([&] {
            err += p.readAllStandardError();
            return err.contains("not found");
        }, 15000);
        QVERIFY2(err.contains("evovoice-sim") && err.contains("not found"), err.constData());
        p.kill();
        p.waitForFinished(5000);
    }
};

QTEST_GUILESS_MAIN(TestConsoleProcess)
#include "tst_consoleprocess.moc"
