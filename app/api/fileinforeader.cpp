#include "fileinforeader.h"

#include "fileinfobuilder.h"
#include "jsonitemspans.h"
#include "stringpool.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QVariant>

#include <cctype>
#include <cstring>
#include <string>
#include <strings.h>

namespace {

struct KeyName
{
    const char *name;
    FileField field;
    std::size_t length = std::char_traits<char>::length(name);
};

// Grouped by length for a quick case-insensitive lookup.
constexpr KeyName kKeys[] = {
    {"id", FileField::Id},
    {"uri", FileField::Uri},
    {"type", FileField::Type},
    {"userid", FileField::UserId},
    {"username", FileField::UserName},
    {"filename", FileField::FileName},
    {"createdby", FileField::CreatedBy},
    {"accountid", FileField::AccountId},
    {"toaddress", FileField::ToAddress},
    {"customerid", FileField::CustomerId},
    {"datecreated", FileField::DateCreated},
    {"accountname", FileField::AccountName},
    {"contenttype", FileField::ContentType},
    {"fromaddress", FileField::FromAddress},
    {"customername", FileField::CustomerName},
    {"recordingsid", FileField::RecordingSid},
    {"contentlength", FileField::ContentLength},
    {"recordingfrom", FileField::RecordingFrom},
    {"transcription", FileField::Transcription},
    {"lastmodifiedby", FileField::LastModifiedBy},
    {"aitranscription", FileField::AITranscription},
    {"datelastmodified", FileField::DateLastModified},
    {"recordingduration", FileField::RecordingDuration},
    {"customerbreadcrumb", FileField::CustomerBreadcrumb},
};

} // namespace

FileField FileInfoReader::fieldForKey(const char *key, std::size_t length)
{
    for (const KeyName &k : kKeys) {
        const std::size_t n = k.length;
        if (n > length)
            break;
        if (n == length && strncasecmp(key, k.name, length) == 0)
            return k.field;
    }
    return FileField::Count;
}

// ---- Qt's parser ---------------------------------------------------------------------------

namespace {

// A page key in any ASCII case, as strncasecmp() matches it in the simdjson reader (Qt's own
// case-insensitive compare also folds U+017F to 's').
bool sameAsciiKey(const QString &key, const char *name)
{
    const QLatin1String n(name);
    if (key.size() != n.size())
        return false;
    for (qsizetype i = 0; i < key.size(); ++i) {
        const char16_t c = key.at(i).unicode();
        if (c >= 0x80 || std::tolower(int(c)) != std::tolower(int(uchar(n.at(i).toLatin1()))))
            return false;
    }
    return true;
}

void putQtValue(FileInfoBuilder &b, FileField field, const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        b.setText(field, v.toString());
        break;
    case QJsonValue::Double: {
        // Qt keeps an integer that fits 64 bits exactly (toVariant() is then a qlonglong);
        // toDouble() would round 888888888888888888 to ...832.
        const QVariant exact = v.toVariant();
        qint64 whole = 0;
        if (exact.typeId() == QMetaType::LongLong)
            b.setNumber(field, exact.toLongLong());
        else if (FileInfoBuilder::wholeNumber(v.toDouble(), &whole))
            b.setNumber(field, whole);
        else
            b.setDouble(field, v.toDouble());
        break;
    }
    case QJsonValue::Array:
        if (field == FileField::CustomerBreadcrumb) {
            CustomerBreadcrumb crumbs;
            for (const QJsonValue &c : v.toArray()) {
                if (!c.isObject())
                    continue;
                const QJsonObject o = c.toObject();
                CustomerCrumb crumb;
                for (auto it = o.begin(); it != o.end(); ++it) {
                    if (sameAsciiKey(it.key(), "id") && it.value().isString())
                        crumb.id = it.value().toString();
                    else if (sameAsciiKey(it.key(), "name") && it.value().isString())
                        crumb.name = it.value().toString();
                }
                crumbs.append(crumb);
            }
            b.setBreadcrumb(crumbs);
        }
        break;
    default:
        break;  // null, bool, object: ignored
    }
}

FileInfo readQtObject(FileInfoBuilder &b, const QJsonObject &o)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QByteArray key = it.key().toLatin1();
        const FileField field = FileInfoReader::fieldForKey(key.constData(), std::size_t(key.size()));
        if (field != FileField::Count)
            putQtValue(b, field, it.value());
    }
    return b.build();
}

// A count (totalCount, totalPages): 0 to INT32_MAX as a number (a fraction cut to its integer
// part) or as its text; anything else -1. The simdjson reader's intMember() reads alike.
int qtInt(const QJsonObject &o, const char *name)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (sameAsciiKey(it.key(), name)) {
            qint64 n = -1;
            if (it.value().isDouble()) {
                const QVariant exact = it.value().toVariant();
                const double d = it.value().toDouble();
                if (exact.typeId() == QMetaType::LongLong)
                    n = exact.toLongLong();
                else if (d >= 0 && d <= INT32_MAX)
                    n = qint64(d);
            } else if (it.value().isString()) {
                bool ok = false;
                n = it.value().toString().toInt(&ok);
                if (!ok)
                    n = -1;
            }
            return n >= 0 && n <= INT32_MAX ? int(n) : -1;
        }
    }
    return -1;
}

