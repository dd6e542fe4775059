// ContentRange: the Content-Range header of a 206 the download resumes from, and the Range
// request header (RFC 9110 14.4, 14.2).
#include "api/contentrange.h"

#include <QTest>

class TestApiContentRange final : public QObject
{
    Q_OBJECT
private slots:
    void parsesValidRanges_data();
    void parsesValidRanges();
    void refusesWhatIsNoRange_data();
    void refusesWhatIsNoRange();
    void formatsWhatItParses();
    void requestsFromAnOffset();
};

void TestApiContentRange::parsesValidRanges_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<qint64>("first");
    QTest::addColumn<qint64>("last");
    QTest::addColumn<qint64>("total");
    QTest::newRow("plain") << QByteArray("bytes 0-99/1000") << qint64(0) << qint64(99) << qint64(1000);
    QTest::newRow("the last byte") << QByteArray("bytes 999-999/1000") << qint64(999) << qint64(999) << qint64(1000);
    QTest::newRow("unknown total") << QByteArray("bytes 500-999/*") << qint64(500) << qint64(999) << qint64(-1);
    QTest::newRow("unit in any case, spaces around") << QByteArray("  Bytes  7-8/9 ") << qint64(7) << qint64(8) << qint64(9);
    QTest::newRow("beyond 4 GiB") << QByteArray("bytes 5000000000-5000000099/9000000000") << qint64(5000000000LL)
                                  << qint64(5000000099LL) << qint64(9000000000LL);
}

void TestApiContentRange::parsesValidRanges()
{
    QFETCH(QByteArray, header);
    QFETCH(qint64, first);
    QFETCH(qint64, last);
    QFETCH(qint64, total);
    ContentRange r;
    QVERIFY(ContentRange::parse(header, &r));
    QCOMPARE(r.first, first);
    QCOMPARE(r.last, last);
    QCOMPARE(r.total, total);
    QVERIFY(r.isValid());
    QCOMPARE(r.length(), last - first + 1);
}

void TestApiContentRange::refusesWhatIsNoRange_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("416 form") << QByteArray("bytes */1000");
    QTest::newRow("other unit") << QByteArray("items 0-9/10");
    QTest::newRow("no space after the unit") << QByteArray("bytes0-9/10");
    QTest::newRow("first after last") << QByteArray("bytes 10-5/100");
    QTest::newRow("last at the total") << QByteArray("bytes 0-100/100");
    QTest::newRow("no total") << QByteArray("bytes 0-99");
    QTest::newRow("open end") << QByteArray("bytes 5-/100");
    QTest::newRow("sign") << QByteArray("bytes +5-9/100");
    QTest::newRow("negative") << QByteArray("bytes -5-9/100");
    QTest::newRow("spaces inside") << QByteArray("bytes 5 - 9/100");
    QTest::newRow("trailing text") << QByteArray("bytes 5-9/100x");
    QTest::newRow("star and more") << QByteArray("bytes 5-9/*1");
    QTest::newRow("beyond 64 bits") << QByteArray("bytes 0-9/99999999999999999999");
    QTest::newRow("two ranges") << QByteArray("bytes 0-9/100, 20-29/100");
}

void TestApiContentRange::refusesWhatIsNoRange()
{
    QFETCH(QByteArray, header);
    ContentRange r;
    r.first = 1;
    r.last = 2;
    r.total = 3;
    QVERIFY(!ContentRange::parse(header, &r));
    QCOMPARE(r, (ContentRange{1, 2, 3}));  // untouched
}

void TestApiContentRange::formatsWhatItParses()
{
    for (const ContentRange &r : {ContentRange{0, 0, 1}, ContentRange{10, 19, -1}, ContentRange{1, 8999999999LL, 9000000000LL}}) {
        ContentRange back;
        QVERIFY2(ContentRange::parse(r.format(), &back), r.format().constData());
        QCOMPARE(back, r);
    }
    QCOMPARE(ContentRange({0, 99, 1000}).format(), QByteArray("bytes 0-99/1000"));
    QCOMPARE(ContentRange({5, 9, -1}).format(), QByteArray("bytes 5-9/*"));
    QCOMPARE(ContentRange({9, 5, 10}).format(), QByteArray());
}

void TestApiContentRange::requestsFromAnOffset()
{
    QCOMPARE(ContentRange::requestFrom(0), QByteArray("bytes=0-"));
    QCOMPARE(ContentRange::requestFrom(123456789012LL), QByteArray("bytes=123456789012-"));
}

QTEST_GUILESS_MAIN(TestApiContentRange)
#include "tst_api_contentrange.moc"
