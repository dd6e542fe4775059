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
    void numbersAreReadAlikeInEveryField_data();
    void numbersAreReadAlikeInEveryField();
    void totalsAreReadAlike_data();
    void totalsAreReadAlike();
    void lastOfRepeatedNamesWins();
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
    QTest::newRow("number too small for a double (read as 0)")
        << QByteArray("{\"items\":[{\"fileName\":\"x\",\"contentLength\":1e-400}],\"extra\":3E-000000000744073709551615}") << true;
    QTest::newRow("fraction too small for a double")
        << QByteArray("{\"items\":[{\"fileName\":\"x\"}],\"extra\":-0.00000000000000000001e-310}") << true;
    QTest::newRow("number too large for a double") << QByteArray("{\"items\":[{\"fileName\":\"x\"}],\"extra\":1e400}") << false;
    // "items" named twice in different case: a page with any of them not a list is refused
    // (simdjson refused, Qt read the one it sorts first).
    QTest::newRow("items twice, the second no list") << QByteArray("{\"itEms\":[{\"fileName\":\"x\"}],\"items\":0}") << false;
    QTest::newRow("items twice, the first no list") << QByteArray("{\"items\":0,\"itEms\":[{\"fileName\":\"x\"}]}") << false;
    QTest::newRow("items twice, the same spelling: the last counts")
        << QByteArray("{\"items\":0,\"items\":[{\"fileName\":\"x\"}]}") << true;
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
    if (valid) {
        QCOMPARE(fast.items.value(0).fileName(), qt.items.value(0).fileName());
        QCOMPARE(fast.items.value(0).contentLength(), qt.items.value(0).contentLength());
    }
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

// The API types these fields (ListFiles.seed.md): id, fileName, userId... are strings,
// contentLength a long. A number where a string is expected is tolerated as the text of that
// number as the server wrote it: an integer keeps all its digits (Qt's double would have made
// 888888888888888888 into ...832, another id), a fraction keeps its fraction. A long keeps every
// value up to 64 bits. Found by fuzz_fileinfo_reader: simdjson read the integer exactly, Qt as a
// double.
void TestApiFuzzFinds::numbersAreReadAlikeInEveryField_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("field");
    QTest::addColumn<QVariant>("expected");
    const int id = int(FileField::Id);
    const int length = int(FileField::ContentLength);
    QTest::newRow("large integer as an id") << QByteArray("{\"items\":[{\"id\":888888888888888888}]}") << id
                                            << QVariant(QStringLiteral("888888888888888888"));
    QTest::newRow("negative integer as a user id") << QByteArray("{\"items\":[{\"userId\":-9223372036854775808}]}")
                                                   << int(FileField::UserId) << QVariant(QStringLiteral("-9223372036854775808"));
    QTest::newRow("fraction as a file name") << QByteArray("{\"items\":[{\"fileName\":1.5}]}") << int(FileField::FileName)
                                             << QVariant(QStringLiteral("1.5"));
    QTest::newRow("whole number with an exponent") << QByteArray("{\"items\":[{\"id\":1e2}]}") << id
                                                   << QVariant(QStringLiteral("100"));
    QTest::newRow("integer beyond a long, as text (a double in both)")
        << QByteArray("{\"items\":[{\"accountId\":18446744073709551615}]}") << int(FileField::AccountId)
        << QVariant(QStringLiteral("18446744073709552000"));
    QTest::newRow("a long near its maximum") << QByteArray("{\"items\":[{\"contentLength\":9100000000000000001}]}") << length
                                             << QVariant(qint64(9100000000000000001LL));
    QTest::newRow("a long with a fraction") << QByteArray("{\"items\":[{\"contentLength\":1234.75}]}") << length
                                            << QVariant(qint64(1234));
}

