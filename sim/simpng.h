#pragma once

#include <QByteArray>

// A small valid PNG (16x16 RGB gradient), padded with a tEXt chunk to an exact size.
class SimPng final
{
public:
    static QByteArray build(quint64 hash, qint64 targetSize);
    static quint32 crc32(const QByteArray &data);
};
