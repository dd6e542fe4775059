#pragma once

#include "models/filecellformatter.h"
#include "api/fileinfo.h"

#include <QHash>
#include <QWidget>

class BreadcrumbBar;
class CopyableField;
class FilePreview;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QVBoxLayout;
class TermHighlighter;

// The selected file's every field, grouped (call, ownership, file, audit), the customer path as
// clickable crumbs, and both transcriptions with the "transcription contains" term marked.
// Everything from the server is shown as plain text. It fetches nothing.
class DetailPane final : public QWidget
{
    Q_OBJECT
public:
    explicit DetailPane(QWidget *parent = nullptr);
    ~DetailPane() override;

    void setFile(const FileInfo &file);          // a null FileInfo shows the empty state
    FileInfo file() const { return m_file; }
    void setHighlightTerm(const QString &term);
    QString highlightTerm() const;

    bool isEmptyState() const;
    // For tests and accessibility tools: the widgets that show a field.
    CopyableField *field(FileField field) const { return m_fields.value(field); }
    QString fieldText(FileField field) const;    // the value as shown ("" when none)
    QLabel *titleLabel() const { return m_title; }
    QPushButton *copyLinkButton() const { return m_copyLink; }
    BreadcrumbBar *breadcrumbBar() const { return m_breadcrumb; }
    QPlainTextEdit *transcriptionView() const { return m_transcription; }
    QPlainTextEdit *aiTranscriptionView() const { return m_aiTranscription; }
    QLabel *emptyLabel() const { return m_empty; }
    // A fax's pages or an image (fed by a FilePreviewLoader the window gives it).
    FilePreview *preview() const { return m_preview; }
    // The text as the transcription views show it: a paragraph longer than maxParagraph characters
    // is broken at its last whitespace before the limit (a newline instead of that space; a hard
    // break when there is none), so that no single text block needs a huge layout.
    static QString displayText(const QString &text, int maxParagraph = kMaxParagraph);
    static constexpr int kMaxParagraph = 4096;
    // How many ranges the highlighters marked in the transcription views (for tests).
    int highlightedRangeCount() const;

signals:
    void customerActivated(const QString &customerId, const QString &name);
    // "Copy link to this file": the window builds the link (server, filter, this file's id).
    void copyLinkRequested(const FileInfo &file);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QWidget *buildDetails();
    void addGroup(QWidget *parent, QVBoxLayout *column, std::initializer_list<FileField> fields);
    QString formatted(FileField field, QString *toolTip) const;

    FileInfo m_file;
    FileCellFormatter m_formatter;   // the table's formatting rules, in the language's locale
    QStackedWidget *m_stack;
    QLabel *m_empty;
    FilePreview *m_preview;
    QLabel *m_title = nullptr;
    QPushButton *m_copyLink = nullptr;
    BreadcrumbBar *m_breadcrumb = nullptr;
    QHash<FileField, CopyableField *> m_fields;
    QHash<FileField, QLabel *> m_rowLabels;
    QList<QGroupBox *> m_groups;             // Call, Ownership, File, Audit
    QGroupBox *m_texts = nullptr;
    QLabel *m_transcriptionLabel = nullptr;
    QLabel *m_aiTranscriptionLabel = nullptr;
    QPlainTextEdit *m_transcription = nullptr;
    QPlainTextEdit *m_aiTranscription = nullptr;
    TermHighlighter *m_highlighter = nullptr;
    TermHighlighter *m_aiHighlighter = nullptr;
};
