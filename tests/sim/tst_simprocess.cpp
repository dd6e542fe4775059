// The simulator as a process: non-Latin names travel as UTF-8 JSON both ways, and SIGTERM
// stops it cleanly (exit code 0) within 2 s, even while its sort indexes are being built.
#include "simtestclient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QUrlQuery>
#include <QtTest>

class TstSimProcess final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void nonLatinNames_data();
    void nonLatinNames();
    void nonLatinRoundTrip();
    void sigtermExitsCleanly();

private:
    static QStringList scripts(const QString &text);
    SimProcess m_sim;
    SimTestClient m_admin{m_sim};
};

void TstSimProcess::initTestCase()
{
    QVERIFY2(m_sim.start({QStringLiteral("--files"), QStringLiteral("1000")}), qPrintable(m_sim.errorString()));
    QVERIFY(m_admin.signIn());
}

// The non-Latin scripts a text uses, among Cyrillic, CJK (Han and kana) and Arabic.
QStringList TstSimProcess::scripts(const QString &text)
{
    QStringList out;
    const QList<QPair<QString, QRegularExpression>> tests = {
        {QStringLiteral("Cyrillic"), QRegularExpression(QStringLiteral("[\\x{0400}-\\x{04FF}]"))},
        {QStringLiteral("CJK"), QRegularExpression(QStringLiteral("[\\x{3040}-\\x{30FF}\\x{4E00}-\\x{9FFF}]"))},
        {QStringLiteral("Arabic"), QRegularExpression(QStringLiteral("[\\x{0600}-\\x{06FF}]"))}};
    for (const auto &[name, re] : tests) {
        if (re.match(text).hasMatch())
            out.append(name);
    }
    return out;
}

void TstSimProcess::nonLatinNames_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QStringList>("keys");
    QTest::newRow("customers") << QStringLiteral("/customers?All=true") << QStringList{QStringLiteral("name")};
    QTest::newRow("users") << QStringLiteral("/users?All=true") << QStringList{QStringLiteral("firstName"), QStringLiteral("lastName")};
    QTest::newRow("files") << QStringLiteral("/files?All=true") << QStringList{QStringLiteral("fileName")};
}

// Each list has names in all three scripts, sent as raw UTF-8 (not \u escapes) and unchanged
// when the item is fetched again by id.
void TstSimProcess::nonLatinNames()
{
    QFETCH(QString, path);
    QFETCH(QStringList, keys);
    const SimProcess::RawReply r = m_admin.raw(path);
    QCOMPARE(r.status, 200);
    QVERIFY(r.header("Content-Type").contains("charset=utf-8"));
    QCOMPARE(QString::fromUtf8(r.body).toUtf8(), r.body); // valid UTF-8
    const QJsonArray items = QJsonDocument::fromJson(r.body).object().value(QStringLiteral("items")).toArray();
    QVERIFY(!items.isEmpty());
    QSet<QString> seen;
    const QString base = path.left(path.indexOf(QLatin1Char('?')));
    for (const QJsonValue &v : items) {
        const QJsonObject o = v.toObject();
        for (const QString &key : keys) {
            const QString name = o.value(key).toString();
            const QStringList found = scripts(name);
            for (const QString &script : found) {
                if (seen.contains(script))
                    continue;
                seen.insert(script);
                QVERIFY2(r.body.contains(name.toUtf8()), qPrintable(name));
                const QString id = o.value(QStringLiteral("id")).toString();
                QCOMPARE(m_admin.getObject(base + QLatin1Char('/') + id).value(key).toString(), name);
            }
        }
    }
    QCOMPARE(seen.size(), 3); // Cyrillic, CJK and Arabic
}

// A non-Latin name in a filter and in a PATCH body arrives intact and comes back the same.
void TstSimProcess::nonLatinRoundTrip()
{
    const QJsonArray all = m_admin.items(QStringLiteral("/files?All=true"));
    const QString id = all.at(5).toObject().value(QStringLiteral("id")).toString();
    const QString name = QStringLiteral("Отчёт 報告書 تقرير.pdf");
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("fileName"), name}}).toJson(QJsonDocument::Compact);
    const SimProcess::RawReply patched = m_admin.raw(QStringLiteral("/files/") + id, "PATCH",
                                                     {{"Content-Type", "application/json; charset=utf-8"}}, body);
    QCOMPARE(patched.status, 200);
    QVERIFY(patched.body.contains(name.toUtf8()));
    QCOMPARE(m_admin.getObject(QStringLiteral("/files/") + id).value(QStringLiteral("fileName")).toString(), name);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("fileName"), QStringLiteral("報告書 تقرير"));
    const QJsonArray hits = m_admin.items(QStringLiteral("/files?") + query.toString(QUrl::FullyEncoded));
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().toObject().value(QStringLiteral("fileName")).toString(), name);
    // Sorted by FileName, the renamed file sits among its neighbours in case-folded order.
    const QJsonArray sorted = m_admin.items(QStringLiteral("/files?All=true&sortField=FileName"));
    QCOMPARE(sorted.size(), all.size());
    for (int k = 1; k < sorted.size(); ++k) {
        const QString a = sorted[k - 1].toObject().value(QStringLiteral("fileName")).toString().toCaseFolded();
        const QString b = sorted[k].toObject().value(QStringLiteral("fileName")).toString().toCaseFolded();
        QVERIFY2(a <= b, qPrintable(QStringLiteral("%1 vs %2").arg(a, b)));
    }
}

// Started with enough files that the background index build is still running at SIGTERM.
void TstSimProcess::sigtermExitsCleanly()
{
    QProcess sim;
    sim.start(SimProcess::binaryPath(), {QStringLiteral("--files"), QStringLiteral("200000")});
    QVERIFY(sim.waitForStarted(10000));
    QDeadlineTimer deadline(30000);
    while (!sim.canReadLine() && !deadline.hasExpired())
        sim.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
    QVERIFY(sim.readLine().startsWith("listening on http://127.0.0.1:"));
    QElapsedTimer t;
    t.start();
    sim.terminate(); // SIGTERM
    QVERIFY(sim.waitForFinished(2000));
    QVERIFY2(t.elapsed() <= 2000, qPrintable(QString::number(t.elapsed())));
    QCOMPARE(sim.exitStatus(), QProcess::NormalExit);
    QCOMPARE(sim.exitCode(), 0);
}

QTEST_GUILESS_MAIN(TstSimProcess)
#include "tst_simprocess.moc"
