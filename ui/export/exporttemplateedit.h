#pragma once

#include "export/exportoptions.h"
#include "api/fileinfo.h"

#include <QList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

// The media name template of an export: the text, a menu to insert any field, a reset to the
// default, and below it a live preview of the first names (through the core's NameTemplate and
// ExportNamer, subfolders included, exactly as the export will name them) or, for a template
// that does not parse, its readable error instead.
class ExportTemplateEdit final : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kPreviewCount = 5;

    explicit ExportTemplateEdit(QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const;
    bool isValid() const;
    QString errorString() const;
    // The files the preview names (the first rows of what will be exported).
    void setSampleFiles(const QList<FileInfo> &files);
    void setSubfolders(ExportOptions::Subfolders subfolders);
    // The preview as shown (one name a line), or the error.
    QString previewText() const;
    QLineEdit *lineEdit() const { return m_edit; }

signals:
    void changed();

private:
    void updatePreview();

    QLineEdit *m_edit;
    QToolButton *m_insert;
    QLabel *m_preview;
    QList<FileInfo> m_samples;
    ExportOptions::Subfolders m_subfolders = ExportOptions::Subfolders::None;
    QString m_error;
};
