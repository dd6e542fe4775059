// The CSV export's fast path gives the same bytes as the plain one: IsoDate::appendIsoUtc
// against QDateTime's own ISO text, FileInfo::textUtf8 against text().toUtf8() for every field,
// and FileCsvWriter rows (shared texts converted once, pages written in one go) against the
// cells joined one by one, on files with quotes, line breaks, formulas, RTL, emoji and
// unreadable dates.
#include "api/fileinfo.h"
#include "api/fileinforeader.h"
#include "api/isodate.h"
#include "export/filecsvwriter.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QTest>

class TestExportCsvRows final : public QObject
{
    Q_OBJECT
private slots:
    void isoDatesMatchQDateTime();
    void utf8TextsMatchText();
    void rowsMatchCellByCell();

private:
    static QList<FileInfo> files();
};

void TestExportCsvRows::isoDatesMatchQDateTime()
{
    const qint64 first = -62135596800000;  // 0001-01-01T00:00:00Z
    const qint64 last = 253402300799999;   // 9999-12-31T23:59:59.999Z
    QList<qint64> samples{first, first + 1, last, last - 999, 0, -1, 1, 951782400000 /* 2000-02-29 */, 4107542399000,
                          -86400000, -86400001, 1764316800000};
    QRandomGenerator random(7);
    for (int k = 0; k < 200000; ++k) {
        const qint64 ms = first + qint64(random.generate64() % quint64(last - first));
        samples << ms << ms - ms % 1000;  // with and without milliseconds
    }
    for (const qint64 ms : samples) {
        char buffer[32];
        const int n = IsoDate::appendIsoUtc(ms, buffer);
        const QString expected = IsoDate::toIsoUtc(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC));
        if (QLatin1String(buffer, n) != expected)
            QFAIL(qPrintable(QStringLiteral("%1: %2 instead of %3").arg(ms).arg(QLatin1String(buffer, n)).arg(expected)));
        QCOMPARE(IsoDate::msToIsoUtc(ms), expected);
    }
    char buffer[32];
    QCOMPARE(IsoDate::appendIsoUtc(IsoDate::kInvalid, buffer), 0);
}

QList<FileInfo> TestExportCsvRows::files()
{
    const QByteArray page = R"json({"items":[
{"id":"a1","dateCreated":"2026-11-28T08:00:00Z","dateLastModified":"2026-11-28T08:00:00.123Z","createdBy":"system",
 "lastModifiedBy":"u1","type":"VoiceMessage","accountId":"acc","accountName":"Acme, \"Inc\"","customerId":"c1",
 "customerName":"=HYPERLINK(\"http://x\")","customerBreadcrumb":[{"id":"c0","name":"Top"},{"id":"c1","name":""}],
 "userId":"u1","userName":"José Sato","fileName":"-rm,\nrf.wav","uri":"http://127.0.0.1:1/files/a1/content",
 "contentType":"audio/wav","contentLength":123456,"recordingSid":"RS1","recordingDuration":12,"recordingFrom":"+1555",
 "transcription":"Line one\r\nLine \"two\"","fromAddress":"+1555","toAddress":"@home","aiTranscription":"\tTab first"},
{"id":"a2","dateCreated":"not a date","dateLastModified":"/Date(1764316800000-0000)/","type":"SomethingNew",
 "accountId":"acc","accountName":"Acme, \"Inc\"","customerId":"c2","customerName":"שלום 👋","fileName":"CON",
 "contentLength":0,"recordingDuration":0,"transcription":"مرحبا \u0007 bell"},
{"id":"a3","type":"Fax","accountId":"acc2","accountName":"Plain","fileName":"x"}
],"totalCount":3,"totalPages":1,"hasMorePages":false})json";
    ListPage<FileInfo> list;
    QString error;
    if (!FileInfoReader::readList(page, &list, &error))
        qWarning("%s", qPrintable(error));
    return list.items;
}

void TestExportCsvRows::utf8TextsMatchText()
{
    const QList<FileInfo> all = files();
    QCOMPARE(all.size(), 3);
    for (const FileInfo &f : all) {
        for (int k = 0; k < kFileFieldCount; ++k) {
            QByteArray scratch;
            const QByteArrayView fast = f.textUtf8(FileField(k), &scratch);
            QCOMPARE(QByteArray(fast.data(), fast.size()), f.text(FileField(k)).toUtf8());
        }
    }
    // Shared keys: equal keys, equal texts.
    QCOMPARE(all.at(0).sharedTextKey(FileField::AccountName), all.at(1).sharedTextKey(FileField::AccountName));
    QVERIFY(all.at(0).sharedTextKey(FileField::CustomerName) != all.at(1).sharedTextKey(FileField::CustomerName));
    QCOMPARE(all.at(0).sharedTextKey(FileField::FileName), -1);
}

void TestExportCsvRows::rowsMatchCellByCell()
{
    const QList<FileInfo> all = files();
    for (const bool neutralise : {true, false}) {
        FileCsvWriter::Options o;
        o.neutraliseFormulas = neutralise;
        const FileCsvWriter writer(o);
        QByteArray expected;
        for (const FileInfo &f : all) {
            QByteArrayList cells;
            for (const FileField column : FileCsvWriter::allColumns())
                cells << FileCsvWriter::field(FileCsvWriter::cellText(f, column), neutralise);
            expected += cells.join(',') + "\r\n";
        }
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        QVERIFY(writer.writeRows(&out, all));
        QVERIFY(writer.writeRows(&out, all));  // again: from the shared texts already converted
        QCOMPARE(out.data(), expected + expected);
        if (neutralise) {
            QVERIFY(expected.contains("\"'=HYPERLINK(\"\"http://x\"\")\""));
            QVERIFY(expected.contains("\"'-rm,\nrf.wav\""));
            QVERIFY(expected.contains("Top / c1"));
        }
    }
}

QTEST_GUILESS_MAIN(TestExportCsvRows)
#include "tst_export_csvrows.moc"
