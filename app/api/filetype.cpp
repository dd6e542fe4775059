#include "filetype.h"

#include <QCoreApplication>

namespace {
struct FileTypeName
{
    FileType type;
    const char *name;
};
constexpr FileTypeName kNames[] = {
    {FileType::Upload, "Upload"},
    {FileType::VoiceMessage, "VoiceMessage"},
    {FileType::CallRecording, "CallRecording"},
    {FileType::Fax, "Fax"},
    {FileType::Attachment, "Attachment"},
    {FileType::FaxOutgoing, "FaxOutgoing"},
};
} // namespace

QString fileTypeApiName(FileType type)
{
    for (const auto &n : kNames) {
        if (n.type == type)
            return QString::fromLatin1(n.name);
    }
    return {};
}

FileType fileTypeFromApiName(QStringView name)
{
    const QStringView trimmed = name.trimmed();
    for (const auto &n : kNames) {
        if (trimmed.compare(QLatin1String(n.name), Qt::CaseInsensitive) == 0)
            return n.type;
    }
    return FileType::Unknown;
}

QString fileTypeLabel(FileType type)
{
    switch (type) {
    case FileType::Upload:
        return QCoreApplication::translate("FileType", "Upload");
    case FileType::VoiceMessage:
        return QCoreApplication::translate("FileType", "Voice message");
    case FileType::CallRecording:
        return QCoreApplication::translate("FileType", "Call recording");
    case FileType::Fax:
        return QCoreApplication::translate("FileType", "Fax", "incoming fax document");
    case FileType::Attachment:
        return QCoreApplication::translate("FileType", "Attachment");
    case FileType::FaxOutgoing:
        return QCoreApplication::translate("FileType", "Outgoing fax");
    case FileType::Unknown:
        break;
    }
    return QCoreApplication::translate("FileType", "Unknown", "file type");
}

bool fileTypeIsAudio(FileType type)
{
    return type == FileType::VoiceMessage || type == FileType::CallRecording;
}
