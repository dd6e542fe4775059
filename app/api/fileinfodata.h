#pragma once

#include "filetype.h"
#include "isodate.h"

#include <QByteArray>
#include <QSharedData>

// The private storage of FileInfo (about 200 bytes plus one UTF-8 blob of the file's own texts).
// Strings many files share live in the StringPool and are named by index; the texts unique to a
// file are concatenated in one UTF-8 blob; transcriptions stay UTF-8 until asked for.
class FileInfoData final : public QSharedData
{
public:
    // Texts unique to one file, in the blob.
    enum Text : quint8 {
        IdText,
        FileNameText,
        UriText,
        RecordingSidText,
        FromAddressText,
        ToAddressText,
        RecordingFromText,
        DateCreatedRaw,       // only when unreadable
        DateLastModifiedRaw,  // only when unreadable
        TypeRaw,              // only when not one of the six names
        TextCount
    };
    // Strings shared between files, as StringPool indexes.
    enum Pooled : quint8 {
        AccountIdPool,
        AccountNamePool,
        CustomerIdPool,
        CustomerNamePool,
        UserIdPool,
        UserNamePool,
        CreatedByPool,
        LastModifiedByPool,
        ContentTypePool,
        BreadcrumbPool,       // the breadcrumb, encoded as "id\x1Fname\x1E..."
        PooledCount
    };

    qint64 dateCreated = IsoDate::kInvalid;
    qint64 dateLastModified = IsoDate::kInvalid;
    qint64 contentLength = -1;
    qint32 recordingDuration = -1;
    FileType type = FileType::Unknown;
    quint32 pooled[PooledCount] = {};
    quint32 textEnd[TextCount] = {};  // cumulative end offsets in blob
    QByteArray blob;
    QByteArray transcription;         // UTF-8
    QByteArray aiTranscription;       // UTF-8

    quint32 textStart(Text t) const { return t == 0 ? 0 : textEnd[t - 1]; }
    quint32 textLength(Text t) const { return textEnd[t] - textStart(t); }
};
