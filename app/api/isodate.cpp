#include "isodate.h"

#include <algorithm>
#include <cstring>


namespace {
// Years 0001..9999 only (in UTC), as the ISO form can write them: outside them a date could not be
// written back as ISO 8601 and read again (found by fuzz_isodate: /Date(-62135695080000)/ is year
// -1, and 0000-02-29 is year 0).
constexpr qint64 kFirstMs = -62135596800000;  // 0001-01-01T00:00:00Z
constexpr qint64 kLastMs = 253402300799999;   // 9999-12-31T23:59:59.999Z

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
qint64 daysFromCivil(qint64 y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

bool isLeap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int daysInMonth(int y, int m)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeap(y) ? 29 : days[m - 1];
}

struct Cursor
{
    const char *p;
    const char *end;
    bool atEnd() const { return p >= end; }
    bool peek(char c) const { return p < end && *p == c; }
    bool digits(int count, int *out)
    {
        int v = 0;
        for (int i = 0; i < count; ++i) {
            if (p >= end || *p < '0' || *p > '9')
                return false;
            v = v * 10 + (*p++ - '0');
        }
        *out = v;
        return true;
    }
};

qint64 parseServiceStack(const char *s, std::size_t n)
{
    // /Date(1764316800000-0000)/ or \/Date(...)\/ (when the text was not unescaped)
    const char *p = s;
    const char *end = s + n;
    if (p < end && *p == '\\')
        ++p;
    static const char prefix[] = "/Date(";
    for (int i = 0; i < 6; ++i, ++p)
        if (p >= end || *p != prefix[i])
            return IsoDate::kInvalid;
    bool negative = false;
    if (p < end && (*p == '-' || *p == '+')) {
        negative = *p == '-';
        ++p;
    }
    qint64 ms = 0;
    int count = 0;
    while (p < end && *p >= '0' && *p <= '9' && count < 18) {
        ms = ms * 10 + (*p++ - '0');
        ++count;
    }
    if (count == 0)
        return IsoDate::kInvalid;
    if (p < end && (*p == '+' || *p == '-')) {
        ++p;
        int digitsSeen = 0;
        while (p < end && *p >= '0' && *p <= '9') {
            ++p;
            ++digitsSeen;
        }
        if (digitsSeen != 4)
            return IsoDate::kInvalid;
    }
    if (p >= end || *p++ != ')')
        return IsoDate::kInvalid;
    if (p < end && *p == '\\')
        ++p;
    if (p >= end || *p++ != '/' || p != end)
        return IsoDate::kInvalid;
    // Years 0001..9999 only, as in the ISO form: outside them the date could not be written back
    // as ISO 8601 and read again (found by fuzz_isodate: /Date(-62135695080000)/ is year -1).
    const qint64 value = negative ? -ms : ms;  // the epoch value is UTC; the offset only tells the writer's zone
    return value < kFirstMs || value > kLastMs ? IsoDate::kInvalid : value;
}

} // namespace

qint64 IsoDate::parseMs(const char *text, std::size_t length)
{
    if (length == 0)
        return kInvalid;
    if (text[0] == '/' || text[0] == '\\')
        return parseServiceStack(text, length);
    Cursor c{text, text + length};
    int year = 0, month = 0, day = 0;
    if (!c.digits(4, &year) || !c.peek('-'))
        return kInvalid;
    ++c.p;
    if (!c.digits(2, &month) || !c.peek('-'))
        return kInvalid;
    ++c.p;
    if (!c.digits(2, &day))
        return kInvalid;
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
        return kInvalid;
    int hour = 0, minute = 0, second = 0, millis = 0;
    qint64 offsetMinutes = 0;
    if (!c.atEnd()) {
        if (*c.p != 'T' && *c.p != 't' && *c.p != ' ')
            return kInvalid;
        ++c.p;
        if (!c.digits(2, &hour) || !c.peek(':'))
            return kInvalid;
        ++c.p;
        if (!c.digits(2, &minute))
            return kInvalid;
        if (c.peek(':')) {
            ++c.p;
            if (!c.digits(2, &second))
                return kInvalid;
            if (c.peek('.') || c.peek(',')) {
                ++c.p;
                int scale = 100, fractionDigits = 0;
                while (!c.atEnd() && *c.p >= '0' && *c.p <= '9') {
                    millis += (*c.p - '0') * scale;
                    scale /= 10;
                    ++c.p;
                    ++fractionDigits;
                }
                if (fractionDigits == 0)
                    return kInvalid;
            }
        }
        if (hour > 24 || minute > 59 || second > 60 || (hour == 24 && (minute || second || millis)))
            return kInvalid;
        if (second == 60)
            second = 59;  // a leap second reads as the second before it
        if (!c.atEnd()) {
            if (*c.p == 'Z' || *c.p == 'z') {
                ++c.p;
            } else if (*c.p == '+' || *c.p == '-') {
                const bool negative = *c.p == '-';
                ++c.p;
                int oh = 0, om = 0;
                if (!c.digits(2, &oh))
                    return kInvalid;
                if (c.peek(':'))
                    ++c.p;
                if (!c.atEnd() && !c.digits(2, &om))
                    return kInvalid;
                if (oh > 23 || om > 59)
                    return kInvalid;
                offsetMinutes = (oh * 60 + om) * (negative ? -1 : 1);
            }
            if (!c.atEnd())
                return kInvalid;
        }
    }
    const qint64 days = daysFromCivil(year, unsigned(month), unsigned(day));
    const qint64 seconds = days * 86400 + hour * 3600 + minute * 60 + second - offsetMinutes * 60;
    const qint64 value = seconds * 1000 + millis;
    return value < kFirstMs || value > kLastMs ? kInvalid : value;
}

