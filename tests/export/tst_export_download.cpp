// The export core against a real evovoice-sim (with its hostile cases), into real folders:
// resume after a cut (Range in the request log), 500s retried, a short body never accepted,
// cancel leaves nothing marked complete, a rerun fetches nothing complete, names stay inside
// the folder and distinct, storage files get no credentials, a walk under random faults loses
// and duplicates nothing.
#include "api/apiclient.h"
#include "apiwait.h"
#include "export/exportfilewriter.h"
#include "export/exportjob.h"
#include "export/exportmanifest.h"
#include "signedinclient.h"
#include "simprocess.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

class TestExportDownload final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cutMidFileResumesWithRange();
    void serverErrorsAreRetried();
    void fullBodyToRangeRestartsFromZero();
    void shortBodyIsNeverAccepted();
    void cancelLeavesNothingMarkedComplete();
    void pauseAndResumeContinueWithRange();
    void rerunFetchesNothingComplete();
    void hostileNamesStayInsideAndDistinct();
    void storageFilesGetNoCredentials();
    void walkUnderRandomFaultsLosesNothing();
    void metadataCsvNeutralisesFormulas();

private:
    ExportSummary run(ExportJob &job, int timeoutMs = 120000);
    ExportOptions mediaOptions(const QStringList &ids, const QString &folder) const;
    QList<QJsonObject> contentRequests(const QString &id);
    QStringList idsOn(const QString &host, int count);
    QByteArray rawSha(const QString &id);

    SimProcess m_sim;
    std::unique_ptr<ApiClient> m_client;
    QJsonObject m_hostile;
    QList<FileInfo> m_all;
};

void TestExportDownload::initTestCase()
{
    qRegisterMetaType<ExportSummary>();
    qRegisterMetaType<ExportProgress>();
    QVERIFY2(m_sim.start({QStringLiteral("--files"), QStringLiteral("400"), QStringLiteral("--hostile")}),
             qPrintable(m_sim.errorString()));
    m_client = newSimClient(m_sim);
    QVERIFY(signInAs(*m_client, QStringLiteral("admin@example.com"), this));
    const auto reply = m_sim.raw("GET", m_sim.url(QStringLiteral("/__sim/hostile")));
    QCOMPARE(reply.status, 200);
    m_hostile = QJsonDocument::fromJson(reply.body).object();
    QCOMPARE(m_hostile.size(), 9);
    FileQuery q;
    q.all = true;
    const auto r = waitFor<ListPage<FileInfo>>([&](auto cb) { m_client->listFiles(q, this, cb); });
    QVERIFY(r && r->ok());
    m_all = r->value.items;
    QCOMPARE(m_all.size(), 400);
}

void TestExportDownload::init()
{
    QVERIFY(m_sim.clearFaults());
    QVERIFY(m_sim.clearRequests());
}

ExportSummary TestExportDownload::run(ExportJob &job, int timeoutMs)
{
    QSignalSpy done(&job, &ExportJob::finished);
    job.start();
    if (done.isEmpty())
        done.wait(timeoutMs);
    return done.isEmpty() ? ExportSummary{} : done.first().first().value<ExportSummary>();
}

ExportOptions TestExportDownload::mediaOptions(const QStringList &ids, const QString &folder) const
{
    ExportOptions o;
    o.source = ExportOptions::Source::Ids;
    o.ids = ids;
    o.media = true;
    o.folder = folder;
    o.jobs = 4;
    return o;
}

QList<QJsonObject> TestExportDownload::contentRequests(const QString &id)
{
    QList<QJsonObject> out;
    for (const QJsonValue &v : m_sim.requests()) {
        const QJsonObject o = v.toObject();
        const QString path = o.value(QStringLiteral("path")).toString();
        if (path.startsWith(QStringLiteral("/files/%1/content").arg(id)) || path.startsWith(QStringLiteral("/blobs/%1/").arg(id)))
            out << o;
    }
    return out;
}

