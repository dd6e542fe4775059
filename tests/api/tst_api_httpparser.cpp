// HttpResponseParser: the HTTP/1.1 responses the downloads' own transport reads (RFC 9112):
// framing by Content-Length, chunked and the close; 1xx skipped; what is malformed refused; and
// the same outcome however the bytes are split across reads.
#include "api/httpresponseparser.h"

#include <QTest>

namespace {

struct Outcome
{
    HttpResponseParser::State state;
    int status = 0;
    QByteArray body;
    qsizetype consumed = 0;
    bool keepAlive = false;
};

// Feeds `wire` in pieces of `step` bytes (0 = all at once), then the end of input if asked.
Outcome parse(const QByteArray &wire, int step, bool close)
{
    HttpResponseParser p;
    Outcome o;
    qsizetype at = 0;
    while (at < wire.size()) {
        const qsizetype n = step > 0 ? qMin<qsizetype>(step, wire.size() - at) : wire.size() - at;
        const qsizetype used = p.feed(wire.constData() + at, n, &o.body);
        o.consumed += used;
        at += n;
        if (used < n)
            break;
    }
    if (close)
        p.endOfInput();
    o.state = p.state();
    o.status = p.status();
    o.keepAlive = p.keepAlive();
    return o;
}

} // namespace

class TestApiHttpParser final : public QObject
{
    Q_OBJECT
private slots:
    void readsWellFormedAnswers_data();
    void readsWellFormedAnswers();
    void refusesMalformedAnswers_data();
    void refusesMalformedAnswers();
    void stopsAtTheEndOfTheAnswer();
    void cutBodiesFail();
    void keepsHeadersAndJoinsRepeats();
    void lengthBodyCanBeReadDirectly();
    void oversizedHeadFails();
};

void TestApiHttpParser::readsWellFormedAnswers_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<bool>("close");  // the connection ends after the bytes
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("keepAlive");
    QTest::newRow("length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello") << false << 200
                            << QByteArray("hello") << true;
    QTest::newRow("empty body") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n") << false << 200 << QByteArray()
                                << true;
    QTest::newRow("206 with range") << QByteArray("HTTP/1.1 206 Partial Content\r\nContent-Range: bytes 2-4/5\r\n"
                                                  "Content-Length: 3\r\n\r\nllo")
                                    << false << 206 << QByteArray("llo") << true;
    QTest::newRow("chunked") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                                           "5\r\nhello\r\n1;ext=1\r\n \r\nA\r\n0123456789\r\n0\r\n\r\n")
                             << false << 200 << QByteArray("hello 0123456789") << true;
    QTest::newRow("chunked with trailers") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: Chunked\r\n\r\n"
                                                         "3\r\nabc\r\n0\r\nX-Sum: 1\r\n\r\n")
                                           << false << 200 << QByteArray("abc") << true;
    QTest::newRow("chunked wins over length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 99\r\nTransfer-Encoding: chunked\r\n\r\n"
                                                            "2\r\nok\r\n0\r\n\r\n")
                                              << false << 200 << QByteArray("ok") << true;
    QTest::newRow("until the close") << QByteArray("HTTP/1.1 200 OK\r\nConnection: close\r\n\r\nall of it") << true << 200
                                     << QByteArray("all of it") << false;
    QTest::newRow("100 continue first") << QByteArray("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: </x>\r\n\r\n"
                                                      "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhi")
                                        << false << 200 << QByteArray("hi") << true;
    QTest::newRow("bare line feeds") << QByteArray("HTTP/1.1 404 Not Found\nContent-Length: 3\n\nnope") << false << 404
                                     << QByteArray("nop") << true;
    QTest::newRow("no reason phrase") << QByteArray("HTTP/1.1 204\r\n\r\n") << false << 204 << QByteArray() << true;
    QTest::newRow("304 has no body") << QByteArray("HTTP/1.1 304 Not Modified\r\nContent-Length: 10\r\n\r\n") << false << 304
                                     << QByteArray() << true;
    QTest::newRow("http 1.0 closes") << QByteArray("HTTP/1.0 200 OK\r\nContent-Length: 1\r\n\r\nx") << false << 200
                                     << QByteArray("x") << false;
    QTest::newRow("connection close") << QByteArray("HTTP/1.1 500 Oops\r\nConnection: keep-alive, Close\r\nContent-Length: 1\r\n\r\nx")
                                      << false << 500 << QByteArray("x") << false;
    QTest::newRow("same length twice") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 2, 2\r\nContent-Length: 2\r\n\r\nab")
                                       << false << 200 << QByteArray("ab") << true;
    QByteArray binary(300, '\0');
    for (int i = 0; i < binary.size(); ++i)
        binary[i] = char(i * 7);
    QTest::newRow("binary body") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 300\r\n\r\n") + binary << false << 200 << binary
                                 << true;
}

void TestApiHttpParser::readsWellFormedAnswers()
{
    QFETCH(QByteArray, wire);
    QFETCH(bool, close);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(bool, keepAlive);
    for (int step : {0, 1, 2, 3, 7, 64}) {
        const Outcome o = parse(wire, step, close);
        QVERIFY2(o.state == HttpResponseParser::State::Done, qPrintable(QStringLiteral("step %1").arg(step)));
        QCOMPARE(o.status, status);
        QCOMPARE(o.body, body);
        QCOMPARE(o.keepAlive, keepAlive);
    }
}

