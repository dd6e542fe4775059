#include "fileinfo.h"

#include "fileinfobuilder.h"
#include "fileinfodata.h"
#include "stringpool.h"

namespace {

QString blobText(const FileInfoData *d, FileInfoData::Text t)
{
    if (!d)
        return {};
    const quint32 len = d->textLength(t);
    if (len == 0)
        return {};
    return QString::fromUtf8(d->blob.constData() + d->textStart(t), qsizetype(len));
}

QString pooled(const FileInfoData *d, FileInfoData::Pooled p)
{
    return d ? StringPool::instance().at(d->pooled[p]) : QString();
}

qint64 arrayBytes(const QByteArray &a)
{
    // Qt 6's array header (16 bytes) plus the capacity, plus the allocator's own header.
    return a.isNull() ? 0 : qint64(a.capacity()) + 1 + 16 + 16;
}

} // namespace

FileInfo::FileInfo() = default;
FileInfo::FileInfo(const FileInfo &) = default;
FileInfo::FileInfo(FileInfo &&) noexcept = default;
FileInfo &FileInfo::operator=(const FileInfo &) = default;
FileInfo &FileInfo::operator=(FileInfo &&) noexcept = default;
FileInfo::~FileInfo() = default;

bool FileInfo::isNull() const
{
    return !d;
}

QString FileInfo::id() const { return blobText(d.constData(), FileInfoData::IdText); }

QDateTime FileInfo::dateCreated() const
{
    return d ? IsoDate::msToDateTime(d->dateCreated) : QDateTime();
}

qint64 FileInfo::dateCreatedMs() const
{
    return d ? d->dateCreated : IsoDate::kInvalid;
}

QString FileInfo::dateCreatedText() const
{
    if (!d)
        return {};
    if (d->dateCreated != IsoDate::kInvalid)
        return IsoDate::msToIsoUtc(d->dateCreated);
    return blobText(d.constData(), FileInfoData::DateCreatedRaw);
}

QDateTime FileInfo::dateLastModified() const
{
    return d ? IsoDate::msToDateTime(d->dateLastModified) : QDateTime();
}

QString FileInfo::dateLastModifiedText() const
{
    if (!d)
        return {};
    if (d->dateLastModified != IsoDate::kInvalid)
        return IsoDate::msToIsoUtc(d->dateLastModified);
    return blobText(d.constData(), FileInfoData::DateLastModifiedRaw);
}

QString FileInfo::createdBy() const { return pooled(d.constData(), FileInfoData::CreatedByPool); }
QString FileInfo::lastModifiedBy() const { return pooled(d.constData(), FileInfoData::LastModifiedByPool); }

FileType FileInfo::type() const
{
    return d ? d->type : FileType::Unknown;
}

QString FileInfo::typeText() const
{
    if (!d)
        return {};
    if (d->type != FileType::Unknown)
        return fileTypeApiName(d->type);
    return blobText(d.constData(), FileInfoData::TypeRaw);
}

QString FileInfo::accountId() const { return pooled(d.constData(), FileInfoData::AccountIdPool); }
QString FileInfo::accountName() const { return pooled(d.constData(), FileInfoData::AccountNamePool); }
QString FileInfo::customerId() const { return pooled(d.constData(), FileInfoData::CustomerIdPool); }
QString FileInfo::customerName() const { return pooled(d.constData(), FileInfoData::CustomerNamePool); }

CustomerBreadcrumb FileInfo::customerBreadcrumb() const
{
    return FileInfoBuilder::decodeBreadcrumb(pooled(d.constData(), FileInfoData::BreadcrumbPool));
}

QString FileInfo::userId() const { return pooled(d.constData(), FileInfoData::UserIdPool); }
QString FileInfo::userName() const { return pooled(d.constData(), FileInfoData::UserNamePool); }
QString FileInfo::fileName() const { return blobText(d.constData(), FileInfoData::FileNameText); }

