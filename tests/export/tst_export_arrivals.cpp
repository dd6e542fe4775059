// Files arriving during the walk: the simulator holds newest files back (--arriving) and lets
// them in (POST /__sim/add-files) exactly between two page fetches (holds), so that the pages of
// a DateCreated-descending walk shift under the export. Through `evovoice-cli files export` and
// through the export core: no gap, no duplicate, every file of the start exported exactly once,
// and the summary says that the total changed.
#include "api/apiclient.h"
#include "apiwait.h"
#include "export/exportjob.h"
#include "signedinclient.h"
#include "simprocess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
constexpr int kFiles = 2500;   // three pages of 1,000
constexpr int kArriving = 30;  // per test

// All matching files, newest first (so that arriving files shift the pages), their ids alone
// into a CSV at csvPath.
ExportOptions idsExport(const QString &csvPath)
{
    ExportOptions o;
    o.source = ExportOptions::Source::AllMatching;
    o.query.sortField = QStringLiteral("DateCreated");
    o.query.sortOrder = FileQuery::SortOrder::Descend;
    o.metadataFormat = ExportOptions::MetadataFormat::Csv;
    o.metadataPath = csvPath;
    o.columns = {FileField::Id};
    return o;
}
} // namespace

class TestExportArrivals final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cliExportWithFilesArrivingBetweenPages();
    void exportJobWithFilesArrivingBetweenPages();
    void walkUnderRandomFaultsAndArrivalsLosesNothing();

private:
    QStringList idsNow();
    // Holds the walk's first three pages; lets the first through, and once the next two wait,
    // adds kArriving files and answers them. The ids added.
    QStringList addFilesBetweenPages();
    void checkExported(const QList<QByteArray> &csvLines, const QStringList &before, const QStringList &added);

    SimProcess m_sim;
    std::unique_ptr<ApiClient> m_client;
};

void TestExportArrivals::initTestCase()
{
    qRegisterMetaType<ExportSummary>();
    QVERIFY2(m_sim.start({QStringLiteral("--files"), QString::number(kFiles), QStringLiteral("--arriving"),
                          QString::number(3 * kArriving)}),
             qPrintable(m_sim.errorString()));
    m_client = newSimClient(m_sim);
    QVERIFY(signInAs(*m_client, QStringLiteral("admin@example.com"), this));
    QCOMPARE(idsNow().size(), kFiles);
}

QStringList TestExportArrivals::idsNow()
{
    FileQuery q;
    q.all = true;
    const auto r = waitFor<ListPage<FileInfo>>([&](auto cb) { m_client->listFiles(q, this, cb); });
    QStringList ids;
    if (r && r->ok())
        for (const FileInfo &f : r->value.items)
            ids << f.id();
    return ids;
}

QStringList TestExportArrivals::addFilesBetweenPages()
{
    const QJsonArray first = m_sim.waitForHeld(1, 60000);
    if (first.size() != 1)
        return {};
    m_sim.release(qint64(first.at(0).toObject().value(QStringLiteral("id")).toInteger()));
    if (m_sim.waitForHeld(2, 60000).size() != 2)
        return {};
    const QStringList added = m_sim.addFiles(kArriving);
    m_sim.release();
    return added;
}

void TestExportArrivals::checkExported(const QList<QByteArray> &csvLines, const QStringList &before,
                                       const QStringList &added)
{
    QHash<QString, int> times;
    for (qsizetype i = 1; i < csvLines.size(); ++i) {  // after the header
        const QByteArray id = csvLines.at(i).trimmed();
        if (!id.isEmpty())
            ++times[QString::fromLatin1(id)];
    }
    int duplicates = 0;
    for (auto it = times.cbegin(); it != times.cend(); ++it)
        duplicates += it.value() > 1;
    QCOMPARE(duplicates, 0);
    int missing = 0;
    for (const QString &id : before)
        missing += !times.contains(id);
    QCOMPARE(missing, 0);
    // The walk looked again when the count grew: the arrivals are in it too, once each.
    for (const QString &id : added)
        QVERIFY2(times.value(id) == 1, qPrintable(id));
    QCOMPARE(times.size(), before.size() + added.size());
}

void TestExportArrivals::cliExportWithFilesArrivingBetweenPages()
{
    const QStringList before = idsNow();
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("ids.csv"));
    QVERIFY(m_sim.hold(QStringLiteral("/files"), 3));
    QProcess p;
    QProcessEnvironment env = m_sim.cliEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(EVOVOICE_CLI_BINARY),
            {QStringLiteral("files"), QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"),
             QStringLiteral("--columns"), QStringLiteral("id"), QStringLiteral("--sort"), QStringLiteral("DateCreated"),
             QStringLiteral("--descending"), QStringLiteral("--output"), out});
    p.closeWriteChannel();
    QVERIFY(p.waitForStarted(30000));
    const QStringList added = addFilesBetweenPages();
    QCOMPARE(added.size(), kArriving);
    QVERIFY(p.waitForFinished(180000));
    const QByteArray err = p.readAllStandardError();
    const QByteArray plain = QByteArray(err).replace(',', "");  // "2,500" in the C locale
    QVERIFY2(p.exitCode() == 0, err.constData());
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    checkExported(f.readAll().split('\n'), before, added);
    // The summary says so clearly, with both totals.
    QVERIFY2(err.contains("note: Files arrived while exporting")
                 && plain.contains("from " + QByteArray::number(before.size()) + " to "
                                   + QByteArray::number(before.size() + kArriving)),
             err.constData());
}

