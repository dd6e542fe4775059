#pragma once

#include "api/filetype.h"

#include <QComboBox>

#include <optional>

// The Type filter: "Any type" or one of the six file types, each with an icon.
class TypeCombo final : public QComboBox
{
    Q_OBJECT
public:
    explicit TypeCombo(QWidget *parent = nullptr);

    std::optional<FileType> type() const;
    void setType(std::optional<FileType> type);   // no signal
    static QIcon iconFor(FileType type, const QStyle *style);

signals:
    void typeEdited();
protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
};
