#include "typecombo.h"

#include <QEvent>
#include <QSignalBlocker>
#include <QStyle>

TypeCombo::TypeCombo(QWidget *parent)
    : QComboBox(parent)
{
    addItem(QString(), -1);
    for (FileType t : kAllFileTypes)
        addItem(iconFor(t, style()), QString(), int(t));
    retranslate();
    connect(this, qOverload<int>(&QComboBox::activated), this, &TypeCombo::typeEdited);
}

void TypeCombo::retranslate()
{
    setItemText(0, tr("Any type"));
    for (int i = 1; i < count(); ++i)
        setItemText(i, fileTypeLabel(FileType(itemData(i).toInt())));
    setAccessibleName(tr("Type", "the file type filter"));
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

void TypeCombo::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QComboBox::changeEvent(event);
}
