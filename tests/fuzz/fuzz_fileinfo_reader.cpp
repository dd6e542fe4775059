// The FileInfo reader: whatever the bytes, no crash, and the two parsers (simdjson, the one the
// client uses, and Qt's QJsonDocument, the fallback) agree: both accept or both refuse, and
// when they accept they read the same totals and the same value in every field of every item.
// One exception, by design: a field named twice in one object with different case ("accountId"
// and "accountID"). JSON leaves duplicate names undefined, the simdjson reader keeps the last in
// the text, and QJsonObject has lost the text's order (it keeps keys sorted): such a field is
// not compared. So is the breadcrumb when one of its crumbs names "id" or "name" twice in
// different case. The same holds for the page's own keys: when "items", "totalCount",
// "totalPages" (hasMorePages is read from it when absent) or "hasMorePages" is named more than
// once (in any case), the totals and the items are not compared.
#include "api/fileinforeader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {
[[noreturn]] void disagree(const char *what, const QByteArray &json)
{
    fprintf(stderr, "simdjson and Qt disagree (%s) on: %s\n", what, json.left(400).constData());
    abort();
}
// Whether a crumb of a breadcrumb array names "id" or "name" more than once (in different case).
bool crumbNamesTwice(const QJsonValue &breadcrumb)
{
    for (const QJsonValue &c : breadcrumb.toArray()) {
        int ids = 0;
        int names = 0;
        const QJsonObject crumb = c.toObject();
        for (auto it = crumb.begin(); it != crumb.end(); ++it) {
            ids += it.key().compare(QLatin1String("id"), Qt::CaseInsensitive) == 0 ? 1 : 0;
            names += it.key().compare(QLatin1String("name"), Qt::CaseInsensitive) == 0 ? 1 : 0;
        }
        if (ids > 1 || names > 1)
            return true;
    }
    return false;
}
// The fields named by more than one key of each item object (as the reader maps keys).
QList<QSet<int>> ambiguousFields(const QByteArray &json)
{
    QList<QSet<int>> out;
    // The page's key in any case, as the readers find it ("itEms" too).
    const QJsonObject top = QJsonDocument::fromJson(json).object();
    QJsonArray items;
    for (auto it = top.begin(); it != top.end(); ++it) {
        if (it.key().compare(QLatin1String("items"), Qt::CaseInsensitive) == 0)
            items = it.value().toArray();
    }
    for (const QJsonValue &v : items) {
        if (!v.isObject())
            continue;
        QHash<int, int> seen;
        const QJsonObject item = v.toObject();
        for (auto it = item.begin(); it != item.end(); ++it) {
            const QByteArray k = it.key().toUtf8();
            const FileField field = FileInfoReader::fieldForKey(k.constData(), size_t(k.size()));
            ++seen[int(field)];
            if (field == FileField::CustomerBreadcrumb && crumbNamesTwice(it.value()))
                ++seen[int(field)];
        }
        QSet<int> twice;
        for (auto it = seen.cbegin(); it != seen.cend(); ++it) {
            if (it.value() > 1)
                twice.insert(it.key());
        }
        out.append(twice);
    }
    return out;
}
// Whether one of the page's own keys appears more than once in the text (duplicate names).
bool pageKeyRepeated(const QByteArray &json)
{
    const QByteArray lower = json.toLower();
    for (const char *key : {"\"items\"", "\"totalcount\"", "\"totalpages\"", "\"hasmorepages\""}) {
        if (lower.count(key) > 1)
            return true;
    }
    return false;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    for (bool simplified : {false, true}) {
        ListPage<FileInfo> fast;
        ListPage<FileInfo> qt;
        const bool fastOk = FileInfoReader::readList(json, &fast, nullptr, simplified);
        const bool qtOk = FileInfoReader::readListQt(json, &qt, nullptr, simplified);
        if (!FileInfoReader::usesSimdjson())
            continue;
        if (fastOk != qtOk)
            disagree(fastOk ? "only simdjson accepts" : "only Qt accepts", json);
        if (!fastOk || pageKeyRepeated(json))
            continue;
        if (fast.items.size() != qt.items.size() || fast.totalCount != qt.totalCount || fast.hasMorePages != qt.hasMorePages)
            disagree("totals or item count", json);
        const QList<QSet<int>> ambiguous = ambiguousFields(json);
        for (qsizetype i = 0; i < fast.items.size(); ++i) {
            for (int f = 0; f < int(FileField::Count); ++f) {
                if (ambiguous.value(i).contains(f))
                    continue;
                if (fast.items.at(i).value(FileField(f)) != qt.items.at(i).value(FileField(f)))
                    disagree(qPrintable(QStringLiteral("item %1 field %2").arg(i).arg(fileFieldApiName(FileField(f)))), json);
            }
        }
    }
    FileInfo one;
    FileInfoReader::readOne(json, &one);
    return 0;
}
