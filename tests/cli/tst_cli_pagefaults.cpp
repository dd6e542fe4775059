// `evovoice-cli files list --limit 0` under trouble, as a new user meets it: one malformed page
// or one request that times out must not abort the walk (a GET whose body is cut, unreadable or
// late is retried like a network error); a page that keeps failing stops with a clear error on
// stderr and a non-zero exit code.
#include "simprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTest>

class TestCliPageFaults final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void malformedPageIsRetried();
    void timedOutPageIsRetried();
    void cutPageIsRetried();
    void pageThatKeepsFailingStopsClearly();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run listAll();
    // Lets the first `pagesBefore` page requests through, then queues `count` faults.
    void faultAfter(int pagesBefore, const QString &fault, int count);
    void expectAllDistinct(const Run &r);

    SimProcess m_sim;
    int m_total = 0;
};

void TestCliPageFaults::initTestCase()
{
    QVERIFY2(m_sim.start({QStringLiteral("--files"), QStringLiteral("500")}), qPrintable(m_sim.errorString()));
    const QByteArray token = m_sim.bearerToken(QStringLiteral("admin@example.com"));
    QVERIFY(!token.isEmpty());
    const auto reply = m_sim.raw("GET", m_sim.url(QStringLiteral("/files?countPerPage=1")), {},
                                 {{"Authorization", "Bearer " + token}, {"Accept", "application/json"}});
    QCOMPARE(reply.status, 200);
    m_total = QJsonDocument::fromJson(reply.body).object().value(QStringLiteral("totalCount")).toInt();
    QVERIFY(m_total > 300);
}

void TestCliPageFaults::init()
{
    QVERIFY(m_sim.clearFaults());
    QVERIFY(m_sim.clearRequests());
}

TestCliPageFaults::Run TestCliPageFaults::listAll()
{
    QProcess p;
    QProcessEnvironment env = m_sim.cliEnvironment();
    env.insert(QStringLiteral("EVOVOICE_REQUEST_TIMEOUT_MS"), QStringLiteral("1500"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(EVOVOICE_CLI_BINARY),
            {QStringLiteral("files"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("0"),
             QStringLiteral("--page-size"), QStringLiteral("100"), QStringLiteral("--format"), QStringLiteral("json")});
    p.closeWriteChannel();
    p.waitForFinished(90000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

void TestCliPageFaults::faultAfter(int pagesBefore, const QString &fault, int count)
{
    if (pagesBefore > 0)
        QVERIFY(m_sim.queueFault(QJsonObject{{QStringLiteral("path"), QStringLiteral("/files")},
                                             {QStringLiteral("method"), QStringLiteral("GET")},
                                             {QStringLiteral("fault"), QString()},
                                             {QStringLiteral("count"), pagesBefore}}));
    QVERIFY(m_sim.queueFault(QJsonObject{{QStringLiteral("path"), QStringLiteral("/files")},
                                         {QStringLiteral("method"), QStringLiteral("GET")},
                                         {QStringLiteral("fault"), fault},
                                         {QStringLiteral("count"), count}}));
}

void TestCliPageFaults::expectAllDistinct(const Run &r)
{
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QJsonParseError pe;
    const QJsonArray items = QJsonDocument::fromJson(r.out, &pe).array();
    QVERIFY2(pe.error == QJsonParseError::NoError, qPrintable(pe.errorString()));
    QSet<QString> ids;
    for (const QJsonValue &v : items)
        ids.insert(v.toObject().value(QStringLiteral("id")).toString());
    QCOMPARE(items.size(), m_total);
    QCOMPARE(ids.size(), m_total);
}

void TestCliPageFaults::malformedPageIsRetried()
{
    faultAfter(2, QStringLiteral("malformed"), 1);
    expectAllDistinct(listAll());
}

void TestCliPageFaults::timedOutPageIsRetried()
{
    faultAfter(1, QStringLiteral("timeout"), 1);
    expectAllDistinct(listAll());
}

void TestCliPageFaults::cutPageIsRetried()
{
    faultAfter(3, QStringLiteral("cut"), 1);
    expectAllDistinct(listAll());
}

void TestCliPageFaults::pageThatKeepsFailingStopsClearly()
{
    faultAfter(1, QStringLiteral("malformed"), 50);
    const Run r = listAll();
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("could not be read"), r.err.constData());
    QVERIFY(!r.err.contains("Segmentation"));
}

QTEST_GUILESS_MAIN(TestCliPageFaults)
#include "tst_cli_pagefaults.moc"
