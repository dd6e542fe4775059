// Single instance, with two real console processes (offscreen): a start with a link while a
// console runs hands the link over (and exits 0); the running console opens it and selects the
// file. A socket left by a crashed console is cleaned up; a second start without a link only
// brings the running one to the front.
#include "api/apiclient.h"
#include "apiwait.h"
#include "signedinclient.h"
#include "simprocess.h"

#include <QFile>
#include <QLocalSocket>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

class TestLinkHandover final : public QObject
{
    Q_OBJECT
private:
    SimProcess m_sim;
    QTemporaryDir m_home;
    QTemporaryDir m_runtime;
    QStringList m_ids;

    static QString console() { return QString::fromLocal8Bit(EVOVOICE_CONSOLE_BINARY); }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("qt.qpa.*=false;evovoice.links.info=true"));
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_runtime.path());
        env.insert(QStringLiteral("EVOVOICE_PASSWORD"), QStringLiteral("demo"));
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        env.remove(QStringLiteral("DISPLAY"));
        return env;
    }

    static bool waitForOutput(QProcess &p, QByteArray *seen, const QByteArray &needle, int timeoutMs = 30000)
    {
        return QTest::qWaitFor([&] {
            *seen += p.readAllStandardError();
            *seen += p.readAllStandardOutput();
            return seen->contains(needle) || p.state() == QProcess::NotRunning;
        }, timeoutMs) && seen->contains(needle);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid() && m_runtime.isValid());
        QFile::setPermissions(m_runtime.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QVERIFY2(m_sim.start({QStringLiteral("--files"), QStringLiteral("1200")}), qPrintable(m_sim.errorString()));
        ApiClient client;
        QString error;
        QVERIFY2(signInToSim(client, m_sim, QStringLiteral("manager@example.com"), this, &error), qPrintable(error));
        FileQuery q;
        q.countPerPage = 1000;
        const auto r = waitFor<ListPage<FileInfo>>([&](auto done) { client.listFiles(q, this, done); });
        QVERIFY(r && r->ok());
        for (const FileInfo &f : r->value.items)
            m_ids << f.id();
        QVERIFY(m_ids.size() > 450);
    }

    void secondStartHandsTheLinkOver()
    {
        // A crashed console's socket is in the way.
        const QString socket = m_runtime.filePath(QStringLiteral("evovoice-console.socket"));
        {
            QFile stale(socket);
            QVERIFY(stale.open(QIODevice::WriteOnly));
        }
        QProcess first;
        first.setProcessEnvironment(environment());
        first.start(console(), {QStringLiteral("--server"), m_sim.apiUrl().toString(), QStringLiteral("--user"),
                                QStringLiteral("manager@example.com")});
        QVERIFY(first.waitForStarted(10000));
        QByteArray firstOut;
        // Listening: the stale file replaced by a live socket.
        QVERIFY(QTest::qWaitFor([&] {
            QLocalSocket probe;
            probe.connectToServer(socket);
            return probe.waitForConnected(500) || first.state() == QProcess::NotRunning;
        }, 30000));
        QCOMPARE(first.state(), QProcess::Running);

        // The second start, with a link to a file on page 3 (of 200 rows).
        const QString target = m_ids.at(450);
        const QString link = QStringLiteral("evovoice://open?server=%1&file=%2")
                                 .arg(QString::fromLatin1(QUrl::toPercentEncoding(m_sim.apiUrl().toString())), target);
        QProcess second;
        second.setProcessEnvironment(environment());
        second.start(console(), {link});
        QVERIFY(second.waitForFinished(20000));
        QCOMPARE(second.exitStatus(), QProcess::NormalExit);
        QCOMPARE(second.exitCode(), 0);
        QVERIFY2(second.readAllStandardOutput().contains("handed over"), "the second start did not hand over");
        QVERIFY2(waitForOutput(first, &firstOut, "selected file \"" + target.toLatin1() + '"'), firstOut.constData());

        // A start with a broken link says why and exits 2, without bothering the running one.
        QProcess broken;
        broken.setProcessEnvironment(environment());
        broken.start(console(), {QStringLiteral("evovoice://open?file=..%2Fetc")});
        QVERIFY(broken.waitForFinished(20000));
        QCOMPARE(broken.exitCode(), 2);
        QVERIFY(broken.readAllStandardError().contains("not a valid id"));

        first.terminate();
        QVERIFY(first.waitForFinished(20000));
        // The console's socket went with it: a new start would listen again.
        QVERIFY(!QFile::exists(socket));
    }
};

QTEST_MAIN(TestLinkHandover)
#include "tst_linkhandover.moc"
