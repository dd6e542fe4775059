// Date parsing (IsoDate): ISO 8601 with or without offset and fraction, and "/Date(ms±zzzz)/".
// Whatever the bytes, no crash; a date that parses prints as ISO UTC and reads back the same.
#include "api/isodate.h"

#include <QString>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *text = reinterpret_cast<const char *>(data);
    const qint64 ms = IsoDate::parseMs(text, size);
    const QString asString = QString::fromUtf8(text, qsizetype(size));
    IsoDate::parseMs(asString);
    IsoDate::parseUserDate(asString, false);
    IsoDate::parseUserDate(asString, true);
    if (ms != IsoDate::kInvalid && IsoDate::msToDateTime(ms).isValid()) {
        const QString iso = IsoDate::msToIsoUtc(ms);
        const QByteArray utf8 = iso.toUtf8();
        const qint64 again = IsoDate::parseMs(utf8.constData(), size_t(utf8.size()));
        if (again != ms) {
            fprintf(stderr, "round trip: %lld -> %s -> %lld\n", static_cast<long long>(ms), utf8.constData(),
                    static_cast<long long>(again));
            abort();
        }
    }
    return 0;
}
