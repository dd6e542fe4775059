#pragma once

#include "customercrumb.h"
#include "filefield.h"
#include "filetype.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QSharedDataPointer>
#include <QString>
#include <QUrl>
#include <QVariant>

class FileInfoData;

// One file as the API describes it (EntityInfo + FileInfo), stored compactly: repeated names are
// interned, the type is an enum, dates are integers (ms since epoch, UTC), transcriptions are kept
// compact (UTF-8) until asked for. Cheap to copy (implicitly shared). Every accessor tolerates a
// missing or null field: strings are empty, numbers -1, dates invalid.
class FileInfo final
{
public:
    FileInfo();
    FileInfo(const FileInfo &);
    FileInfo(FileInfo &&) noexcept;
    FileInfo &operator=(const FileInfo &);
    FileInfo &operator=(FileInfo &&) noexcept;
    ~FileInfo();

    bool isNull() const;  // a default-constructed FileInfo

    QString id() const;
    QDateTime dateCreated() const;         // invalid when missing or unreadable
    qint64 dateCreatedMs() const;          // ms since epoch UTC; INT64_MIN when missing/unreadable
    QString dateCreatedText() const;       // the server's text, kept when it could not be read
    QDateTime dateLastModified() const;
    QString dateLastModifiedText() const;
    QString createdBy() const;
    QString lastModifiedBy() const;

    FileType type() const;
    QString typeText() const;              // the server's text (also when Unknown)
    QString accountId() const;
    QString accountName() const;
    QString customerId() const;
    QString customerName() const;
    CustomerBreadcrumb customerBreadcrumb() const;
    QString userId() const;
    QString userName() const;
    QString fileName() const;
    QUrl uri() const;
    QString contentType() const;
    qint64 contentLength() const;          // -1 when unknown
    QString recordingSid() const;
    int recordingDuration() const;         // seconds; -1 when unknown
    QString recordingFrom() const;
    QString transcription() const;
    bool hasTranscription() const;
    QString fromAddress() const;
    QString toAddress() const;
    QString aiTranscription() const;
    bool hasAiTranscription() const;

    // The raw value of one field, for generic views: QString, qint64 (ContentLength), int
    // (RecordingDuration), QDateTime (dates; the text as QString when unreadable), FileType
    // (Type), CustomerBreadcrumb (CustomerBreadcrumb). Invalid QVariant when missing.
    QVariant value(FileField field) const;
    // The value as plain text (dates ISO 8601 UTC, breadcrumb joined with " › ").
    QString text(FileField field) const;
    // The UTF-8 of text(field) without a QString in between (the CSV export): a view of the
    // record's own bytes, or of *scratch for texts made on the fly. Valid while this FileInfo
    // and *scratch are alive and unchanged.
    QByteArrayView textUtf8(FileField field, QByteArray *scratch) const;
    // For a text many files share (account, customer and user names and ids, the content type,
    // the breadcrumb, a known type): a key that is equal exactly when the text is (within one
    // field and one run); -1 for texts of this file alone. Lets a writer convert each once.
    qint64 sharedTextKey(FileField field) const;

    // Bytes this record holds on the heap beyond sizeof(FileInfo) that are not shared with
    // other records (for the memory benchmark); transcriptions counted separately.
    qint64 ownedBytes(bool includeTranscriptions) const;

private:
    friend class FileInfoReader;  // the JSON reader fills it (app/api)
    friend class FileInfoBuilder; // tests and the PATCH path
    QSharedDataPointer<FileInfoData> d;
};
Q_DECLARE_METATYPE(FileInfo)
