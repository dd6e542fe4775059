#include "detailpane.h"

#include "breadcrumbbar.h"
#include "copyablefield.h"
#include "filepreview.h"
#include "termhighlighter.h"

#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextBlock>
#include <QTextLayout>
#include <QVBoxLayout>

#include <iterator>

namespace {
bool hasCopyButton(FileField field)
{
    switch (field) {
    case FileField::Id:
    case FileField::AccountId:
    case FileField::CustomerId:
    case FileField::UserId:
    case FileField::Uri:
    case FileField::RecordingSid:
    case FileField::FileName:
        return true;
    default:
        return false;
    }
}

QPlainTextEdit *makeTextView(QWidget *parent)
{
    auto *view = new QPlainTextEdit(parent);
    view->setReadOnly(true);
    view->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    view->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    view->setMinimumHeight(110);
    view->setTabChangesFocus(true);
    return view;
}
} // namespace

DetailPane::DetailPane(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(this))
    , m_preview(new FilePreview(this))
{
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setEnabled(false);   // greyed, as a hint
    m_stack->addWidget(m_empty);
    m_stack->addWidget(buildDetails());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // A fax's pages or an image above the fields (hidden when there is nothing to preview).
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("detailPreviewSplitter"));
    split->setChildrenCollapsible(false);
    split->addWidget(m_preview);
    split->addWidget(m_stack);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split);
    retranslate();
    setFile(FileInfo());
}

void DetailPane::retranslate()
{
    m_empty->setText(tr("Select a file to see its details"));
    m_copyLink->setText(tr("Copy &link to this file"));
    m_copyLink->setToolTip(tr("Copies an evovoice: link that opens the console at this file, to send to a colleague."));
    const QString titles[] = {tr("Call", "group: the call's fields"), tr("Ownership"),
                              tr("File", "group of the file's own properties"), tr("Audit", "group: who made or changed the file, when")};
    for (int i = 0; i < m_groups.size() && i < int(std::size(titles)); ++i)
        m_groups.at(i)->setTitle(titles[i]);
    for (auto it = m_rowLabels.cbegin(); it != m_rowLabels.cend(); ++it)
        it.value()->setText(tr("%1:", "a detail field's label").arg(fileFieldLabel(it.key())));
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        it.value()->label()->setAccessibleName(fileFieldLabel(it.key()));
    m_texts->setTitle(tr("Transcriptions"));
    m_transcriptionLabel->setText(fileFieldLabel(FileField::Transcription));
    m_aiTranscriptionLabel->setText(fileFieldLabel(FileField::AITranscription));
    m_transcription->setAccessibleName(fileFieldLabel(FileField::Transcription));
    m_aiTranscription->setAccessibleName(fileFieldLabel(FileField::AITranscription));
    m_transcription->setPlaceholderText(tr("No transcription."));
    m_aiTranscription->setPlaceholderText(tr("No AI transcription."));
    // Values in the new locale (dates, sizes, durations) and language (type names).
    m_formatter.setLocale(QLocale());
    if (!m_file.isNull())
        setFile(m_file);
}

DetailPane::~DetailPane() = default;

QWidget *DetailPane::buildDetails()
{
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *content = new QWidget;
    auto *column = new QVBoxLayout(content);
    column->setContentsMargins(6, 6, 6, 6);
    column->setSpacing(6);

    m_title = new QLabel(content);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);   // a long name must not widen the pane
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_title->setFont(big);
    column->addWidget(m_title);
    m_copyLink = new QPushButton(content);   // its texts: retranslate()
    m_copyLink->setObjectName(QStringLiteral("copyLinkButton"));
    connect(m_copyLink, &QPushButton::clicked, this, [this] {
        if (!m_file.id().isEmpty())
            emit copyLinkRequested(m_file);
    });
    column->addWidget(m_copyLink, 0, Qt::AlignLeft);

    addGroup(content, column, {FileField::Type, FileField::FromAddress, FileField::ToAddress,
                                          FileField::RecordingDuration, FileField::RecordingSid,
                                          FileField::RecordingFrom});
    addGroup(content, column, {FileField::AccountName, FileField::AccountId,
                                               FileField::CustomerBreadcrumb, FileField::CustomerName,
                                               FileField::CustomerId, FileField::UserName, FileField::UserId});
    addGroup(content, column, {FileField::FileName, FileField::ContentType, FileField::ContentLength, FileField::Uri});
    addGroup(content, column, {FileField::Id, FileField::DateCreated, FileField::CreatedBy,
                                           FileField::DateLastModified, FileField::LastModifiedBy});

    auto *texts = m_texts = new QGroupBox(content);
    auto *textsLayout = new QVBoxLayout(texts);
    m_transcriptionLabel = new QLabel(texts);
    textsLayout->addWidget(m_transcriptionLabel);
    m_transcription = makeTextView(texts);
    textsLayout->addWidget(m_transcription);
    m_aiTranscriptionLabel = new QLabel(texts);
    textsLayout->addWidget(m_aiTranscriptionLabel);
    m_aiTranscription = makeTextView(texts);
    textsLayout->addWidget(m_aiTranscription);
    m_highlighter = new TermHighlighter(m_transcription->document());
    m_aiHighlighter = new TermHighlighter(m_aiTranscription->document());
    column->addWidget(texts);
    column->addStretch(1);
    scroll->setWidget(content);
    return scroll;
}

