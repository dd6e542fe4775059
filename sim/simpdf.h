#pragma once

#include <QByteArray>
#include <QStringList>

// A small valid one-page PDF (Helvetica text), padded with comment lines to an exact size.
class SimPdf final
{
public:
    static QByteArray build(const QStringList &lines, qint64 targetSize);
};
