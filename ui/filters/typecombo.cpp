#include "typecombo.h"

#include <QSignalBlocker>
#include <QStyle>

TypeCombo::TypeCombo(QWidget *parent)
    : QComboBox(parent)
{
    addItem(tr("Any type"), -1);
    for (FileType t : kAllFileTypes)
        addItem(iconFor(t, style()), fileTypeLabel(t), int(t));
    setAccessibleName(tr("Type"));
    connect(this, qOverload<int>(&QComboBox::activated), this, &TypeCombo::typeEdited);
}

QIcon TypeCombo::iconFor(FileType type, const QStyle *style)
{
    switch (type) {
    case FileType::Upload:
        return style->standardIcon(QStyle::SP_ArrowUp);
    case FileType::VoiceMessage:
        return style->standardIcon(QStyle::SP_MediaVolume);
    case FileType::CallRecording:
        return style->standardIcon(QStyle::SP_MediaPlay);
    case FileType::Fax:
        return style->standardIcon(QStyle::SP_FileDialogContentsView);
    case FileType::Attachment:
        return style->standardIcon(QStyle::SP_FileIcon);
    case FileType::FaxOutgoing:
        return style->standardIcon(QStyle::SP_ArrowForward);
    case FileType::Unknown:
        break;
    }
    return {};
}

std::optional<FileType> TypeCombo::type() const
{
    const int value = currentData().toInt();
    if (value < 0)
        return std::nullopt;
    return FileType(value);
}

void TypeCombo::setType(std::optional<FileType> type)
{
    const QSignalBlocker blocker(this);
    const int i = findData(type ? int(*type) : -1);
    setCurrentIndex(i < 0 ? 0 : i);
}
