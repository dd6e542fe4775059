// SimAudio::slice (the sine table) gives exactly SimAudio::sliceExact's bytes (std::sin for
// every sample): talk and shaped recordings, many base frequencies, an hour-long recording (the
// largest arguments), odd offsets and lengths.
#include "simaudio.h"
#include "simdataset.h"

#include <QRandomGenerator>
#include <QTest>

class TestSimAudio final : public QObject
{
    Q_OBJECT
private slots:
    void wholeFiles_data();
    void wholeFiles();
    void oddSlices();
};

void TestSimAudio::wholeFiles_data()
{
    QTest::addColumn<quint64>("hash");
    QTest::addColumn<int>("seconds");
    QTest::addColumn<bool>("shaped");
    for (int k = 0; k < 24; ++k) {
        const quint64 hash = SimDataset::mix(5, 0xB17E5, quint64(k));
        QTest::addRow("%d-plain", k) << hash << 7 + k * 3 << false;
        QTest::addRow("%d-shaped", k) << hash << 40 + k * 5 << true;
    }
    QTest::newRow("hour-shaped") << SimDataset::mix(9, 1, 2) << 3600 << true;
    QTest::newRow("hour-plain") << SimDataset::mix(9, 1, 3) << 3600 << false;
}

void TestSimAudio::wholeFiles()
{
    QFETCH(quint64, hash);
    QFETCH(int, seconds);
    QFETCH(bool, shaped);
    const qint64 size = SimAudio::size(seconds);
    const QByteArray fast = SimAudio::slice(hash, seconds, 0, size, shaped);
    const QByteArray exact = SimAudio::sliceExact(hash, seconds, 0, size, shaped);
    QCOMPARE(fast.size(), exact.size());
    QVERIFY(fast == exact);
}

void TestSimAudio::oddSlices()
{
    QRandomGenerator random(3);
    for (int k = 0; k < 200; ++k) {
        const quint64 hash = random.generate64();
        const int seconds = 1 + int(random.bounded(200));
        const qint64 size = SimAudio::size(seconds);
        const qint64 offset = qint64(random.bounded(quint32(size)));
        const qint64 length = 1 + qint64(random.bounded(quint32(std::min<qint64>(size, 70001))));
        const bool shaped = k % 2;
        QCOMPARE(SimAudio::slice(hash, seconds, offset, length, shaped), SimAudio::sliceExact(hash, seconds, offset, length, shaped));
    }
}

QTEST_GUILESS_MAIN(TestSimAudio)
#include "tst_simaudio.moc"
