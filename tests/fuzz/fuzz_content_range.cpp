// The client's Content-Range reading (ContentRange, what a resumed download checks): whatever
// the header, no crash; an accepted range is one valid range (0 <= first <= last < total, or an
// unknown total) and reads back the same from its own text; any valid range read from the
// input's first 24 bytes survives format() then parse(); an invalid one formats to nothing; the
// Range request header names its offset.
#include "api/contentrange.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {
[[noreturn]] void fail(const char *what, const QByteArray &input)
{
    fprintf(stderr, "%s: \"%s\"\n", what, input.toPercentEncoding(" /-*").left(400).constData());
    abort();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray header(reinterpret_cast<const char *>(data), qsizetype(size));
    ContentRange r;
    if (ContentRange::parse(header, &r)) {
        if (r.first < 0 || r.first > r.last || (r.total != -1 && r.last >= r.total) || r.total < -1)
            fail("accepted an invalid range", header);
        ContentRange back;
        if (!ContentRange::parse(r.format(), &back) || back != r)
            fail("parse(format(x)) != x for a parsed range", header);
        if (r.length() != r.last - r.first + 1)
            fail("length", header);
    }
    if (size >= 24) {
        ContentRange x;
        memcpy(&x.first, data, 8);
        memcpy(&x.last, data + 8, 8);
        memcpy(&x.total, data + 16, 8);
        const QByteArray text = x.format();
        if (x.isValid()) {
            ContentRange back;
            if (!ContentRange::parse(text, &back) || back != x)
                fail("parse(format(x)) != x", text);
        } else if (!text.isEmpty()) {
            fail("an invalid range was formatted", text);
        }
        const QByteArray request = ContentRange::requestFrom(x.first);
        bool ok = false;
        const qint64 offset = request.mid(6, request.size() - 7).toLongLong(&ok);
        if (!request.startsWith("bytes=") || !request.endsWith('-') || !ok || offset != qMax<qint64>(0, x.first))
            fail("Range request header", request);
    }
    return 0;
}
