#include "filefield.h"

#include <QCoreApplication>

namespace {
constexpr const char *kApiNames[kFileFieldCount] = {
    "Id", "DateCreated", "DateLastModified", "CreatedBy", "LastModifiedBy", "Type", "AccountId",
    "AccountName", "CustomerId", "CustomerName", "CustomerBreadcrumb", "UserId", "UserName",
    "FileName", "Uri", "ContentType", "ContentLength", "RecordingSid", "RecordingDuration",
    "RecordingFrom", "Transcription", "FromAddress", "ToAddress", "AITranscription",
};
} // namespace

QString fileFieldApiName(FileField field)
{
    const int i = int(field);
    if (i < 0 || i >= kFileFieldCount)
        return {};
    return QString::fromLatin1(kApiNames[i]);
}

FileField fileFieldFromApiName(QStringView name)
{
    const QStringView trimmed = name.trimmed();
    for (int i = 0; i < kFileFieldCount; ++i) {
        if (trimmed.compare(QLatin1String(kApiNames[i]), Qt::CaseInsensitive) == 0)
            return FileField(i);
    }
    return FileField::Count;
}

QString fileFieldLabel(FileField field)
{
    switch (field) {
    case FileField::Id: return QCoreApplication::translate("FileField", "ID");
    case FileField::DateCreated: return QCoreApplication::translate("FileField", "Created", "date the file was created");
    case FileField::DateLastModified: return QCoreApplication::translate("FileField", "Modified", "date of the last change");
    case FileField::CreatedBy: return QCoreApplication::translate("FileField", "Created by");
    case FileField::LastModifiedBy: return QCoreApplication::translate("FileField", "Modified by");
    case FileField::Type: return QCoreApplication::translate("FileField", "Type", "file type column");
    case FileField::AccountId: return QCoreApplication::translate("FileField", "Account ID");
    case FileField::AccountName: return QCoreApplication::translate("FileField", "Account");
    case FileField::CustomerId: return QCoreApplication::translate("FileField", "Customer ID");
    case FileField::CustomerName: return QCoreApplication::translate("FileField", "Customer");
    case FileField::CustomerBreadcrumb: return QCoreApplication::translate("FileField", "Customer path");
    case FileField::UserId: return QCoreApplication::translate("FileField", "Agent ID");
    case FileField::UserName: return QCoreApplication::translate("FileField", "Agent");
    case FileField::FileName: return QCoreApplication::translate("FileField", "File name");
    case FileField::Uri: return QCoreApplication::translate("FileField", "URI");
    case FileField::ContentType: return QCoreApplication::translate("FileField", "Content type");
    case FileField::ContentLength: return QCoreApplication::translate("FileField", "Size");
    case FileField::RecordingSid: return QCoreApplication::translate("FileField", "Recording SID");
    case FileField::RecordingDuration: return QCoreApplication::translate("FileField", "Duration", "length of the recording");
    case FileField::RecordingFrom: return QCoreApplication::translate("FileField", "Recording from", "who the recording is from");
    case FileField::Transcription: return QCoreApplication::translate("FileField", "Transcription");
    case FileField::FromAddress: return QCoreApplication::translate("FileField", "From", "the calling address (phone number)");
    case FileField::ToAddress: return QCoreApplication::translate("FileField", "To", "the called address (phone number)");
    case FileField::AITranscription: return QCoreApplication::translate("FileField", "AI transcription");
    case FileField::Count: break;
    }
    return {};
}

bool fileFieldSortable(FileField field)
{
    switch (field) {
    case FileField::CustomerBreadcrumb:
    case FileField::Transcription:
    case FileField::AITranscription:
    case FileField::Count:
        return false;
    default:
        return true;
    }
}
