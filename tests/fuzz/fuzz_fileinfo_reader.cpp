// The FileInfo reader: whatever the bytes, no crash, and the two parsers (simdjson, the one the
// client uses, and Qt's QJsonDocument, the fallback) agree: both accept or both refuse, and
// when they accept they read the same totals and the same value in every field of every item.
// One exception, by design: a field named twice in one object with different case ("accountId"
// and "accountID"). JSON leaves duplicate names undefined, the simdjson reader keeps the last in
// the text, and QJsonObject has lost the text's order (it keeps keys sorted): such a field is
// not compared. The same holds for the page's own keys: when "items", "totalCount" or
// "hasMorePages" is named more than once (in any case), the totals and the items are not compared.
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
        for (const QString &key : v.toObject().keys()) {
            const QByteArray k = key.toUtf8();
            ++seen[int(FileInfoReader::fieldForKey(k.constData(), size_t(k.size())))];
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
    for (const char *key : {"\"items\"", "\"totalcount\"", "\"hasmorepages\""}) {
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