QStringList TestExportDownload::idsOn(const QString &host, int count)
{
    QStringList ids;
    const QSet<QString> hostile = [this] {
        QSet<QString> s;
        for (const QJsonValue &v : m_hostile)
            s.insert(v.toString());
        return s;
    }();
    for (const FileInfo &f : std::as_const(m_all))
        if (f.uri().host() == host && !hostile.contains(f.id()) && ids.size() < count)
            ids << f.id();
    return ids;
}

QByteArray TestExportDownload::rawSha(const QString &id)
{
    for (const FileInfo &f : std::as_const(m_all)) {
        if (f.id() != id)
            continue;
        const bool api = f.uri().host() == m_sim.apiUrl().host();
        const QByteArray token = api ? m_sim.bearerToken(QStringLiteral("admin@example.com")) : QByteArray();
        QList<QPair<QByteArray, QByteArray>> headers;
        if (api)
            headers << qMakePair(QByteArray("Authorization"), "Bearer " + token);
        const auto r = m_sim.raw("GET", f.uri(), {}, headers);
        return QCryptographicHash::hash(r.body, QCryptographicHash::Sha256).toHex();
    }
    return {};
}

void TestExportDownload::cutMidFileResumesWithRange()
{
    QTemporaryDir dir;
    const QString id = idsOn(m_sim.apiUrl().host(), 1).value(0);
    QVERIFY(!id.isEmpty());
    QVERIFY(m_sim.queueFault(QStringLiteral("/files/%1/content").arg(id), QStringLiteral("cut"), 1));
    ExportJob job(m_client.get(), mediaOptions({id}, dir.path()));
    const ExportSummary s = run(job);
    QVERIFY2(s.ok(), qPrintable(s.error + s.failures.value(0).reason));
    QCOMPARE(s.exported, 1);
    const QList<QJsonObject> requests = contentRequests(id);
    QVERIFY(requests.size() >= 2);
    const QString range = requests.last().value(QStringLiteral("headers")).toObject().value(QStringLiteral("range")).toString();
    QVERIFY2(range.startsWith(QLatin1String("bytes=")) && !range.startsWith(QLatin1String("bytes=0-")), qPrintable(range));
    ExportManifest manifest(dir.path());
    manifest.load();
    const QString path = manifest.pathsById().value(id);
    const ExportManifest::Entry *e = manifest.completed(path);
    QVERIFY(e);
    QCOMPARE(e->sha256.toLatin1(), rawSha(id));
    QCOMPARE(ExportFileWriter::hashFile(dir.filePath(path)), rawSha(id));
}

void TestExportDownload::serverErrorsAreRetried()
{
    QTemporaryDir dir;
    const QString id = idsOn(m_sim.apiUrl().host(), 2).value(1);
    QVERIFY(m_sim.queueFault(QStringLiteral("/files/%1/content").arg(id), QStringLiteral("500"), 5));
    ExportOptions o = mediaOptions({id}, dir.path());
    ExportJob job(m_client.get(), o);
    const ExportSummary s = run(job);
    QVERIFY2(s.ok(), qPrintable(s.failures.value(0).reason));
    QCOMPARE(s.exported, 1);
    QCOMPARE(contentRequests(id).size(), 6);
}

void TestExportDownload::fullBodyToRangeRestartsFromZero()
{
    QTemporaryDir dir;
    QString id;
    for (const QString &candidate : idsOn(m_sim.apiUrl().host(), 40))
        for (const FileInfo &f : std::as_const(m_all))
            if (id.isEmpty() && f.id() == candidate && f.contentType() == QLatin1String("audio/wav") && f.fileName().endsWith(QLatin1String(".wav")))
                id = candidate;
    QVERIFY(!id.isEmpty());
    ExportOptions o = mediaOptions({id}, dir.path());
    o.nameTemplate = QStringLiteral("{id}.{ext}");
    // An earlier run left 1,000 bytes that are not the file's: a Range request follows, the server
    // ignores it, and the file must start over rather than keep the stale prefix.
    {
        QFile partial(dir.filePath(id + QStringLiteral(".wav.part")));
        QVERIFY(partial.open(QIODevice::WriteOnly));
        partial.write(QByteArray(1000, 'x'));
    }
    QVERIFY(m_sim.queueFault(QStringLiteral("/files/%1/content").arg(id), QStringLiteral("norange"), 1));
    ExportJob job(m_client.get(), o);
    const ExportSummary s = run(job);
    QVERIFY2(s.ok(), qPrintable(s.failures.value(0).reason));
    const QList<QJsonObject> requests = contentRequests(id);
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().value(QStringLiteral("headers")).toObject().value(QStringLiteral("range")).toString(),
             QStringLiteral("bytes=1000-"));
    QCOMPARE(requests.first().value(QStringLiteral("status")).toInt(), 200);
    QCOMPARE(ExportFileWriter::hashFile(dir.filePath(id + QStringLiteral(".wav"))), rawSha(id));
    QVERIFY(!QFile::exists(dir.filePath(id + QStringLiteral(".wav.part"))));
}

