#include "fileinforeader.h"

#include "fileinfobuilder.h"
#include "jsonitemspans.h"
#include "stringpool.h"

#include <QJsonArray>
#include <QJsonDocument>

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

void putQtValue(FileInfoBuilder &b, FileField field, const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        b.setText(field, v.toString());
        break;
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (d >= -9.0e18 && d <= 9.0e18)
            b.setNumber(field, qint64(d));
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
                    if (it.key().compare(QLatin1String("id"), Qt::CaseInsensitive) == 0 && it.value().isString())
                        crumb.id = it.value().toString();
                    else if (it.key().compare(QLatin1String("name"), Qt::CaseInsensitive) == 0 && it.value().isString())
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

int qtInt(const QJsonObject &o, const char *name)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key().compare(QLatin1String(name), Qt::CaseInsensitive) == 0) {
            if (it.value().isDouble())
                return it.value().toInt(-1);
            if (it.value().isString()) {
                bool ok = false;
                const int v = it.value().toString().toInt(&ok);
                return ok ? v : -1;
            }
            return -1;
        }
    }
    return -1;
}

QJsonValue qtMember(const QJsonObject &o, const char *name)
{
    for (auto it = o.begin(); it != o.end(); ++it)
        if (it.key().compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
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

// What Qt's parser lets through but JSON (RFC 8259) and simdjson refuse: a malformed number
// (".5", "01"), a raw control
// character inside a string, an unknown escape (\a) or a \u without four hex digits, and text
// that is not UTF-8. Checked first so that both readers agree (found by fuzz_fileinfo_reader).
static bool strictJsonText(const QByteArray &json, QString *error)
{
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
    if (!strictJsonText(json, error))
        return false;
    QJsonParseError perr{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &perr);
    if (perr.error != QJsonParseError::NoError) {
        setError(error, QStringLiteral("not JSON: %1 at offset %2").arg(perr.errorString()).arg(perr.offset));
        return false;
    }
    if (!doc.isObject()) {
        setError(error, QStringLiteral("the top level is not an object"));
        return false;
    }
    const QJsonObject top = doc.object();
    const QJsonValue items = qtMember(top, "items");
    if (!items.isArray() && !items.isNull() && !items.isUndefined()) {
        setError(error, QStringLiteral("items is not an array"));
        return false;
    }
    ListPage<FileInfo> result;
    const QJsonArray array = items.toArray();
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
