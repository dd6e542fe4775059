#pragma once

#include <QByteArray>

#include "simresponse.h"

class SimDataset;

// The bytes of a file (WAV, PDF, PNG or text, generated on demand) and the HTTP answer for
// GET/HEAD with an optional single Range (206 + Content-Range, 416 when unsatisfiable).
class SimContent final
{
public:
    static QByteArray bytes(const SimDataset &data, quint32 file, qint64 offset = 0, qint64 length = -1);
    static SimResponse serve(const SimDataset &data, quint32 file, const QByteArray &rangeHeader, bool head);
};