QUrl FileInfo::uri() const
{
    const QString text = blobText(d.constData(), FileInfoData::UriText);
    return text.isEmpty() ? QUrl() : QUrl(text, QUrl::TolerantMode);
}

QString FileInfo::contentType() const { return pooled(d.constData(), FileInfoData::ContentTypePool); }

qint64 FileInfo::contentLength() const
{
    return d ? d->contentLength : -1;
}

QString FileInfo::recordingSid() const { return blobText(d.constData(), FileInfoData::RecordingSidText); }

int FileInfo::recordingDuration() const
{
    return d ? d->recordingDuration : -1;
}

QString FileInfo::recordingFrom() const { return blobText(d.constData(), FileInfoData::RecordingFromText); }

QString FileInfo::transcription() const
{
    return d ? QString::fromUtf8(d->transcription) : QString();
}

bool FileInfo::hasTranscription() const
{
    return d && !d->transcription.isEmpty();
}

QString FileInfo::fromAddress() const { return blobText(d.constData(), FileInfoData::FromAddressText); }
QString FileInfo::toAddress() const { return blobText(d.constData(), FileInfoData::ToAddressText); }

QString FileInfo::aiTranscription() const
{
    return d ? QString::fromUtf8(d->aiTranscription) : QString();
}

bool FileInfo::hasAiTranscription() const
{
    return d && !d->aiTranscription.isEmpty();
}

QVariant FileInfo::value(FileField field) const
{
    if (!d)
        return {};
    auto str = [](const QString &s) { return s.isEmpty() ? QVariant() : QVariant(s); };
    switch (field) {
    case FileField::Id: return str(id());
    case FileField::DateCreated:
        if (d->dateCreated != IsoDate::kInvalid)
            return dateCreated();
        return str(dateCreatedText());
    case FileField::DateLastModified:
        if (d->dateLastModified != IsoDate::kInvalid)
            return dateLastModified();
        return str(dateLastModifiedText());
    case FileField::CreatedBy: return str(createdBy());
    case FileField::LastModifiedBy: return str(lastModifiedBy());
    case FileField::Type:
        if (d->type == FileType::Unknown && typeText().isEmpty())
            return {};
        return QVariant::fromValue(d->type);
    case FileField::AccountId: return str(accountId());
    case FileField::AccountName: return str(accountName());
    case FileField::CustomerId: return str(customerId());
    case FileField::CustomerName: return str(customerName());
    case FileField::CustomerBreadcrumb: {
        const CustomerBreadcrumb crumbs = customerBreadcrumb();
        return crumbs.isEmpty() ? QVariant() : QVariant::fromValue(crumbs);
    }
    case FileField::UserId: return str(userId());
    case FileField::UserName: return str(userName());
    case FileField::FileName: return str(fileName());
    case FileField::Uri: return str(blobText(d.constData(), FileInfoData::UriText));
    case FileField::ContentType: return str(contentType());
    case FileField::ContentLength: return d->contentLength < 0 ? QVariant() : QVariant(d->contentLength);
    case FileField::RecordingSid: return str(recordingSid());
    case FileField::RecordingDuration:
        return d->recordingDuration < 0 ? QVariant() : QVariant(int(d->recordingDuration));
    case FileField::RecordingFrom: return str(recordingFrom());
    case FileField::Transcription: return str(transcription());
    case FileField::FromAddress: return str(fromAddress());
    case FileField::ToAddress: return str(toAddress());
    case FileField::AITranscription: return str(aiTranscription());
    case FileField::Count: break;
    }
    return {};
}

QString FileInfo::text(FileField field) const
{
    if (!d)
        return {};
    switch (field) {
    case FileField::DateCreated: return dateCreatedText();
    case FileField::DateLastModified: return dateLastModifiedText();
    case FileField::Type: return typeText();
    case FileField::CustomerBreadcrumb: {
        QStringList names;
        for (const CustomerCrumb &c : customerBreadcrumb())
            names << (c.name.isEmpty() ? c.id : c.name);
        return names.join(QStringLiteral(" \u203A "));
    }
    case FileField::Uri: return blobText(d.constData(), FileInfoData::UriText);
    case FileField::ContentLength: return d->contentLength < 0 ? QString() : QString::number(d->contentLength);
    case FileField::RecordingDuration:
        return d->recordingDuration < 0 ? QString() : QString::number(d->recordingDuration);
    default: {
        const QVariant v = value(field);
        return v.isValid() ? v.toString() : QString();
    }
    }
}

