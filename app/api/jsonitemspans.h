#pragma once

#include "listpage.h"

#include <QByteArray>
#include <QList>

// Where the items of a list answer are in its body: the byte span of each object element of the
// top-level member "items" (matched case-insensitively; the last one when repeated, as the
// simdjson reader takes it). Elements that are not objects are left out, as both readers skip
// them. Run on a body one of FileInfoReader's readers has already accepted (it checks the
// structure, not every token): false when the body does not have that shape.
class JsonItemSpans final
{
public:
    static bool find(const QByteArray &json, QList<RawSpan> *spans);
};
