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
