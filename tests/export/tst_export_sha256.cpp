// The export's SHA-256 (OpenSSL's libcrypto when built with it) gives QCryptographicHash's
// digests: empty input, block edges, data fed in odd pieces, the result taken mid-stream (the
// hash goes on), reset, and ExportFileWriter::hashFile of a file on disk.
#include "export/exportfilewriter.h"
#include "export/sha256.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

class TestExportSha256 final : public QObject
{
    Q_OBJECT
private slots:
    void matchesQt();
    void hashFile();
};

namespace {
QByteArray qtHex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}
} // namespace

void TestExportSha256::matchesQt()
{
    qInfo("OpenSSL: %s", Sha256::usesOpenSsl() ? "yes" : "no");
    QRandomGenerator random(11);
    QByteArray data(300000, Qt::Uninitialized);
    for (char &c : data)
        c = char(random.generate());
    for (const int size : {0, 1, 55, 56, 63, 64, 65, 1000, 65536, 300000}) {
        const QByteArray part = data.left(size);
        QCOMPARE(Sha256::hashHex(part), qtHex(part));
    }
    Sha256 h;
    qsizetype at = 0;
    int step = 1;
    while (at < data.size()) {
        const qsizetype n = qMin<qsizetype>(step, data.size() - at);
        h.addData(QByteArrayView(data.constData() + at, n));
        at += n;
        step = step * 3 + 1;
        QCOMPARE(h.resultHex(), qtHex(data.left(at)));  // mid-stream, and it goes on
    }
    h.reset();
    h.addData("abc");
    QCOMPARE(h.resultHex(), QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
}

void TestExportSha256::hashFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("f.bin"));
    QByteArray data(700001, 'x');
    data[5] = 'y';
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
    f.close();
    QCOMPARE(ExportFileWriter::hashFile(path), qtHex(data));
    QVERIFY(ExportFileWriter::hashFile(dir.filePath(QStringLiteral("missing"))).isEmpty());
}

QTEST_GUILESS_MAIN(TestExportSha256)
#include "tst_export_sha256.moc"