QByteArrayView FileInfo::textUtf8(FileField field, QByteArray *scratch) const
{
    if (!d)
        return {};
    const auto blob = [this](FileInfoData::Text t) {
        return QByteArrayView(d->blob.constData() + d->textStart(t), qsizetype(d->textLength(t)));
    };
    const auto date = [&](qint64 ms, FileInfoData::Text raw) {
        if (ms == IsoDate::kInvalid)
            return blob(raw);
        scratch->resize(32);
        return QByteArrayView(scratch->constData(), IsoDate::appendIsoUtc(ms, scratch->data()));
    };
    switch (field) {
    case FileField::Id: return blob(FileInfoData::IdText);
    case FileField::FileName: return blob(FileInfoData::FileNameText);
    case FileField::Uri: return blob(FileInfoData::UriText);
    case FileField::RecordingSid: return blob(FileInfoData::RecordingSidText);
    case FileField::FromAddress: return blob(FileInfoData::FromAddressText);
    case FileField::ToAddress: return blob(FileInfoData::ToAddressText);
    case FileField::RecordingFrom: return blob(FileInfoData::RecordingFromText);
    case FileField::Transcription: return QByteArrayView(d->transcription);
    case FileField::AITranscription: return QByteArrayView(d->aiTranscription);
    case FileField::DateCreated: return date(d->dateCreated, FileInfoData::DateCreatedRaw);
    case FileField::DateLastModified: return date(d->dateLastModified, FileInfoData::DateLastModifiedRaw);
    case FileField::ContentLength:
        if (d->contentLength < 0)
            return {};
        scratch->setNum(d->contentLength);
        return QByteArrayView(*scratch);
    case FileField::RecordingDuration:
        if (d->recordingDuration < 0)
            return {};
        scratch->setNum(d->recordingDuration);
        return QByteArrayView(*scratch);
    default:
        *scratch = text(field).toUtf8();
        return QByteArrayView(*scratch);
    }
}

qint64 FileInfo::sharedTextKey(FileField field) const
{
    if (!d)
        return -1;
    switch (field) {
    case FileField::AccountId: return d->pooled[FileInfoData::AccountIdPool];
    case FileField::AccountName: return d->pooled[FileInfoData::AccountNamePool];
    case FileField::CustomerId: return d->pooled[FileInfoData::CustomerIdPool];
    case FileField::CustomerName: return d->pooled[FileInfoData::CustomerNamePool];
    case FileField::UserId: return d->pooled[FileInfoData::UserIdPool];
    case FileField::UserName: return d->pooled[FileInfoData::UserNamePool];
    case FileField::CreatedBy: return d->pooled[FileInfoData::CreatedByPool];
    case FileField::LastModifiedBy: return d->pooled[FileInfoData::LastModifiedByPool];
    case FileField::ContentType: return d->pooled[FileInfoData::ContentTypePool];
    case FileField::CustomerBreadcrumb: return d->pooled[FileInfoData::BreadcrumbPool];
    case FileField::Type: return d->type == FileType::Unknown ? -1 : qint64(d->type);
    default: return -1;
    }
}

qint64 FileInfo::ownedBytes(bool includeTranscriptions) const
{
    if (!d)
        return 0;
    qint64 bytes = qint64(sizeof(FileInfoData)) + 16;  // the record and its allocator header
    bytes += arrayBytes(d->blob);
    if (includeTranscriptions)
        bytes += arrayBytes(d->transcription) + arrayBytes(d->aiTranscription);
    return bytes;
}
