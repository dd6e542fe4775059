// The simdjson side of FileInfoReader (built when simdjson is found).
#include "fileinforeader.h"

#ifdef EVOVOICE_HAVE_SIMDJSON

#include "fileinfobuilder.h"
#include "stringpool.h"

#include <QJsonDocument>

#include <simdjson.h>

#include <strings.h>

namespace {

using simdjson::dom::element;
using simdjson::dom::element_type;

bool sameKey(std::string_view key, const char *lowerName, std::size_t length)
{
    return key.size() == length && strncasecmp(key.data(), lowerName, length) == 0;
}

void putBreadcrumb(FileInfoBuilder &b, const simdjson::dom::array &array, QByteArray &scratch)
{
    scratch.resize(0);
    bool first = true;
    for (element crumb : array) {
        simdjson::dom::object o;
        if (crumb.get_object().get(o) != simdjson::SUCCESS)
            continue;
        std::string_view id, name;
        for (auto field : o) {
            std::string_view s;
            if (field.value.get_string().get(s) != simdjson::SUCCESS)
                continue;
            if (sameKey(field.key, "id", 2))
                id = s;
            else if (sameKey(field.key, "name", 4))
                name = s;
        }
        if (!first)
            scratch += '\x1E';
        first = false;
        scratch.append(id.data(), qsizetype(id.size()));
        scratch += '\x1F';
        scratch.append(name.data(), qsizetype(name.size()));
    }
    b.setBreadcrumbEncoded(scratch);
}

FileInfo readObject(FileInfoBuilder &b, const simdjson::dom::object &object, QByteArray &scratch)
{
    for (auto field : object) {
        const FileField f = FileInfoReader::fieldForKey(field.key.data(), field.key.size());
        if (f == FileField::Count)
            continue;
        // A name repeated in the object: the last value wins, also one ignored below (null):
        // as in Qt's QJsonObject.
        b.clear(f);
        const element v = field.value;
        switch (v.type()) {
        case element_type::STRING: {
            std::string_view s;
            if (v.get_string().get(s) == simdjson::SUCCESS)
                b.setUtf8(f, s.data(), s.size());
            break;
        }
        case element_type::INT64:
            b.setNumber(f, int64_t(v));
            break;
        case element_type::UINT64:  // beyond INT64_MAX: simdjson keeps it exact, Qt as a double
            b.setDouble(f, double(uint64_t(v)));
            break;
        case element_type::DOUBLE: {
            const double d = double(v);
            qint64 whole = 0;
            if (FileInfoBuilder::wholeNumber(d, &whole))
                b.setNumber(f, whole);
            else
                b.setDouble(f, d);
            break;
        }
        case element_type::ARRAY:
            if (f == FileField::CustomerBreadcrumb)
                putBreadcrumb(b, simdjson::dom::array(v), scratch);
            break;
        default:
            break;  // null, bool, object: ignored
        }
    }
    return b.build();
}

// A count: 0 to INT32_MAX, as the Qt reader's qtInt() reads it.
int intMember(const simdjson::dom::object &top, const char *lowerName, std::size_t length)
{
    for (auto field : top) {
        if (!sameKey(field.key, lowerName, length))
            continue;
        int64_t i = 0;
        double d = 0;
        std::string_view s;
        if (field.value.get_int64().get(i) == simdjson::SUCCESS)
            return i >= 0 && i <= INT32_MAX ? int(i) : -1;
        if (field.value.get_double().get(d) == simdjson::SUCCESS)
            return d >= 0 && d <= INT32_MAX ? int(d) : -1;
        if (field.value.get_string().get(s) == simdjson::SUCCESS) {
            bool ok = false;
            const int v = QByteArray::fromRawData(s.data(), qsizetype(s.size())).toInt(&ok);
            return ok && v >= 0 ? v : -1;
        }
        return -1;
    }
    return -1;
}

simdjson::dom::parser &threadParser()
{
    thread_local simdjson::dom::parser parser;
    return parser;
}

// numberTooBig: valid JSON with a number simdjson cannot hold (an integer beyond 64 bits): the
// caller reads it with Qt's parser instead (found by fuzz_fileinfo_reader: an unknown field with
// a 44-digit number refused the whole page).
bool parseTop(const QByteArray &json, simdjson::dom::object *top, QString *error, bool *numberTooBig)
{
    element doc;
    const auto err = threadParser().parse(json.constData(), std::size_t(json.size()), true).get(doc);
    *numberTooBig = err == simdjson::NUMBER_OUT_OF_RANGE || err == simdjson::NUMBER_ERROR;  // (Qt then checks the number syntax)
    if (err != simdjson::SUCCESS) {
        if (error)
            *error = QStringLiteral("not JSON: %1").arg(QString::fromLatin1(simdjson::error_message(err)));
        return false;
    }
    if (doc.get_object().get(*top) != simdjson::SUCCESS) {
        if (error)
            *error = QStringLiteral("the top level is not an object");
        return false;
    }
    return true;
}

} // namespace

