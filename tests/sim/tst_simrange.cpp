// The simulator's Range parsing in-process (what fuzz_sim_range found, kept as a plain test:
// it failed before the fix): a malformed Range ("bytes=5byte-s") must serve the whole file with
// 200, not one byte.
#include "simcontent.h"
#include "simdataset.h"

#include <QTest>

class TestSimRange final : public QObject
{
    Q_OBJECT
private slots:
    void malformedRangeServesWholeFile_data();
    void malformedRangeServesWholeFile();
    void validRanges();
};

void TestSimRange::malformedRangeServesWholeFile_data()
{
    QTest::addColumn<QByteArray>("range");
    for (const char *r : {"bytes=5byte-s", "bytes=x-3", "bytes=3-x", "bytes=1-2,3-4", "bits=0-1", "bytes=5-2"})
        QTest::newRow(r) << QByteArray(r);
}

void TestSimRange::malformedRangeServesWholeFile()
{
    QFETCH(QByteArray, range);
    const SimDataset data(1, 40);
    SimResponse r = SimContent::serve(data, 3, range, false);
    r.materialize();  // bodies are generated while sent
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, SimContent::bytes(data, 3));
    QVERIFY(r.header("Content-Range").isEmpty());
}

void TestSimRange::validRanges()
{
    const SimDataset data(1, 40);
    const QByteArray all = SimContent::bytes(data, 3);
    SimResponse part = SimContent::serve(data, 3, "bytes=2-9", false);
    part.materialize();
    QCOMPARE(part.status, 206);
    QCOMPARE(part.body, all.mid(2, 8));
    QCOMPARE(part.header("Content-Range"), "bytes 2-9/" + QByteArray::number(all.size()));
    const SimResponse beyond = SimContent::serve(data, 3, "bytes=" + QByteArray::number(all.size()) + "-", false);
    QCOMPARE(beyond.status, 416);
}

QTEST_GUILESS_MAIN(TestSimRange)
#include "tst_simrange.moc"
