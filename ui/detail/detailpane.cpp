#include "detailpane.h"

#include "breadcrumbbar.h"
#include "copyablefield.h"
#include "termhighlighter.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTextBlock>
#include <QTextLayout>
#include <QVBoxLayout>

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

QPlainTextEdit *makeTextView(QWidget *parent, const QString &name, const QString &placeholder)
{
    auto *view = new QPlainTextEdit(parent);
    view->setReadOnly(true);
    view->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    view->setPlaceholderText(placeholder);
    view->setAccessibleName(name);
    view->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    view->setMinimumHeight(110);
    view->setTabChangesFocus(true);
    return view;
}
} // namespace

DetailPane::DetailPane(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(tr("Select a file to see its details"), this))
{
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setEnabled(false);   // greyed, as a hint
    m_stack->addWidget(m_empty);
    m_stack->addWidget(buildDetails());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    setFile(FileInfo());
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
    m_copyLink = new QPushButton(tr("Copy &link to this file"), content);
    m_copyLink->setObjectName(QStringLiteral("copyLinkButton"));
    m_copyLink->setToolTip(tr("Copies an evovoice: link that opens the console at this file, to send to a colleague."));
    connect(m_copyLink, &QPushButton::clicked, this, [this] {
        if (!m_file.id().isEmpty())
            emit copyLinkRequested(m_file);
    });
    column->addWidget(m_copyLink, 0, Qt::AlignLeft);

    addGroup(content, column, tr("Call"), {FileField::Type, FileField::FromAddress, FileField::ToAddress,
                                          FileField::RecordingDuration, FileField::RecordingSid,
                                          FileField::RecordingFrom});
    addGroup(content, column, tr("Ownership"), {FileField::AccountName, FileField::AccountId,
                                               FileField::CustomerBreadcrumb, FileField::CustomerName,
                                               FileField::CustomerId, FileField::UserName, FileField::UserId});
    addGroup(content, column, tr("File", "group of the file's own properties"),
             {FileField::FileName, FileField::ContentType, FileField::ContentLength, FileField::Uri});
    addGroup(content, column, tr("Audit"), {FileField::Id, FileField::DateCreated, FileField::CreatedBy,
                                           FileField::DateLastModified, FileField::LastModifiedBy});

    auto *texts = new QGroupBox(tr("Transcriptions"), content);
    auto *textsLayout = new QVBoxLayout(texts);
    textsLayout->addWidget(new QLabel(fileFieldLabel(FileField::Transcription), texts));
    m_transcription = makeTextView(texts, fileFieldLabel(FileField::Transcription), tr("No transcription."));
    textsLayout->addWidget(m_transcription);
    textsLayout->addWidget(new QLabel(fileFieldLabel(FileField::AITranscription), texts));
    m_aiTranscription = makeTextView(texts, fileFieldLabel(FileField::AITranscription), tr("No AI transcription."));
    textsLayout->addWidget(m_aiTranscription);
    m_highlighter = new TermHighlighter(m_transcription->document());
    m_aiHighlighter = new TermHighlighter(m_aiTranscription->document());
    column->addWidget(texts);
    column->addStretch(1);
    scroll->setWidget(content);
    return scroll;
}

void DetailPane::addGroup(QWidget *parent, QVBoxLayout *column, const QString &title,
                          std::initializer_list<FileField> fields)
{
    auto *box = new QGroupBox(title, parent);
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setContentsMargins(6, 6, 6, 6);
    form->setVerticalSpacing(3);
    for (FileField f : fields) {
        const QString label = tr("%1:", "a detail field's label").arg(fileFieldLabel(f));
        if (f == FileField::CustomerBreadcrumb) {
            m_breadcrumb = new BreadcrumbBar(box);
            connect(m_breadcrumb, &BreadcrumbBar::crumbActivated, this, &DetailPane::customerActivated);
            form->addRow(label, m_breadcrumb);
            continue;
        }
        auto *field = new CopyableField(hasCopyButton(f), box);
        field->label()->setAccessibleName(fileFieldLabel(f));
        m_fields.insert(f, field);
        form->addRow(label, field);
    }
    column->addWidget(box);
}

QString DetailPane::formatted(FileField field, QString *toolTip) const
{
    const QLocale locale;
    switch (field) {
    case FileField::Type:
        return m_file.type() == FileType::Unknown ? m_file.typeText() : fileTypeLabel(m_file.type());
    case FileField::RecordingDuration: {
        const int s = m_file.recordingDuration();
        if (s < 0)
            return {};
        const QString clock = s >= 3600 ? QStringLiteral("%1:%2:%3").arg(s / 3600).arg(s / 60 % 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'))
                                        : QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
        return tr("%1 (%n seconds)", nullptr, s).arg(clock);
    }
    case FileField::ContentLength: {
        const qint64 n = m_file.contentLength();
        if (n < 0)
            return {};
        return tr("%1 (%2 bytes)").arg(locale.formattedDataSize(n), locale.toString(n));
    }
    case FileField::DateCreated:
    case FileField::DateLastModified: {
        const QDateTime dt = field == FileField::DateCreated ? m_file.dateCreated() : m_file.dateLastModified();
        if (!dt.isValid())
            return field == FileField::DateCreated ? m_file.dateCreatedText() : m_file.dateLastModifiedText();
        *toolTip = m_file.text(field);   // ISO 8601 UTC
        return dt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    }
    case FileField::Uri:
        return m_file.uri().toString();
    default:
        return m_file.text(field);
    }
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