qint64 IsoDate::parseMs(const QString &text)
{
    const QByteArray utf8 = text.trimmed().toUtf8();
    return parseMs(utf8.constData(), std::size_t(utf8.size()));
}

QString IsoDate::toIsoUtc(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return {};
    const QDateTime utc = dateTime.toUTC();
    return utc.toString(utc.time().msec() ? QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")
                                          : QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

QString IsoDate::msToIsoUtc(qint64 ms)
{
    char buffer[32];
    const int n = appendIsoUtc(ms, buffer);
    if (n > 0)
        return QString::fromLatin1(buffer, n);
    return toIsoUtc(msToDateTime(ms));
}

int IsoDate::appendIsoUtc(qint64 ms, char *out)
{
    // Years 0001..9999 (what the readers accept); anything else through QDateTime.
    if (ms == kInvalid || ms < kFirstMs || ms > kLastMs) {
        if (ms == kInvalid)
            return 0;
        const QByteArray text = toIsoUtc(msToDateTime(ms)).toLatin1();
        memcpy(out, text.constData(), size_t(std::min<qsizetype>(text.size(), 31)));
        return int(std::min<qsizetype>(text.size(), 31));
    }
    const qint64 days = ms >= 0 ? ms / 86400000 : -((-ms + 86400000 - 1) / 86400000);
    const qint64 inDay = ms - days * 86400000;
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    const qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned day = doy - (153 * mp + 2) / 5 + 1;
    const unsigned month = mp < 10 ? mp + 3 : mp - 9;
    const qint64 year = qint64(yoe) + era * 400 + (month <= 2);
    const auto put = [&out](int at, unsigned value, int width) {
        for (int k = width - 1; k >= 0; --k) {
            out[at + k] = char('0' + value % 10);
            value /= 10;
        }
    };
    put(0, unsigned(year), 4);
    out[4] = '-';
    put(5, month, 2);
    out[7] = '-';
    put(8, day, 2);
    out[10] = 'T';
    put(11, unsigned(inDay / 3600000), 2);
    out[13] = ':';
    put(14, unsigned(inDay / 60000 % 60), 2);
    out[16] = ':';
    put(17, unsigned(inDay / 1000 % 60), 2);
    const unsigned msec = unsigned(inDay % 1000);
    if (msec == 0) {
        out[19] = 'Z';
        return 20;
    }
    out[19] = '.';
    put(20, msec, 3);
    out[23] = 'Z';
    return 24;
}

QDateTime IsoDate::msToDateTime(qint64 ms)
{
    if (ms == kInvalid)
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

QDateTime IsoDate::parseUserDate(const QString &text, bool endOfDay)
{
    const QString t = text.trimmed();
    const QByteArray utf8 = t.toUtf8();
    const qint64 ms = parseMs(utf8.constData(), std::size_t(utf8.size()));
    if (ms == kInvalid) {
        const QDateTime fallback = QDateTime::fromString(t, Qt::ISODateWithMs);
        return fallback.isValid() ? fallback.toUTC() : QDateTime();
    }
    const bool bareDate = t.size() == 10;
    if (bareDate && endOfDay)
        return msToDateTime(ms + 86400000 - 1);
    return msToDateTime(ms);
}
