#include "exporttemplateedit.h"

#include "settings/consolesettings.h"
#include "export/exportnamer.h"
#include "export/nametemplate.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPalette>
#include <QToolButton>
#include <QVBoxLayout>

ExportTemplateEdit::ExportTemplateEdit(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_insert(new QToolButton(this))
    , m_preview(new QLabel(this))
{
    m_edit->setObjectName(QStringLiteral("nameTemplate"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setPlaceholderText(ConsoleSettings::defaultNameTemplate());
    m_insert->setText(tr("Insert field", "insert a {field} into the name template"));
    m_insert->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_insert);
    for (const QString &placeholder : NameTemplate::placeholders()) {
        QAction *a = menu->addAction(placeholder);
        connect(a, &QAction::triggered, this, [this, placeholder] { m_edit->insert(placeholder); });
    }
    m_insert->setMenu(menu);
    auto *reset = new QToolButton(this);
    reset->setText(tr("Default", "the default name template"));
    connect(reset, &QToolButton::clicked, this, [this] { setText(ConsoleSettings::defaultNameTemplate()); });

    m_preview->setObjectName(QStringLiteral("namePreview"));
    m_preview->setTextFormat(Qt::PlainText);  // names come from the server
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setWordWrap(false);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setMinimumHeight(m_preview->fontMetrics().lineSpacing() * (kPreviewCount + 1));
    m_preview->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_edit, 1);
    row->addWidget(m_insert);
    row->addWidget(reset);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_preview);

    connect(m_edit, &QLineEdit::textChanged, this, [this] {
        updatePreview();
        emit changed();
    });
    updatePreview();
}

void ExportTemplateEdit::setText(const QString &text)
{
    m_edit->setText(text);
}

QString ExportTemplateEdit::text() const
{
    const QString t = m_edit->text().trimmed();
    return t.isEmpty() ? ConsoleSettings::defaultNameTemplate() : t;
}

bool ExportTemplateEdit::isValid() const
{
    return m_error.isEmpty();
}

QString ExportTemplateEdit::errorString() const
{
    return m_error;
}

void ExportTemplateEdit::setSampleFiles(const QList<FileInfo> &files)
{
    m_samples = files.mid(0, kPreviewCount);
    updatePreview();
}

void ExportTemplateEdit::setSubfolders(ExportOptions::Subfolders subfolders)
{
    m_subfolders = subfolders;
    updatePreview();
}

QString ExportTemplateEdit::previewText() const
{
    return m_preview->text();
}

void ExportTemplateEdit::updatePreview()
{
    const NameTemplate nameTemplate(text());
    QPalette palette = m_preview->palette();
    if (!nameTemplate.isValid()) {
        m_error = nameTemplate.errorString();
        palette.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
        m_preview->setPalette(palette);
        m_preview->setText(tr("This template cannot be used: %1").arg(m_error));
        return;
    }
    m_error.clear();
    m_preview->setPalette(QPalette());
    if (m_samples.isEmpty()) {
        m_preview->setText(tr("(The names show here once the first files are loaded.)"));
        return;
    }
    ExportNamer namer(nameTemplate, m_subfolders);
    QStringList lines;
    for (const FileInfo &file : std::as_const(m_samples))
        lines << namer.pathFor(file);
    m_preview->setText(lines.join(QLatin1Char('\n')));
}
