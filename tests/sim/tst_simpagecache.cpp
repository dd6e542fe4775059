// GET /files from SimPageCache's kept per-file JSON is byte-identical to the page serialised
// whole from QJsonObjects (as the simulator answered before the cache): every page of a
// dataset with the hostile cases (RTL, emoji, formula customer, 300-character names), cold
// and warm, filtered, "All", and after a PATCH (the cache must not serve the old name).
#include "simdataset.h"
#include "simfilesapi.h"
#include "simindex.h"
#include "simjson.h"
#include "simlistparams.h"
#include "simpagecache.h"
#include "simrequest.h"
#include "simstorageserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <memory>

class TestSimPageCache final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void everyPageColdAndWarm();
    void filteredAndAll();
    void patchedFileIsRebuilt();
    void overBudgetStillServed();
    void splice();

private:
    SimRequest request(const QHash<QString, QString> &params) const;
    QByteArray reference(const SimIndex::Query &q, qint64 countPerPage, bool all) const;
    QString uri(quint32 file) const;

    std::unique_ptr<SimDataset> m_data;
    std::unique_ptr<SimIndex> m_index;
    std::unique_ptr<SimStorageServer> m_storage;
    std::unique_ptr<SimFilesApi> m_files;
    int m_admin = -1;
};

void TestSimPageCache::initTestCase()
{
    m_data = std::make_unique<SimDataset>(3, 2500, 0, true);
    QVERIFY(m_data->hostileFile(QStringLiteral("rtl-emoji")) >= 0);
    m_index = std::make_unique<SimIndex>(*m_data);
    m_storage = std::make_unique<SimStorageServer>(*m_data);
    m_storage->setBaseUrl(QStringLiteral("http://127.0.0.2:1"));
    m_files = std::make_unique<SimFilesApi>(*m_data, *m_index, *m_storage);
    m_files->setApiBase(QStringLiteral("http://127.0.0.1:1"));
    m_admin = m_data->userByEmail(QStringLiteral("admin@example.com"));
    QVERIFY(m_admin >= 0);
}

SimRequest TestSimPageCache::request(const QHash<QString, QString> &params) const
{
    SimRequest r;
    r.origin = QStringLiteral("api");
    r.method = "GET";
    r.path = QStringLiteral("/files");
    r.params = params;
    return r;
}

QString TestSimPageCache::uri(quint32 file) const
{
    if (m_data->onStorage(file))
        return m_storage->signedUrl(file);
    return QStringLiteral("http://127.0.0.1:1/files/%1/content").arg(m_data->fileId(file));
}

// The page as the simulator built it before SimPageCache: one QJsonObject per file, the page
// serialised whole.
QByteArray TestSimPageCache::reference(const SimIndex::Query &q, qint64 countPerPage, bool all) const
{
    const SimIndex::Result res = m_index->run(q);
    QJsonArray items;
    for (quint32 i : res.items)
        items.append(SimJson::fileInfo(*m_data, i, uri(i)));
    return SimResponse::json(SimListParams::listResponse(items, res.total, countPerPage, res.hasMore, false, all)).body;
}

void TestSimPageCache::everyPageColdAndWarm()
{
    for (int pass = 0; pass < 2; ++pass) {
        for (qint64 page = 0; page * 1000 < m_data->fileCount() + 1000; ++page) {
            SimIndex::Query q;
            q.offset = page * 1000;
            q.limit = 1000;
            const SimResponse r = m_files->list(request({{QStringLiteral("page"), QString::number(page)},
                                                         {QStringLiteral("countperpage"), QStringLiteral("1000")}}),
                                                m_admin);
            QCOMPARE(r.status, 200);
            QCOMPARE(r.header("Content-Type"), QByteArray("application/json; charset=utf-8"));
            QCOMPARE(r.body, reference(q, 1000, false));
        }
    }
    // The hostile names are on those pages, and came through the cache.
    const QByteArray all = m_files->list(request({{QStringLiteral("all"), QStringLiteral("true")}}), m_admin).body;
    QVERIFY(all.contains(QStringLiteral("=HYPERLINK").toUtf8()));
}

void TestSimPageCache::filteredAndAll()
{
    SimIndex::Query voicemail;
    voicemail.typeMask = 1 << SimDataset::VoiceMessage;
    voicemail.offset = 50;
    voicemail.limit = 50;
    QCOMPARE(m_files->list(request({{QStringLiteral("type"), QStringLiteral("VoiceMessage")},
                                    {QStringLiteral("page"), QStringLiteral("1")},
                                    {QStringLiteral("countperpage"), QStringLiteral("50")}}),
                           m_admin)
                 .body,
             reference(voicemail, 50, false));
    SimIndex::Query everything;
    everything.offset = 0;
    everything.limit = -1;
    QCOMPARE(m_files->list(request({{QStringLiteral("all"), QStringLiteral("true")}}), m_admin).body,
             reference(everything, SimListParams::kDefaultCountPerPage, true));
    SimIndex::Query none;
    none.fileName = QStringLiteral("no-such-name-anywhere");
    none.offset = 0;
    none.limit = 25;
    QCOMPARE(m_files->list(request({{QStringLiteral("filename"), QStringLiteral("no-such-name-anywhere")}}), m_admin).body,
             reference(none, SimListParams::kDefaultCountPerPage, false));
}

void TestSimPageCache::patchedFileIsRebuilt()
{
    const auto firstPage = [this] {
        return m_files->list(request({{QStringLiteral("countperpage"), QStringLiteral("1000")}}), m_admin).body;
    };
    const QByteArray before = firstPage();  // warm
    const quint32 file = m_index->run(SimIndex::Query()).items.at(3);
    SimRequest patch = request({{QStringLiteral("filename"), QStringLiteral("renamed-by-the-test.wav")}});
    patch.method = "PATCH";
    QCOMPARE(m_files->patch(patch, m_admin, m_data->fileId(file)).status, 200);
    const QByteArray after = firstPage();
    QVERIFY(after != before);
    QVERIFY(after.contains("renamed-by-the-test.wav"));
    SimIndex::Query q;
    q.offset = 0;
    q.limit = 1000;
    QCOMPARE(after, reference(q, 1000, false));
}

void TestSimPageCache::overBudgetStillServed()
{
    SimPageCache cache(100);
    cache.validate({1, 10, 0});
    cache.store(2, QByteArray(60, 'a'));
    cache.store(3, QByteArray(60, 'b'));  // over the budget: not kept
    QVERIFY(cache.find(2));
    QVERIFY(!cache.find(3));
    QVERIFY(!cache.find(11));
    cache.validate({2, 10, 0});  // a PATCH: everything forgotten
    QVERIFY(!cache.find(2));
    QCOMPARE(cache.bytes(), 0);
}

void TestSimPageCache::splice()
{
    const QByteArray a("{\"id\":\"a\"}");
    const QByteArray b("{\"id\":\"b\"}");
    QCOMPARE(SimPageCache::splice("{\"hasMorePages\":false,\"items\":[],\"totalCount\":2}", {&a, &b}),
             QByteArray("{\"hasMorePages\":false,\"items\":[{\"id\":\"a\"},{\"id\":\"b\"}],\"totalCount\":2}"));
    QCOMPARE(SimPageCache::splice("{\"items\":[]}", {}), QByteArray("{\"items\":[]}"));
}

QTEST_GUILESS_MAIN(TestSimPageCache)
#include "tst_simpagecache.moc"
