// What fuzz_fileinfo_reader and fuzz_isodate found, kept as plain tests (each failed before its
// fix): the Qt reader accepted JSON that simdjson refuses (a raw control character or an unknown
// escape in a string) and simdjson refused a page with an integer beyond 64 bits in an unknown
// field, and a /Date(...)/ before year 1 could not be written back and read again.
#include "api/fileinforeader.h"
#include "api/isodate.h"

#include <QTest>

class TestApiFuzzFinds final : public QObject
{
    Q_OBJECT
private slots:
    void readersAgreeOnStrictJson_data();
    void readersAgreeOnStrictJson();
    void msDateOutsideIsoYearsIsInvalid();
};

void TestApiFuzzFinds::readersAgreeOnStrictJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("valid");
    QTest::newRow("control character in a key") << QByteArray("{\"items\":[{\"id\x08\":\"y\"}]}") << false;
    QTest::newRow("control character in a value") << QByteArray("{\"items\":[{\"id\":\"a\tb\"}]}") << false;
    QTest::newRow("unknown escape") << QByteArray("{\"items\":[{\"fileName\":\"a\\ab\"}]}") << false;
    QTest::newRow("short \\u") << QByteArray("{\"items\":[{\"fileName\":\"\\u04\"}]}") << false;
    QTest::newRow("not UTF-8") << QByteArray("{\"items\":[{\"fileName\":\"\xff\xfe\"}]}") << false;
    QTest::newRow("integer beyond 64 bits (simdjson cannot hold it)")
        << QByteArray("{\"items\":[{\"fileName\":\"x\"}],\"extra\":66666666666666666666666666666666666666666660}") << true;
    QTest::newRow("malformed number") << QByteArray("{\"items\":[{\"contentLength\":.23456}]}") << false;
    QTest::newRow("leading zero") << QByteArray("{\"items\":[{\"contentLength\":0123}]}") << false;
    QTest::newRow("numbers that are fine") << QByteArray("{\"items\":[{\"contentLength\":-0.5e+3,\"fileName\":\"1.\"}],\"totalCount\":10}") << true;
    QTest::newRow("escapes that are fine") << QByteArray("{\"items\":[{\"fileName\":\"a\\\\b\\\"c\\/d\\n\\u0417\"}]}") << true;
}

void TestApiFuzzFinds::readersAgreeOnStrictJson()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, valid);
    ListPage<FileInfo> qt;
    QCOMPARE(FileInfoReader::readListQt(json, &qt), valid);
    ListPage<FileInfo> fast;
    QCOMPARE(FileInfoReader::readList(json, &fast), valid);
    if (valid)
        QCOMPARE(fast.items.value(0).fileName(), qt.items.value(0).fileName());
}

void TestApiFuzzFinds::msDateOutsideIsoYearsIsInvalid()
{
    const QByteArray yearMinus1 = "/Date(-62135695080000)/";
    QCOMPARE(IsoDate::parseMs(yearMinus1.constData(), size_t(yearMinus1.size())), IsoDate::kInvalid);
    const QByteArray year1 = "/Date(-62135596800000)/";
    const qint64 ms = IsoDate::parseMs(year1.constData(), size_t(year1.size()));
    QCOMPARE(ms, qint64(-62135596800000));
    const QByteArray iso = IsoDate::msToIsoUtc(ms).toUtf8();
    QCOMPARE(IsoDate::parseMs(iso.constData(), size_t(iso.size())), ms);
}

QTEST_GUILESS_MAIN(TestApiFuzzFinds)
#include "tst_api_fuzzfinds.moc"
