// The simulator's Range handling (GET/HEAD of a file's content): whatever the Range header, no
// crash, and the answer is consistent: 200 with every byte, 206 with "bytes A-B/SIZE" inside the
// file and exactly those bytes, or 416 with "bytes */SIZE".
#include "simcontent.h"
#include "simdataset.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

namespace {
struct Fixture
{
    std::unique_ptr<SimDataset> data = std::make_unique<SimDataset>(1, 40);
    quint32 file = 0;
    QByteArray bytes;
    Fixture()
    {
        for (quint32 i = 1; i < data->fileCount(); ++i) {  // the smallest file keeps runs fast
            if (data->contentLength(i) < data->contentLength(file))
                file = i;
        }
        bytes = SimContent::bytes(*data, file);
    }
};

[[noreturn]] void fail(const char *what, const QByteArray &range, const SimResponse &r)
{
    fprintf(stderr, "%s: Range \"%s\" -> %d, Content-Range \"%s\", %lld bytes\n", what, range.constData(), r.status,
            r.header("Content-Range").constData(), static_cast<long long>(r.body.size()));
    abort();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const Fixture fixture;
    const QByteArray range(reinterpret_cast<const char *>(data), qsizetype(size));
    const qint64 total = fixture.bytes.size();
    const SimResponse r = SimContent::serve(*fixture.data, fixture.file, range, false);
    const QByteArray contentRange = r.header("Content-Range");
    if (r.status == 200) {
        if (r.body != fixture.bytes)
            fail("200 without the whole file", range, r);
    } else if (r.status == 206) {
        const QByteArray prefix = "bytes ";
        const qsizetype dash = contentRange.indexOf('-');
        const qsizetype slash = contentRange.indexOf('/');
        if (!contentRange.startsWith(prefix) || dash < 0 || slash < dash)
            fail("206 with a malformed Content-Range", range, r);
        const qint64 a = contentRange.mid(6, dash - 6).toLongLong();
        const qint64 b = contentRange.mid(dash + 1, slash - dash - 1).toLongLong();
        const qint64 sizeText = contentRange.mid(slash + 1).toLongLong();
        if (sizeText != total || a < 0 || b < a || b >= total)
            fail("206 outside the file", range, r);
        if (r.body != fixture.bytes.mid(a, b - a + 1))
            fail("206 with other bytes than announced", range, r);
    } else if (r.status == 416) {
        if (contentRange != "bytes */" + QByteArray::number(total))
            fail("416 without bytes */SIZE", range, r);
    } else {
        fail("unexpected status", range, r);
    }
    const SimResponse head = SimContent::serve(*fixture.data, fixture.file, range, true);
    if (head.status != r.status)
        fail("HEAD and GET disagree", range, r);
    return 0;
}