void TestApiFuzzFinds::numbersAreReadAlikeInEveryField()
{
    QFETCH(QByteArray, json);
    QFETCH(int, field);
    QFETCH(QVariant, expected);
    ListPage<FileInfo> qt;
    QVERIFY(FileInfoReader::readListQt(json, &qt));
    QCOMPARE(qt.items.size(), 1);
    QCOMPARE(qt.items.at(0).value(FileField(field)), expected);
    ListPage<FileInfo> fast;
    QVERIFY(FileInfoReader::readList(json, &fast));
    QCOMPARE(fast.items.size(), 1);
    QCOMPARE(fast.items.at(0).value(FileField(field)), expected);
}

// totalCount is an int (ListFiles.seed.md): a count from 0 to INT32_MAX, as a number (a fraction
// is cut to its integer part, as in contentLength) or as the text of one; anything else is
// unknown (-1). simdjson cut 5.5 to 5 where Qt said -1, and Qt kept -5 where simdjson said -1.
void TestApiFuzzFinds::totalsAreReadAlike_data()
{
    QTest::addColumn<QByteArray>("total");
    QTest::addColumn<int>("expected");
    QTest::newRow("integer") << QByteArray("12") << 12;
    QTest::newRow("fraction") << QByteArray("5.5") << 5;
    QTest::newRow("whole double") << QByteArray("2.0") << 2;
    QTest::newRow("exponent") << QByteArray("1e9") << 1000000000;
    QTest::newRow("negative") << QByteArray("-5") << -1;
    QTest::newRow("beyond an int") << QByteArray("3000000000") << -1;
    QTest::newRow("text") << QByteArray("\"7\"") << 7;
    QTest::newRow("negative text") << QByteArray("\"-5\"") << -1;
    QTest::newRow("boolean") << QByteArray("true") << -1;
}

void TestApiFuzzFinds::totalsAreReadAlike()
{
    QFETCH(QByteArray, total);
    QFETCH(int, expected);
    const QByteArray json = "{\"items\":[],\"totalCount\":" + total + ",\"totalPages\":" + total + "}";
    ListPage<FileInfo> qt;
    QVERIFY(FileInfoReader::readListQt(json, &qt));
    QCOMPARE(qt.totalCount, expected);
    QCOMPARE(qt.totalPages, expected);
    ListPage<FileInfo> fast;
    QVERIFY(FileInfoReader::readList(json, &fast));
    QCOMPARE(fast.totalCount, expected);
    QCOMPARE(fast.totalPages, expected);
}

// A name repeated in one object: both readers keep the last value, also when that value is one
// they ignore (null, a string where a list is expected): the field is then empty. simdjson kept
// the earlier breadcrumb (found by fuzz_fileinfo_reader; Qt's QJsonObject keeps the last).
void TestApiFuzzFinds::lastOfRepeatedNamesWins()
{
    const QByteArray json = "{\"items\":[{\"customerBreadcrumb\":[{\"id\":\"c0\",\"name\":\"Top\"}],\"customerBreadcrumb\":\"x\","
                            "\"contentLength\":5,\"contentLength\":1e19,\"fileName\":\"a\",\"fileName\":null,"
                            "\"userId\":\"u1\",\"userId\":\"u2\"}]}";
    for (bool qtReader : {true, false}) {
        ListPage<FileInfo> page;
        QVERIFY(qtReader ? FileInfoReader::readListQt(json, &page) : FileInfoReader::readList(json, &page));
        QCOMPARE(page.items.size(), 1);
        const FileInfo &file = page.items.at(0);
        QVERIFY2(file.customerBreadcrumb().isEmpty(), qtReader ? "Qt" : "simdjson");
        QCOMPARE(file.contentLength(), qint64(-1));
        QCOMPARE(file.fileName(), QString());
        QCOMPARE(file.value(FileField::UserId), QVariant(QStringLiteral("u2")));
    }
}

QTEST_GUILESS_MAIN(TestApiFuzzFinds)
#include "tst_api_fuzzfinds.moc"