void TestExportDownload::shortBodyIsNeverAccepted()
{
    QTemporaryDir dir;
    const QString id = m_hostile.value(QStringLiteral("short-body")).toString();
    ExportJob job(m_client.get(), mediaOptions({id}, dir.path()));
    const ExportSummary s = run(job);
    QCOMPARE(s.exported, 0);
    QCOMPARE(s.failed, 1);
    QVERIFY(!s.ok());
    QVERIFY2(s.failures.first().reason.contains(QLatin1String("bytes")), qPrintable(s.failures.first().reason));
    QVERIFY(!QFile::exists(dir.filePath(s.failures.first().path)));
    QFile m(dir.filePath(QStringLiteral("manifest.csv")));
    QVERIFY(m.open(QIODevice::ReadOnly));
    const QByteArray text = m.readAll();
    QVERIFY(text.contains(",failed,"));
    QVERIFY(!text.contains(",ok,"));
}

void TestExportDownload::cancelLeavesNothingMarkedComplete()
{
    QTemporaryDir dir;
    const QStringList ids = idsOn(m_sim.apiUrl().host(), 12);
    // Slow answers, so that the cancel lands mid-transfer.
    QVERIFY(m_sim.queueFault(QJsonObject{{QStringLiteral("path"), QStringLiteral("/files/")},
                                         {QStringLiteral("fault"), QString()},
                                         {QStringLiteral("delayMs"), 300},
                                         {QStringLiteral("count"), 100}}));
    ExportJob job(m_client.get(), mediaOptions(ids, dir.path()));
    QSignalSpy done(&job, &ExportJob::finished);
    bool cancelled = false;
    connect(&job, &ExportJob::progressChanged, this, [&](const ExportProgress &p) {
        if (!cancelled && p.filesDone >= 1) {
            cancelled = true;
            job.cancel();
        }
    });
    job.start();
    QVERIFY(done.wait(120000) || !done.isEmpty());
    const ExportSummary s = done.first().first().value<ExportSummary>();
    QVERIFY(s.cancelled);
    QVERIFY(!s.ok());
    QVERIFY(s.exported < ids.size());
    ExportManifest manifest(dir.path());
    manifest.load();
    int complete = 0;
    QDirIterator it(dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString abs = it.next();
        const QString rel = QDir(dir.path()).relativeFilePath(abs);
        if (rel == QLatin1String("manifest.csv") || rel.endsWith(QLatin1String(".part")))
            continue;
        const ExportManifest::Entry *e = manifest.completed(rel);
        QVERIFY2(e, qPrintable(rel));  // every final name is a verified file
        QCOMPARE(ExportFileWriter::hashFile(abs), e->sha256.toLatin1());
        ++complete;
    }
    QCOMPARE(complete, s.exported);
}