void DetailPane::addGroup(QWidget *parent, QVBoxLayout *column, std::initializer_list<FileField> fields)
{
    auto *box = new QGroupBox(parent);
    m_groups.append(box);
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setContentsMargins(6, 6, 6, 6);
    form->setVerticalSpacing(3);
    for (FileField f : fields) {
        auto *label = new QLabel(box);
        m_rowLabels.insert(f, label);
        if (f == FileField::CustomerBreadcrumb) {
            m_breadcrumb = new BreadcrumbBar(box);
            connect(m_breadcrumb, &BreadcrumbBar::crumbActivated, this, &DetailPane::customerActivated);
            form->addRow(label, m_breadcrumb);
            continue;
        }
        auto *field = new CopyableField(hasCopyButton(f), box);
        m_fields.insert(f, field);
        form->addRow(label, field);
    }
    column->addWidget(box);
}

QString DetailPane::formatted(FileField field, QString *toolTip) const
{
    return m_formatter.detail(m_file, field, toolTip);
}

void DetailPane::setFile(const FileInfo &file)
{
    m_file = file;
    if (file.isNull()) {
        m_stack->setCurrentWidget(m_empty);
        m_transcription->clear();
        m_aiTranscription->clear();
        m_breadcrumb->setBreadcrumb({});
        return;
    }
    m_title->setText(file.fileName().isEmpty() ? file.id() : file.fileName());
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        QString toolTip;
        const QString text = formatted(it.key(), &toolTip);
        it.value()->setValue(text, toolTip);
    }
    m_breadcrumb->setBreadcrumb(file.customerBreadcrumb());
    // setPlainText: server text is never read as markup. QPlainTextEdit lays out lazily, block by
    // block, and the highlighters work per block; displayText() keeps every block short, so a 1 MB
    // transcription (even one paragraph) does not stall the UI.
    m_transcription->setPlainText(displayText(file.transcription()));
    m_aiTranscription->setPlainText(displayText(file.aiTranscription()));
    m_stack->setCurrentIndex(1);
}

void DetailPane::setHighlightTerm(const QString &term)
{
    m_highlighter->setTerm(term);
    m_aiHighlighter->setTerm(term);
}

QString DetailPane::highlightTerm() const
{
    return m_highlighter->term();
}

bool DetailPane::isEmptyState() const
{
    return m_stack->currentWidget() == m_empty;
}

QString DetailPane::fieldText(FileField f) const
{
    if (f == FileField::CustomerBreadcrumb)
        return m_file.text(f);
    if (f == FileField::Transcription)
        return m_transcription->toPlainText();
    if (f == FileField::AITranscription)
        return m_aiTranscription->toPlainText();
    const CopyableField *w = m_fields.value(f);
    return w ? w->value() : QString();
}

QString DetailPane::displayText(const QString &text, int maxParagraph)
{
    QString out;
    qsizetype lineStart = 0;
    qsizetype lastSpace = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\n')) {
            lineStart = i + 1;
            lastSpace = -1;
            continue;
        }
        if (c.isSpace())
            lastSpace = i;
        if (i - lineStart < maxParagraph)
            continue;
        if (out.isNull())
            out = text;   // copy only when something must change
        if (lastSpace > lineStart) {
            out[lastSpace + (out.size() - text.size())] = QLatin1Char('\n');
            lineStart = lastSpace + 1;
        } else {
            out.insert(i + (out.size() - text.size()), QLatin1Char('\n'));   // one endless word
            lineStart = i;
        }
        lastSpace = -1;
    }
    return out.isNull() ? text : out;
}

int DetailPane::highlightedRangeCount() const
{
    int count = 0;
    for (const QPlainTextEdit *view : {m_transcription, m_aiTranscription}) {
        for (QTextBlock b = view->document()->begin(); b.isValid(); b = b.next())
            count += int(b.layout()->formats().size());
    }
    return count;
}

void DetailPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
