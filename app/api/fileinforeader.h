#pragma once

#include "fileinfo.h"
#include "listpage.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <cstddef>

// Reads FileInfo JSON (one object, or a ListResponse<FileInfo>) tolerantly: a missing, null or
// wrongly typed field, or an unknown extra field, never breaks an item; items that are not
// objects are skipped. Only a body that is not JSON, or whose top level has the wrong shape,
// fails (the caller reports BadResponse). Uses simdjson when built with it, else Qt's parser.
class FileInfoReader final
{
public:
    // ListResponse<FileInfo>. With simplifiedPaging, zero totals read as "not given" (-1). With
    // keepRaw, the page also keeps the body and each item's byte span in it (ListPage::rawItem;
    // both readers give the same spans, JsonItemSpans); left empty in the (never seen) case that
    // the spans do not pair with the items read.
    static bool readList(const QByteArray &json, ListPage<FileInfo> *page, QString *error = nullptr,
                         bool simplifiedPaging = false, bool keepRaw = false);
    // One FileInfo object (GetFile, PatchFile).
    static bool readOne(const QByteArray &json, FileInfo *file, QString *error = nullptr);

    // The same reading over Qt's QJsonDocument (the fallback, and the benchmark's comparison).
    static bool readListQt(const QByteArray &json, ListPage<FileInfo> *page, QString *error = nullptr,
                           bool simplifiedPaging = false, bool keepRaw = false);
    static FileInfo fromJson(const QJsonObject &object);

    static bool usesSimdjson();

    // The FileField a JSON key names (case-insensitive, camelCase or PascalCase); Count if none.
    static FileField fieldForKey(const char *key, std::size_t length);

private:
    static void keepRawItems(const QByteArray &json, ListPage<FileInfo> *page);
};
