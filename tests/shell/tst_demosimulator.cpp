#include "settings/demosimulator.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QtTest>

#include <csignal>
#include <sys/types.h>

namespace {
// True while the process exists and is not a zombie.
bool processAlive(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray text = stat.readAll();
    const int close = text.lastIndexOf(')');
    return close > 0 && text.mid(close + 2, 1) != "Z";
}
} // namespace

class TestDemoSimulator final : public QObject
{
    Q_OBJECT
private slots:
    void startsGivesUrlAndDiesWithIt()
    {
        qint64 pid = 0;
        {
            DemoSimulator sim;
            sim.setProgram(QString::fromLocal8Bit(EVOVOICE_SIM_BINARY));
            sim.setExtraArguments({QStringLiteral("--files"), QStringLiteral("50")});
            QSignalSpy ready(&sim, &DemoSimulator::ready);
            QVERIFY2(sim.startAndWait(30000), qPrintable(sim.errorString()));
            QCOMPARE(ready.count(), 1);
            QCOMPARE(sim.url().scheme(), QStringLiteral("http"));
            QCOMPARE(sim.url().host(), QStringLiteral("127.0.0.1"));
            QVERIFY(sim.url().port() > 0);
            pid = sim.processId();
            QVERIFY(pid > 0);
            QVERIFY(processAlive(pid));

            // It answers HTTP at that URL.
            QNetworkAccessManager nam;
            QUrl status = sim.url();
            status.setPath(QStringLiteral("/auth/status"));
            QNetworkReply *reply = nam.get(QNetworkRequest(status));
            QVERIFY(QTest::qWaitFor([&] { return reply->isFinished(); }, 10000));
            QVERIFY(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() > 0);
            reply->deleteLater();
        }
        QVERIFY(!processAlive(pid));
    }

    void twoSimulatorsGetTwoPorts()
    {
        DemoSimulator a;
        DemoSimulator b;
        a.setProgram(QString::fromLocal8Bit(EVOVOICE_SIM_BINARY));
        b.setProgram(QString::fromLocal8Bit(EVOVOICE_SIM_BINARY));
        QVERIFY(a.startAndWait());
        QVERIFY(b.startAndWait());
        QVERIFY(a.url().port() != b.url().port());
    }

    void missingBinaryIsAClearMessage()
    {
        DemoSimulator sim;
        sim.setProgram(QStringLiteral("/nonexistent/evovoice-sim"));
        QSignalSpy failed(&sim, &DemoSimulator::failed);
        QVERIFY(!sim.startAndWait(5000));
        QCOMPARE(failed.count(), 1);
        QVERIFY(sim.errorString().contains(QLatin1String("/nonexistent/evovoice-sim")));
        QVERIFY(sim.errorString().contains(QLatin1String("not found")));
    }

    void defaultProgramIsNextToTheBinary()
    {
        QCOMPARE(QFileInfo(DemoSimulator::defaultProgram()).dir(), QDir(QCoreApplication::applicationDirPath()));
    }
};

QTEST_GUILESS_MAIN(TestDemoSimulator)
#include "tst_demosimulator.moc"
