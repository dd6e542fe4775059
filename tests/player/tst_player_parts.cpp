// The engine's small parts offline: the WAV header reader (chunks before "data", odd sizes,
// formats it refuses, too few bytes), the byte ranges of a partial download, the waveform and
// silence pass on PCM in memory, and the media cache's bookkeeping.
#include "player/byteranges.h"
#include "player/mediacache.h"
#include "player/waveformbuilder.h"
#include "player/wavheader.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <cmath>

namespace {
QByteArray chunk(const char *id, const QByteArray &body)
{
    QByteArray c(id, 4);
    char size[4];
    qToLittleEndian<quint32>(quint32(body.size()), size);
    c.append(size, 4).append(body);
    if (body.size() % 2)
        c.append('\0');
    return c;
}

QByteArray fmt(quint16 format, quint16 channels, quint32 rate, quint16 bits)
{
    QByteArray b(16, '\0');
    char *p = b.data();
    qToLittleEndian<quint16>(format, p);
    qToLittleEndian<quint16>(channels, p + 2);
    qToLittleEndian<quint32>(rate, p + 4);
    qToLittleEndian<quint32>(rate * channels * bits / 8, p + 8);
    qToLittleEndian<quint16>(quint16(channels * bits / 8), p + 12);
    qToLittleEndian<quint16>(bits, p + 14);
    return b;
}

QByteArray wav(const QByteArray &chunks)
{
    QByteArray w("RIFF");
    char size[4];
    qToLittleEndian<quint32>(quint32(4 + chunks.size()), size);
    return w.append(size, 4).append("WAVE").append(chunks);
}
} // namespace

class TestPlayerParts final : public QObject
{
    Q_OBJECT
private slots:
    void wavHeaderWithChunksBeforeData();
    void wavHeaderRefusesWhatItCannotPlay();
    void wavHeaderNeedsMoreBytes();
    void byteRangesMerge();
    void waveformAndSilencesOfPcm();
    void cacheLookupCommitAndClear();
};

void TestPlayerParts::wavHeaderWithChunksBeforeData()
{
    const QByteArray w = wav(chunk("LIST", QByteArray(7, 'x')) + chunk("fmt ", fmt(1, 2, 22050, 16))
                             + chunk("fact", QByteArray(4, '\0')) + chunk("data", QByteArray(400, '\0')));
    WavHeader h;
    QCOMPARE(WavHeader::parse(w, &h), WavHeader::Result::Ok);
    QCOMPARE(h.sampleRate, 22050);
    QCOMPARE(h.channels, 2);
    QCOMPARE(h.bytesPerFrame(), 4);
    QCOMPARE(h.dataSize, qint64(400));
    QCOMPARE(h.dataOffset, qint64(w.size() - 400));
}

void TestPlayerParts::wavHeaderRefusesWhatItCannotPlay()
{
    WavHeader h;
    QCOMPARE(WavHeader::parse(wav(chunk("fmt ", fmt(1, 1, 8000, 8)) + chunk("data", "ab")), &h), WavHeader::Result::Unsupported);
    QCOMPARE(WavHeader::parse(wav(chunk("fmt ", fmt(3, 1, 8000, 32)) + chunk("data", "abcd")), &h), WavHeader::Result::Unsupported);
    QCOMPARE(WavHeader::parse(wav(chunk("fmt ", fmt(7, 1, 8000, 8)) + chunk("data", "ab")), &h), WavHeader::Result::Unsupported);
    QCOMPARE(WavHeader::parse(wav(chunk("fmt ", fmt(1, 0, 8000, 16)) + chunk("data", "ab")), &h), WavHeader::Result::Unsupported);
    QCOMPARE(WavHeader::parse(wav(chunk("data", "ab")), &h), WavHeader::Result::Unsupported); // data before fmt
    QCOMPARE(WavHeader::parse(QByteArray("ID3\x04\0\0\0\0\0\0\0\0\0\0", 14), &h), WavHeader::Result::Unsupported);
}

void TestPlayerParts::wavHeaderNeedsMoreBytes()
{
    const QByteArray w = wav(chunk("fmt ", fmt(1, 1, 8000, 16)) + chunk("data", QByteArray(100, '\0')));
    WavHeader h;
    for (int n : {0, 5, 11, 20, 30, 43})
        QCOMPARE(WavHeader::parse(w.left(n), &h), WavHeader::Result::NeedMore);
    QCOMPARE(WavHeader::parse(w.left(44), &h), WavHeader::Result::Ok);
}