void TestExportDownload::pauseAndResumeContinueWithRange()
{
    QTemporaryDir dir;
    const QString id = idsOn(m_sim.apiUrl().host(), 3).value(2);
    // A slow first attempt: the body trickles out after a delay, time enough to pause.
    ExportOptions o = mediaOptions({id}, dir.path());
    QVERIFY(m_sim.queueFault(QJsonObject{{QStringLiteral("path"), QStringLiteral("/files/%1/content").arg(id)},
                                         {QStringLiteral("fault"), QStringLiteral("cut")},
                                         {QStringLiteral("count"), 1}}));
    ExportJob job(m_client.get(), o);
    QSignalSpy done(&job, &ExportJob::finished);
    bool paused = false;
    connect(&job, &ExportJob::progressChanged, this, [&](const ExportProgress &p) {
        if (!paused && p.bytesDone > 0) {
            paused = true;
            job.pause();
            QTimer::singleShot(300, &job, [&job] { job.resume(); });
        }
    });
    job.start();
    QVERIFY(done.wait(120000) || !done.isEmpty());
    const ExportSummary s = done.first().first().value<ExportSummary>();
    QVERIFY2(s.ok(), qPrintable(s.failures.value(0).reason));
    bool ranged = false;
    for (const QJsonObject &r : contentRequests(id))
        ranged |= r.value(QStringLiteral("headers")).toObject().value(QStringLiteral("range")).toString().startsWith(
            QLatin1String("bytes="));
    QVERIFY(ranged);
    ExportManifest manifest(dir.path());
    manifest.load();
    QCOMPARE(manifest.completed(manifest.pathsById().value(id))->sha256.toLatin1(), rawSha(id));
}

void TestExportDownload::rerunFetchesNothingComplete()
{
    QTemporaryDir dir;
    const QStringList ids = idsOn(m_sim.apiUrl().host(), 4) + idsOn(m_sim.storageUrl().host(), 4);
    {
        ExportOptions o = mediaOptions(ids, dir.path());
        o.transcripts = true;
        ExportJob job(m_client.get(), o);
        const ExportSummary s = run(job);
        QVERIFY2(s.ok(), qPrintable(s.error + s.failures.value(0).reason));
        QCOMPARE(s.exported, ids.size());
    }
    m_sim.clearRequests();
    ExportOptions o = mediaOptions(ids, dir.path());
    o.transcripts = true;
    ExportJob again(m_client.get(), o);
    const ExportSummary s = run(again);
    QVERIFY(s.ok());
    QCOMPARE(s.skipped, ids.size());
    QCOMPARE(s.exported, 0);
    for (const QString &id : ids)
        QCOMPARE(contentRequests(id).size(), 0);
}

void TestExportDownload::hostileNamesStayInsideAndDistinct()
{
    QTemporaryDir dir;
    QStringList ids;
    for (const QJsonValue &v : m_hostile)
        if (v.toString() != m_hostile.value(QStringLiteral("short-body")).toString())
            ids << v.toString();
    ExportOptions o = mediaOptions(ids, dir.path());
    o.nameTemplate = QStringLiteral("{fileName}");
    o.subfolders = ExportOptions::Subfolders::Customer;
    o.transcripts = true;
    ExportJob job(m_client.get(), o);
    const ExportSummary s = run(job);
    QVERIFY2(s.ok(), qPrintable(s.error + s.failures.value(0).reason));
    QCOMPARE(s.exported, ids.size());
    const QString root = QFileInfo(dir.path()).canonicalFilePath();
    QSet<QString> names;
    int files = 0;
    QDirIterator it(dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString abs = QFileInfo(it.next()).canonicalFilePath();
        QVERIFY2(abs.startsWith(root + QLatin1Char('/')), qPrintable(abs));
        const QString name = QFileInfo(abs).fileName();
        QVERIFY(name.toUtf8().size() <= 255);
        QVERIFY2(!name.endsWith(QLatin1Char('.')) && !name.endsWith(QLatin1Char(' ')), qPrintable(name));
        QVERIFY2(!name.contains(QLatin1Char('\\')) && !name.contains(QLatin1Char(':')) && !name.contains(QLatin1Char('*')),
                 qPrintable(name));
        names.insert(abs.toCaseFolded());
        ++files;
    }
    QCOMPARE(names.size(), files);
    QCOMPARE(files, 2 * ids.size() + 1);  // media + transcript each, and manifest.csv
    // Unicode survives.
    bool rtl = false;
    for (const QString &n : std::as_const(names))
        rtl |= n.contains(QString::fromUtf8("שלום")) && n.contains(QString::fromUtf8("📞"));
    QVERIFY(rtl);
}