void TestApiHttpParser::refusesMalformedAnswers_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::newRow("not http") << QByteArray("SSH-2.0-OpenSSH\r\n\r\n");
    QTest::newRow("http 2 preface") << QByteArray("HTTP/2 200\r\n\r\n");
    QTest::newRow("status not digits") << QByteArray("HTTP/1.1 2x0 OK\r\n\r\n");
    QTest::newRow("status too short") << QByteArray("HTTP/1.1 20 OK\r\n\r\n");
    QTest::newRow("status glued to reason") << QByteArray("HTTP/1.1 200OK\r\n\r\n");
    QTest::newRow("header without colon") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length 5\r\n\r\nhello");
    QTest::newRow("space before colon") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length : 5\r\n\r\nhello");
    QTest::newRow("folded header") << QByteArray("HTTP/1.1 200 OK\r\nX-A: 1\r\n continued\r\nContent-Length: 1\r\n\r\nx");
    QTest::newRow("two lengths") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello!");
    QTest::newRow("negative length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n");
    QTest::newRow("length with sign") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: +5\r\n\r\nhello");
    QTest::newRow("huge length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 99999999999999999999\r\n\r\n");
    QTest::newRow("gzip coding") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip, chunked\r\n\r\n0\r\n\r\n");
    QTest::newRow("bad chunk size") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n");
    QTest::newRow("chunk without its CRLF") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabc\r\n");
    QTest::newRow("chunk size overflow") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nffffffffffffffffff\r\n");
    QTest::newRow("switching protocols") << QByteArray("HTTP/1.1 101 Switching Protocols\r\nUpgrade: h2c\r\n\r\n");
}

void TestApiHttpParser::refusesMalformedAnswers()
{
    QFETCH(QByteArray, wire);
    for (int step : {0, 1, 5}) {
        const Outcome o = parse(wire, step, false);
        QVERIFY2(o.state == HttpResponseParser::State::Failed, qPrintable(QStringLiteral("step %1").arg(step)));
        QVERIFY(!o.keepAlive);
    }
}

void TestApiHttpParser::stopsAtTheEndOfTheAnswer()
{
    // Whatever follows the answer belongs to no request of ours: it is not consumed.
    const QByteArray first("HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\nabc");
    const Outcome o = parse(first + "HTTP/1.1 200 OK\r\n", 0, false);
    QVERIFY(o.state == HttpResponseParser::State::Done);
    QCOMPARE(o.consumed, first.size());
    QCOMPARE(o.body, QByteArray("abc"));
}

void TestApiHttpParser::cutBodiesFail()
{
    for (const QByteArray &wire : {QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nshort"),
                                   QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhel"),
                                   QByteArray("HTTP/1.1 200 OK\r\nContent-Len"), QByteArray()}) {
        HttpResponseParser p;
        QByteArray body;
        p.feed(wire.constData(), wire.size(), &body);
        QVERIFY(p.state() != HttpResponseParser::State::Done);
        p.endOfInput();
        QVERIFY2(p.state() == HttpResponseParser::State::Failed, wire.constData());
        QVERIFY(!p.errorString().isEmpty());
    }
}

void TestApiHttpParser::keepsHeadersAndJoinsRepeats()
{
    const QByteArray wire("HTTP/1.1 302 Found\r\nLocation:  http://127.0.0.2/x?sig=1  \r\nVary: a\r\nvary: b\r\n"
                          "Content-Length: 0\r\n\r\n");
    HttpResponseParser p;
    QByteArray body;
    p.feed(wire.constData(), wire.size(), &body);
    QVERIFY(p.state() == HttpResponseParser::State::Done);
    QCOMPARE(p.status(), 302);
    QCOMPARE(p.reason(), QByteArray("Found"));
    QCOMPARE(p.header("location"), QByteArray("http://127.0.0.2/x?sig=1"));
    QCOMPARE(p.header("Vary"), QByteArray("a, b"));
    QCOMPARE(p.headers().size(), qsizetype(4));
    QCOMPARE(p.contentLength(), qint64(0));
}

void TestApiHttpParser::lengthBodyCanBeReadDirectly()
{
    // The reply reads a Content-Length body straight from the socket and reports it.
    const QByteArray head("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n0123");
    HttpResponseParser p;
    QByteArray body;
    QCOMPARE(p.feed(head.constData(), head.size(), &body), head.size());
    QCOMPARE(body, QByteArray("0123"));
    QVERIFY(p.framing() == HttpResponseParser::Framing::Length);
    QCOMPARE(p.remaining(), qint64(6));
    p.consumedBody(4);
    QCOMPARE(p.remaining(), qint64(2));
    QVERIFY(p.state() == HttpResponseParser::State::Body);
    p.consumedBody(2);
    QVERIFY(p.state() == HttpResponseParser::State::Done);
}

void TestApiHttpParser::oversizedHeadFails()
{
    QByteArray wire("HTTP/1.1 200 OK\r\n");
    while (wire.size() <= HttpResponseParser::kMaxHeadBytes)
        wire += "X-Filler: " + QByteArray(100, 'x') + "\r\n";
    for (int step : {0, 4096}) {
        const Outcome o = parse(wire, step, false);
        QVERIFY(o.state == HttpResponseParser::State::Failed);
    }
    QByteArray many("HTTP/1.1 200 OK\r\n");
    for (int i = 0; i <= HttpResponseParser::kMaxHeaders; ++i)
        many += "X-" + QByteArray::number(i) + ": 1\r\n";
    QVERIFY(parse(many + "\r\n", 0, false).state == HttpResponseParser::State::Failed);
}

QTEST_GUILESS_MAIN(TestApiHttpParser)
#include "tst_api_httpparser.moc"