void TestPlayerParts::byteRangesMerge()
{
    ByteRanges r;
    r.add(0, 100);
    r.add(500, 600);
    QCOMPARE(r.contiguousEnd(50), qint64(100));
    QCOMPARE(r.contiguousEnd(100), qint64(100)); // not on disk
    QCOMPARE(r.firstGap(0, 1000), qint64(100));
    QCOMPARE(r.coveredBytes(), qint64(200));
    r.add(100, 500); // fills the gap exactly
    QCOMPARE(r.contiguousEnd(0), qint64(600));
    r.add(550, 700);
    r.add(800, 900);
    r.add(650, 850);
    QCOMPARE(r.contiguousEnd(0), qint64(900));
    QCOMPARE(r.coveredBytes(), qint64(900));
    QVERIFY(r.covers(10, 900));
    QVERIFY(!r.covers(10, 901));
    QCOMPARE(r.firstGap(0, 900), qint64(900));
}

void TestPlayerParts::waveformAndSilencesOfPcm()
{
    // 8 kHz mono: 3 s of tone, 2 s of silence, 1 s of tone, 1 s of silence (too short), 1 s tone.
    const int rate = 8000;
    QVector<qint16> pcm;
    auto tone = [&](double sec) {
        for (int i = 0; i < int(sec * rate); ++i)
            pcm.append(qint16(16000 * std::sin(2 * M_PI * 500 * i / rate)));
    };
    auto quiet = [&](double sec) { pcm.append(QVector<qint16>(int(sec * rate), 3)); }; // a hiss of 3
    tone(3);
    quiet(2);
    tone(1);
    quiet(1);
    tone(1);
    WaveformBuilder::Input in;
    in.pcm = QByteArray(reinterpret_cast<const char *>(pcm.constData()), int(pcm.size() * 2));
    in.sampleRate = rate;
    in.channels = 1;
    in.frames = pcm.size();
    in.buckets = 80;
    const WaveformBuilder::Result r = WaveformBuilder::compute(in);
    QCOMPARE(r.peaks.size(), 80);
    QCOMPARE(r.peaks.durationMs, qint64(8000));
    QVERIFY(qAbs(r.peaks.peak[5] - 16000.0f / 32768) < 0.01f);
    QVERIFY(qAbs(r.peaks.rms[5] - 16000.0f / 32768 / float(std::sqrt(2.0))) < 0.01f);
    QVERIFY(r.peaks.peak[40] < 0.001f);
    QCOMPARE(r.silences.size(), 1);
    QVERIFY(qAbs(r.silences[0].startMs - 3000) <= 20);
    QVERIFY(qAbs(r.silences[0].endMs - 5000) <= 20);

    // The same on a worker thread, delivered on this one.
    WaveformBuilder builder;
    QSignalSpy done(&builder, &WaveformBuilder::finished);
    builder.start(in);
    QVERIFY(done.wait(10000));
    QCOMPARE(done.first().at(1).value<SilenceRanges>().size(), 1);
    // Restarting cancels the run under way; only the last one reports.
    done.clear();
    builder.start(in);
    builder.start(in);
    QVERIFY(done.wait(10000));
    QTest::qWait(100);  // deliberate: nothing happens for 100 ms (the first build was dropped)
    QCOMPARE(done.size(), 1);
}

void TestPlayerParts::cacheLookupCommitAndClear()
{
    QTemporaryDir dir;
    MediaCache cache(dir.path(), 1000);
    QVERIFY(cache.lookup(QStringLiteral("../../etc/passwd"), 10).isEmpty());
    const QString part = cache.partialPath(QStringLiteral("../../etc/passwd"), 10);
    QVERIFY(part.startsWith(dir.path() + QLatin1Char('/')));
    QVERIFY(!part.contains(QLatin1String("..")));
    QFile f(part);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(10, 'a'));
    f.close();
    QVERIFY(cache.lookup(QStringLiteral("../../etc/passwd"), 10).isEmpty()); // a part is not an entry
    const QString entry = cache.commit(QStringLiteral("../../etc/passwd"), 10);
    QVERIFY(!entry.isEmpty());
    QCOMPARE(cache.lookup(QStringLiteral("../../etc/passwd"), 10), entry);
    QVERIFY(cache.lookup(QStringLiteral("../../etc/passwd"), 11).isEmpty()); // another size: another file
    QCOMPARE(cache.totalBytes(), qint64(10));
    // A part left by a previous run is dropped when the cache opens.
    QFile stale(cache.partialPath(QStringLiteral("x"), 5));
    QVERIFY(stale.open(QIODevice::WriteOnly));
    stale.close();
    MediaCache again(dir.path(), 1000);
    QVERIFY(!QFile::exists(stale.fileName()));
    QCOMPARE(again.entryCount(), 1);
    again.clear();
    QCOMPARE(again.entryCount(), 0);
    QCOMPARE(again.totalBytes(), qint64(0));
}

QTEST_GUILESS_MAIN(TestPlayerParts)
#include "tst_player_parts.moc"
