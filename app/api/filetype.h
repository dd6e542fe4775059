#pragma once

#include <QMetaType>
#include <QString>
#include <QStringView>

// FileTypes of the API. Unknown stands for a missing or unrecognised value (kept as text by FileInfo).
enum class FileType : quint8 {
    Unknown = 0,
    Upload,
    VoiceMessage,
    CallRecording,
    Fax,
    Attachment,
    FaxOutgoing,
};

inline constexpr FileType kAllFileTypes[] = {FileType::Upload, FileType::VoiceMessage, FileType::CallRecording,
                                             FileType::Fax, FileType::Attachment, FileType::FaxOutgoing};

// The API name ("CallRecording"); empty for Unknown.
QString fileTypeApiName(FileType type);
// Case-insensitive; Unknown when not one of the six names.
FileType fileTypeFromApiName(QStringView name);
// A translated label fit for a user ("Call recording").
QString fileTypeLabel(FileType type);
// Audio a player can play (VoiceMessage, CallRecording).
bool fileTypeIsAudio(FileType type);

Q_DECLARE_METATYPE(FileType)
