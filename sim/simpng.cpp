#include "simpng.h"

#include <QtEndian>

namespace {
QByteArray be32(quint32 v)
{
    QByteArray b(4, '\0');
    qToBigEndian<quint32>(v, b.data());
    return b;
}

QByteArray chunk(const QByteArray &type, const QByteArray &data)
{
    return be32(quint32(data.size())) + type + data + be32(SimPng::crc32(type + data));
}
} // namespace

quint32 SimPng::crc32(const QByteArray &data)
{
    static quint32 table[256];
    static bool ready = false;
    if (!ready) {
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            table[n] = c;
        }
        ready = true;
    }
    quint32 c = 0xFFFFFFFFu;
    for (const char ch : data)
        c = table[(c ^ quint8(ch)) & 0xff] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

QByteArray SimPng::build(quint64 hash, qint64 targetSize)
{
    const int w = 16;
    const int h = 16;
    QByteArray ihdr = be32(w) + be32(h);
    ihdr += char(8); // bit depth
    ihdr += char(2); // RGB
    ihdr += QByteArray(3, '\0');
    QByteArray raw;
    for (int y = 0; y < h; ++y) {
        raw += char(0);
        for (int x = 0; x < w; ++x) {
            raw += char((hash & 0xff) + x * 8);
            raw += char(((hash >> 8) & 0xff) + y * 8);
            raw += char((hash >> 16) & 0xff);
        }
    }
    const QByteArray zlib = qCompress(raw, 9).mid(4); // qCompress prefixes a 4-byte length
    QByteArray png = QByteArray("\x89PNG\r\n\x1a\n", 8) + chunk("IHDR", ihdr) + chunk("IDAT", zlib);
    const QByteArray end = chunk("IEND", {});
    const qint64 fill = targetSize - png.size() - end.size() - 12 - 8;
    if (fill >= 0)
        png += chunk("tEXt", QByteArray("Comment\0", 8) + QByteArray(int(fill), 'x'));
    return png + end;
}
