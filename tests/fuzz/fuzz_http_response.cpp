// The downloads' HTTP/1.1 response reader (HttpResponseParser): whatever the bytes, no crash;
// the outcome (state, status, headers, body, bytes consumed, keep-alive) is the same whether the
// bytes come at once, one at a time, or in pieces of the sizes the input's first byte picks; a
// body never holds more bytes than came in; a finished Content-Length body has that length.
#include "api/httpresponseparser.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

struct Outcome
{
    HttpResponseParser::State state = HttpResponseParser::State::Head;
    int status = 0;
    QByteArray body;
    qsizetype consumed = 0;
    bool keepAlive = false;
    QList<QPair<QByteArray, QByteArray>> headers;
    qint64 contentLength = -1;
    HttpResponseParser::Framing framing = HttpResponseParser::Framing::None;

    // Where a response failed, how much was consumed before the reader noticed is no outcome.
    bool operator==(const Outcome &o) const
    {
        if (state != o.state)
            return false;
        if (state == HttpResponseParser::State::Failed)
            return true;
        return status == o.status && body == o.body && consumed == o.consumed && keepAlive == o.keepAlive
            && headers == o.headers && contentLength == o.contentLength && framing == o.framing;
    }
};

Outcome run(const QByteArray &wire, const uint8_t *steps, size_t stepCount, bool close)
{
    HttpResponseParser p;
    Outcome o;
    qsizetype at = 0;
    size_t k = 0;
    while (at < wire.size()) {
        qsizetype n = wire.size() - at;
        if (stepCount > 0)
            n = qMin<qsizetype>(n, 1 + steps[k++ % stepCount]);
        const qsizetype used = p.feed(wire.constData() + at, n, &o.body);
        if (used < 0 || used > n) {
            fprintf(stderr, "feed consumed %lld of %lld\n", qlonglong(used), qlonglong(n));
            abort();
        }
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
    o.headers = p.headers();
    o.contentLength = p.contentLength();
    o.framing = p.framing();
    return o;
}

[[noreturn]] void fail(const char *what, const QByteArray &wire)
{
    fprintf(stderr, "%s: \"%s\"\n", what, wire.toPercentEncoding(" /:-").left(600).constData());
    abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    // First byte: whether the connection ends after the bytes, and how many split sizes follow.
    const bool close = data[0] & 1;
    const size_t stepCount = qMin<size_t>((data[0] >> 1) & 7, size - 1);
    const uint8_t *steps = data + 1;
    const QByteArray wire(reinterpret_cast<const char *>(data + 1 + stepCount), qsizetype(size - 1 - stepCount));

    const Outcome whole = run(wire, nullptr, 0, close);
    const uint8_t one = 0;
    if (!(run(wire, &one, 1, close) == whole))
        fail("byte by byte differs from all at once", wire);
    if (stepCount > 0 && !(run(wire, steps, stepCount, close) == whole))
        fail("split reads differ from all at once", wire);
    if (whole.body.size() > wire.size() || whole.consumed > wire.size())
        fail("more out than in", wire);
    if (whole.state == HttpResponseParser::State::Done && whole.framing == HttpResponseParser::Framing::Length
        && whole.status != 204 && whole.status != 304 && whole.body.size() != whole.contentLength)
        fail("a finished body is not its Content-Length", wire);
    if (whole.state == HttpResponseParser::State::Failed && whole.keepAlive)
        fail("a failed answer keeps its connection", wire);
    if (whole.state == HttpResponseParser::State::Done && (whole.status < 200 || whole.status > 999))
        fail("finished with an informational or impossible status", wire);
    return 0;
}