QJsonValue qtMember(const QJsonObject &o, const char *name)
{
    for (auto it = o.begin(); it != o.end(); ++it)
        if (sameAsciiKey(it.key(), name))
            return it.value();
    return QJsonValue(QJsonValue::Undefined);
}

void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

} // namespace

FileInfo FileInfoReader::fromJson(const QJsonObject &object)
{
    FileInfoBuilder b;
    return readQtObject(b, object);
}

// A JSON number (RFC 8259): -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
static bool isJsonNumber(const char *p, const char *end)
{
    auto digits = [&p, end] {
        const char *start = p;
        while (p < end && *p >= '0' && *p <= '9')
            ++p;
        return p > start;
    };
    if (p < end && *p == '-')
        ++p;
    if (p < end && *p == '0')
        ++p;
    else if (!digits())
        return false;
    if (p < end && *p == '.') {
        ++p;
        if (!digits())
            return false;
    }
    if (p < end && (*p == 'e' || *p == 'E')) {
        ++p;
        if (p < end && (*p == '+' || *p == '-'))
            ++p;
        if (!digits())
            return false;
    }
    return p == end;
}

// A valid number too small for a double (1e-400): simdjson reads it as 0, Qt's parser refuses
// the whole text ("illegal number"), so the Qt reader is given a copy with it written as 0
// (found by fuzz_fileinfo_reader: an unknown field with 3E-000000000744073709551615 refused the
// page). A number too large for a double (1e400) is refused by both.
static bool underflows(const char *p, const char *end)
{
    bool ok = false;
    QByteArray::fromRawData(p, end - p).toDouble(&ok);
    if (ok)
        return false;
    // Out of range: too small when the first significant digit is after the decimal point by
    // more than the exponent (the order of magnitude is negative).
    qint64 magnitude = 0;
    bool significant = false;
    bool afterPoint = false;
    for (; p < end && *p != 'e' && *p != 'E'; ++p) {
        if (*p == '.') {
            afterPoint = true;
        } else if (*p >= '0' && *p <= '9') {
            if (!significant && *p != '0') {
                significant = true;
                if (afterPoint)
                    --magnitude;
            } else if (significant && !afterPoint) {
                ++magnitude;
            } else if (!significant && afterPoint) {
                --magnitude;
            }
        }
    }
    if (!significant)
        return false;
    qint64 exponent = 0;
    bool negative = false;
    if (p < end)
        ++p;  // 'e'
    if (p < end && (*p == '-' || *p == '+'))
        negative = *p++ == '-';
    for (; p < end; ++p)
        exponent = qMin(exponent * 10 + (*p - '0'), qint64(1) << 40);
    return magnitude + (negative ? -exponent : exponent) < 0;
}

// What Qt's parser lets through but JSON (RFC 8259) and simdjson refuse: a malformed number
// (".5", "01"), a raw control
// character inside a string, an unknown escape (\a) or a \u without four hex digits, and text
// that is not UTF-8. Checked first so that both readers agree (found by fuzz_fileinfo_reader).
// *readable: the text with each number too small for a double written as 0 (untouched if none).
static bool strictJsonText(const QByteArray &json, QString *error, QByteArray *readable)
{
    QByteArray zeroed;
    qsizetype copied = 0;  // json[0, copied) is in zeroed
    bool inString = false;
    bool escaped = false;
    int hexLeft = 0;
    unsigned code = 0;          // the \u escape being read
    bool wantLow = false;       // a high surrogate was read: a \u low surrogate must follow
    const char *const begin = json.constData();
    const char *const end = begin + json.size();
    for (const char *at = begin; at < end; ++at) {
        const auto c = static_cast<unsigned char>(*at);
        if (!inString) {
            inString = c == '"';
            if (c == '-' || c == '+' || c == '.' || (c >= '0' && c <= '9')) {
                const char *stop = at;
                while (stop < end && std::strchr("+-.eE0123456789", *stop) && *stop)
                    ++stop;
                if (!isJsonNumber(at, stop)) {
                    setError(error, QStringLiteral("not JSON: a malformed number"));
                    return false;
                }
                if (underflows(at, stop)) {
                    zeroed.append(begin + copied, at - begin - copied).append('0');
                    copied = stop - begin;
                }
                at = stop - 1;
            }
            continue;
        }
        if (hexLeft > 0) {
            if (!std::isxdigit(c)) {
                setError(error, QStringLiteral("not JSON: \\u without four hex digits"));
                return false;
            }
            code = code * 16 + unsigned(std::isdigit(c) ? c - '0' : (std::tolower(c) - 'a' + 10));
            if (--hexLeft == 0) {
                // A lone surrogate is no character: simdjson refuses it, Qt would read U+FFFD.
                const bool high = code >= 0xD800 && code <= 0xDBFF;
                const bool low = code >= 0xDC00 && code <= 0xDFFF;
                if (low != wantLow) {
                    setError(error, QStringLiteral("not JSON: a lone surrogate in a \\u escape"));
                    return false;
                }
                wantLow = high;
            }
        } else if (wantLow && !(escaped && c == 'u') && !(c == '\\' && !escaped)) {
            setError(error, QStringLiteral("not JSON: a lone surrogate in a \\u escape"));
            return false;
        } else if (escaped) {
            escaped = false;
            if (c == 'u') {
                hexLeft = 4;
                code = 0;
            }
            else if (!std::strchr("\"\\/bfnrt", c) || c == 0) {
                setError(error, QStringLiteral("not JSON: an unknown escape in a string"));
                return false;
            }
        } else if (c == '\\')
            escaped = true;
        else if (c == '"')
            inString = false;
        else if (c < 0x20) {
            setError(error, QStringLiteral("not JSON: a control character in a string"));
            return false;
        }
    }
    if (!QUtf8StringView(json.constData(), json.size()).isValidUtf8()) {
        setError(error, QStringLiteral("not JSON: the text is not UTF-8"));
        return false;
    }
    if (copied > 0)
        *readable = zeroed.append(begin + copied, json.size() - copied);
    return true;
}