bool FileInfoReader::usesSimdjson()
{
    return true;
}

bool FileInfoReader::readList(const QByteArray &json, ListPage<FileInfo> *page, QString *error, bool simplifiedPaging,
                              bool keepRaw)
{
    simdjson::dom::object top;
    bool numberTooBig = false;
    if (!parseTop(json, &top, error, &numberTooBig))
        return numberTooBig && readListQt(json, page, error, simplifiedPaging, keepRaw);
    ListPage<FileInfo> result;
    // "items" in any case. A name repeated with the same spelling: the last counts (as in Qt's
    // QJsonObject); in different spellings: any that is not a list refuses the page, and the list
    // of the first spelling in byte order is read (QJsonObject's key order).
    std::string_view itemKeys[32];  // every case spelling of "items"
    element itemValues[32];
    int itemCount = 0;
    bool more = false;
    for (auto field : top) {
        if (sameKey(field.key, "items", 5)) {
            int k = 0;
            while (k < itemCount && itemKeys[k] != field.key)
                ++k;
            if (k == itemCount)
                ++itemCount;
            itemKeys[k] = field.key;
            itemValues[k] = field.value;
        } else if (sameKey(field.key, "hasmorepages", 12)) {
            bool bv = false;
            if (field.value.get_bool().get(bv) == simdjson::SUCCESS)
                more = bv;
        }
    }
    simdjson::dom::array items;
    bool haveItems = false;
    std::string_view chosen;
    for (int k = 0; k < itemCount; ++k) {
        if (itemValues[k].is_null())
            continue;
        simdjson::dom::array a;
        if (itemValues[k].get_array().get(a) != simdjson::SUCCESS) {
            if (error)
                *error = QStringLiteral("items is not an array");
            return false;
        }
        if (!haveItems || itemKeys[k] < chosen) {
            items = a;
            chosen = itemKeys[k];
        }
        haveItems = true;
    }
    if (haveItems) {
        result.items.reserve(qsizetype(items.size()));
        FileInfoBuilder b;
        QByteArray scratch;
        StringPool::Batch batch(StringPool::instance());
        b.setPoolBatch(&batch);
        for (element item : items) {
            simdjson::dom::object o;
            if (item.get_object().get(o) == simdjson::SUCCESS)
                result.items.append(readObject(b, o, scratch));
        }
        b.setPoolBatch(nullptr);
    }
    result.totalCount = intMember(top, "totalcount", 10);
    result.totalPages = intMember(top, "totalpages", 10);
    if (simplifiedPaging && result.totalCount == 0 && result.totalPages <= 0) {
        result.totalCount = -1;
        result.totalPages = -1;
    }
    result.hasMorePages = more;
    if (keepRaw)
        keepRawItems(json, &result);
    *page = std::move(result);
    return true;
}

bool FileInfoReader::readOne(const QByteArray &json, FileInfo *file, QString *error)
{
    simdjson::dom::object top;
    bool numberTooBig = false;
    if (!parseTop(json, &top, error, &numberTooBig)) {
        if (!numberTooBig)
            return false;
        QJsonParseError perr{};
        const QJsonDocument doc = QJsonDocument::fromJson(json, &perr);
        if (perr.error != QJsonParseError::NoError || !doc.isObject())
            return false;
        *file = fromJson(doc.object());
        return true;
    }
    FileInfoBuilder b;
    QByteArray scratch;
    *file = readObject(b, top, scratch);
    return true;
}

#endif
