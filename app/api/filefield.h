#pragma once

#include <QString>

// Every property of FileInfo (EntityInfo's five, then FileInfo's own, as documented), in one
// enum that the table model uses as its column list and that FileQuery uses for SortField.
enum class FileField : int {
    Id,
    DateCreated,
    DateLastModified,
    CreatedBy,
    LastModifiedBy,
    Type,
    AccountId,
    AccountName,
    CustomerId,
    CustomerName,
    CustomerBreadcrumb,
    UserId,
    UserName,
    FileName,
    Uri,
    ContentType,
    ContentLength,
    RecordingSid,
    RecordingDuration,
    RecordingFrom,
    Transcription,
    FromAddress,
    ToAddress,
    AITranscription,
    Count
};

inline constexpr int kFileFieldCount = int(FileField::Count);

// The API's PascalCase property name, as sent in SortField ("DateCreated", "AITranscription").
QString fileFieldApiName(FileField field);
// Case-insensitive inverse of fileFieldApiName; FileField::Count when unknown.
FileField fileFieldFromApiName(QStringView name);
// A translated column title ("Created", "Duration").
QString fileFieldLabel(FileField field);
// Whether SortField may name it. The documents let any FileInfo property be a sort field, except
// lists (CustomerBreadcrumb); long texts (transcriptions) are not offered for sorting either.
bool fileFieldSortable(FileField field);