void FileInfoReader::keepRawItems(const QByteArray &json, ListPage<FileInfo> *page)
{
    QList<RawSpan> spans;
    if (!JsonItemSpans::find(json, &spans) || spans.size() != page->items.size())
        return;
    page->raw = json;
    page->rawSpans = std::move(spans);
}

bool FileInfoReader::readListQt(const QByteArray &json, ListPage<FileInfo> *page, QString *error, bool simplifiedPaging,
                                bool keepRaw)
{
    QByteArray readable = json;
    if (!strictJsonText(json, error, &readable))
        return false;
    QJsonParseError perr{};
    const QJsonDocument doc = QJsonDocument::fromJson(readable, &perr);
    if (perr.error != QJsonParseError::NoError) {
        setError(error, QStringLiteral("not JSON: %1 at offset %2").arg(perr.errorString()).arg(perr.offset));
        return false;
    }
    if (!doc.isObject()) {
        setError(error, QStringLiteral("the top level is not an object"));
        return false;
    }
    const QJsonObject top = doc.object();
    // "items" in any case; named twice in different case, a page with any of them not a list
    // is refused and the first list in key order is read (as the simdjson reader does).
    QJsonArray array;
    bool haveItems = false;
    for (auto it = top.begin(); it != top.end(); ++it) {
        if (!sameAsciiKey(it.key(), "items") || it.value().isNull())
            continue;
        if (!it.value().isArray()) {
            setError(error, QStringLiteral("items is not an array"));
            return false;
        }
        if (!haveItems)
            array = it.value().toArray();
        haveItems = true;
    }
    ListPage<FileInfo> result;
    result.items.reserve(array.size());
    FileInfoBuilder b;
    for (const QJsonValue &v : array) {
        if (v.isObject())
            result.items.append(readQtObject(b, v.toObject()));
    }
    result.totalCount = qtInt(top, "totalCount");
    result.totalPages = qtInt(top, "totalPages");
    if (simplifiedPaging && result.totalCount == 0 && result.totalPages <= 0) {
        result.totalCount = -1;
        result.totalPages = -1;
    }
    const QJsonValue more = qtMember(top, "hasMorePages");
    result.hasMorePages = more.isBool() ? more.toBool() : false;
    if (keepRaw)
        keepRawItems(json, &result);
    *page = std::move(result);
    return true;
}

#ifndef EVOVOICE_HAVE_SIMDJSON

bool FileInfoReader::usesSimdjson()
{
    return false;
}

bool FileInfoReader::readList(const QByteArray &json, ListPage<FileInfo> *page, QString *error, bool simplifiedPaging,
                              bool keepRaw)
{
    return readListQt(json, page, error, simplifiedPaging, keepRaw);
}

bool FileInfoReader::readOne(const QByteArray &json, FileInfo *file, QString *error)
{
    QJsonParseError perr{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &perr);
    if (perr.error != QJsonParseError::NoError || !doc.isObject()) {
        setError(error, perr.error != QJsonParseError::NoError ? QStringLiteral("not JSON: %1").arg(perr.errorString())
                                                              : QStringLiteral("the top level is not an object"));
        return false;
    }
    *file = fromJson(doc.object());
    return true;
}

#endif