void TestExportArrivals::exportJobWithFilesArrivingBetweenPages()
{
    const QStringList before = idsNow();
    QTemporaryDir dir;
    const ExportOptions o = idsExport(dir.filePath(QStringLiteral("ids.csv")));
    QVERIFY(m_sim.hold(QStringLiteral("/files"), 3));
    ExportJob job(m_client.get(), o);
    QSignalSpy done(&job, &ExportJob::finished);
    job.start();
    const QStringList added = addFilesBetweenPages();
    QCOMPARE(added.size(), kArriving);
    QVERIFY(done.count() == 1 || done.wait(120000));
    const ExportSummary s = done.first().first().value<ExportSummary>();
    QVERIFY2(s.ok(), qPrintable(s.error));
    QFile f(o.metadataPath);
    QVERIFY(f.open(QIODevice::ReadOnly));
    checkExported(f.readAll().split('\n'), before, added);
    QCOMPARE(s.rowsListed, qint64(before.size() + kArriving));
    QVERIFY(s.totalChanged);
    QVERIFY2(s.totalChangedNote.contains(QLatin1String("arrived")), qPrintable(s.totalChangedNote));
}

void TestExportArrivals::walkUnderRandomFaultsAndArrivalsLosesNothing()
{
    // Seeded faults at random moments of a three-page walk (k pages through, then one fault, six
    // times), and files arriving after a random number of page requests. The seed is printed on
    // failure; EXPORT_WALK_SEED=N replays one.
    const quint32 seed = qEnvironmentVariableIsSet("EXPORT_WALK_SEED") ? quint32(qEnvironmentVariableIntValue("EXPORT_WALK_SEED"))
                                                                       : QRandomGenerator::global()->generate();
    QRandomGenerator random(seed);
    const QByteArray why = "seed " + QByteArray::number(seed);
    // The files there before, read before any fault is queued (a faulted read would leave it short).
    const QStringList before = idsNow();
    QVERIFY(!before.isEmpty());
    static const char *faults[] = {"500", "503", "malformed", "cut", "timeout", "429"};
    for (int i = 0; i < 6; ++i) {
        QVERIFY2(m_sim.queueFault(QJsonObject{{QStringLiteral("path"), QStringLiteral("/files")},
                                              {QStringLiteral("method"), QStringLiteral("GET")},
                                              {QStringLiteral("fault"), QString()},
                                              {QStringLiteral("count"), int(random.bounded(3))}}),
                 why.constData());
        QVERIFY2(m_sim.queueFault(QStringLiteral("/files"), QLatin1String(faults[random.bounded(6)]), 1), why.constData());
    }
    const int arriveAfter = 1 + int(random.bounded(4));
    QVERIFY(m_sim.clearRequests());
    QTemporaryDir dir;
    const ExportOptions o = idsExport(dir.filePath(QStringLiteral("ids.csv")));
    m_client->setRequestTimeout(1500);
    ExportJob job(m_client.get(), o);
    QSignalSpy done(&job, &ExportJob::finished);
    job.start();
    auto pageRequests = [this] {
        int n = 0;
        for (const QJsonValue &v : m_sim.requests(QStringLiteral("api"), QStringLiteral("/files")))
            n += v.toObject().value(QStringLiteral("path")).toString() == QLatin1String("/files");
        return n;
    };
    QTRY_VERIFY2_WITH_TIMEOUT(pageRequests() >= arriveAfter || !done.isEmpty(), why.constData(), 60000);
    const QStringList added = done.isEmpty() ? m_sim.addFiles(kArriving) : QStringList();
    QVERIFY2(done.count() == 1 || done.wait(200000), why.constData());
    m_client->setRequestTimeout(30000);
    m_sim.clearFaults();
    const ExportSummary s = done.first().first().value<ExportSummary>();
    QVERIFY2(s.ok(), qPrintable(QStringLiteral("seed %1: %2").arg(seed).arg(s.error)));
    QFile f(o.metadataPath);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QHash<QString, int> times;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i)
        if (!lines.at(i).trimmed().isEmpty())
            ++times[QString::fromLatin1(lines.at(i).trimmed())];
    int duplicates = 0;
    for (auto it = times.cbegin(); it != times.cend(); ++it)
        duplicates += it.value() > 1;
    int missing = 0;
    for (const QString &id : before)
        missing += !times.contains(id);
    QVERIFY2(duplicates == 0 && missing == 0,
             qPrintable(QStringLiteral("seed %1: %2 duplicates, %3 missing").arg(seed).arg(duplicates).arg(missing)));
    // An arrival the final recount saw is exported too; one after it may be missed (the walk
    // had ended). Nothing else is in the file.
    const QSet<QString> known = QSet<QString>(before.cbegin(), before.cend()) + QSet<QString>(added.cbegin(), added.cend());
    for (auto it = times.cbegin(); it != times.cend(); ++it)
        QVERIFY2(known.contains(it.key()), qPrintable(QStringLiteral("seed %1: unknown id %2").arg(seed).arg(it.key())));
    QCOMPARE(s.rowsListed, qint64(times.size()));
}

QTEST_GUILESS_MAIN(TestExportArrivals)
#include "tst_export_arrivals.moc"
