#include "contentrange.h"

#include <limits>

namespace {

// A decimal number without sign or spaces that fits in qint64; moves *at past it.
bool readNumber(const char *&at, const char *end, qint64 *out)
{
    const char *start = at;
    qint64 n = 0;
    while (at < end && *at >= '0' && *at <= '9') {
        const int digit = *at - '0';
        if (n > (std::numeric_limits<qint64>::max() - digit) / 10)
            return false;
        n = n * 10 + digit;
        ++at;
    }
    *out = n;
    return at > start;
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t';
}

} // namespace

bool ContentRange::isValid() const
{
    return first >= 0 && first <= last && (total < 0 ? total == -1 : last < total);
}

bool ContentRange::parse(const QByteArray &header, ContentRange *out)
{
    const QByteArray h = header.trimmed();
    const char *at = h.constData();
    const char *const end = at + h.size();
    if (h.size() < 6 || qstrnicmp(at, "bytes", 5) != 0 || !isSpace(at[5]))
        return false;
    at += 6;
    while (at < end && isSpace(*at))
        ++at;
    ContentRange r;
    if (!readNumber(at, end, &r.first) || at == end || *at++ != '-' || !readNumber(at, end, &r.last)
        || at == end || *at++ != '/')
        return false;
    if (at < end && *at == '*' && at + 1 == end)
        r.total = -1;
    else if (!readNumber(at, end, &r.total) || at != end)
        return false;
    if (!r.isValid())
        return false;
    *out = r;
    return true;
}

QByteArray ContentRange::format() const
{
    if (!isValid())
        return {};
    return "bytes " + QByteArray::number(first) + '-' + QByteArray::number(last) + '/'
        + (total < 0 ? QByteArray("*") : QByteArray::number(total));
}

QByteArray ContentRange::requestFrom(qint64 offset)
{
    return "bytes=" + QByteArray::number(qMax<qint64>(0, offset)) + '-';
}