void TestExportDownload::storageFilesGetNoCredentials()
{
    QTemporaryDir dir;
    const QStringList ids = idsOn(m_sim.storageUrl().host(), 5);
    QCOMPARE(ids.size(), 5);
    ExportJob job(m_client.get(), mediaOptions(ids, dir.path()));
    const ExportSummary s = run(job);
    QVERIFY2(s.ok(), qPrintable(s.failures.value(0).reason));
    int storage = 0;
    for (const QJsonValue &v : m_sim.requests()) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("origin")).toString() != QLatin1String("storage"))
            continue;
        ++storage;
        const QJsonObject h = o.value(QStringLiteral("headers")).toObject();
        QVERIFY(!h.contains(QStringLiteral("authorization")));
        QVERIFY(!h.value(QStringLiteral("cookie")).toString().contains(QLatin1String("ss-")));
        QCOMPARE(o.value(QStringLiteral("status")).toInt(), 200);
    }
    QCOMPARE(storage, 5);
}

void TestExportDownload::walkUnderRandomFaultsLosesNothing()
{
    m_client->setRequestTimeout(1500);
    const quint32 seed = QRandomGenerator::global()->generate();
    QRandomGenerator random(seed);
    // Faults at random moments of the walk: let k pages through, then one fault, and so on.
    static const char *faults[] = {"500", "503", "malformed", "cut", "timeout", "429"};
    for (int i = 0; i < 6; ++i) {
        QVERIFY(m_sim.queueFault(QJsonObject{{QStringLiteral("path"), QStringLiteral("/files")},
                                             {QStringLiteral("method"), QStringLiteral("GET")},
                                             {QStringLiteral("fault"), QString()},
                                             {QStringLiteral("count"), int(random.bounded(3))}}));
        QVERIFY(m_sim.queueFault(QStringLiteral("/files"), QLatin1String(faults[random.bounded(6)]), 1));
    }
    QTemporaryDir dir;
    ExportOptions o;
    o.source = ExportOptions::Source::AllMatching;
    o.metadataFormat = ExportOptions::MetadataFormat::Csv;
    o.metadataPath = dir.filePath(QStringLiteral("all.csv"));
    o.columns = {FileField::Id};
    ExportJob job(m_client.get(), o);
    const ExportSummary s = run(job, 200000);
    m_client->setRequestTimeout(30000);
    QVERIFY2(s.ok(), qPrintable(QStringLiteral("seed %1: %2").arg(seed).arg(s.error)));
    QFile f(o.metadataPath);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().split('\n');
    QSet<QByteArray> ids;
    int rows = 0;
    for (int i = 1; i < lines.size(); ++i) {
        const QByteArray id = lines.at(i).trimmed();
        if (id.isEmpty())
            continue;
        ids.insert(id);
        ++rows;
    }
    QCOMPARE(rows, 400);
    QCOMPARE(ids.size(), 400);
    QCOMPARE(s.rowsListed, 400);
}

void TestExportDownload::metadataCsvNeutralisesFormulas()
{
    QTemporaryDir dir;
    ExportOptions o;
    o.source = ExportOptions::Source::Ids;
    o.ids = {m_hostile.value(QStringLiteral("formula-customer")).toString()};
    o.metadataFormat = ExportOptions::MetadataFormat::Csv;
    o.folder = dir.path();
    o.columns = {FileField::Id, FileField::CustomerName, FileField::CustomerBreadcrumb};
    ExportJob job(m_client.get(), o);
    const ExportSummary s = run(job);
    QVERIFY2(s.ok(), qPrintable(s.error));
    QFile f(s.metadataPath);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    QVERIFY2(text.startsWith("id,customerName,customerBreadcrumb\r\n"), text.constData());
    QVERIFY2(text.contains(",\"'=HYPERLINK("), text.constData());
    QVERIFY(!text.contains(",\"=HYPERLINK("));
}

QTEST_GUILESS_MAIN(TestExportDownload)
#include "tst_export_download.moc"
