#include "copyablefield.h"

#include <QEvent>
#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

CopyableField::CopyableField(bool copyButton, QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
{
    m_label->setTextFormat(Qt::PlainText);   // server text is never markup
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_label->setWordWrap(true);
    m_label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_label->setFocusPolicy(Qt::StrongFocus);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_label, 1);
    if (copyButton) {
        m_copy = new QToolButton(this);
        m_copy->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
        m_copy->setAutoRaise(true);
        retranslate();
        m_copy->setEnabled(false);
        layout->addWidget(m_copy, 0, Qt::AlignTop);
        connect(m_copy, &QToolButton::clicked, this, &CopyableField::copy);
    }
}

void CopyableField::retranslate()
{
    if (!m_copy)
        return;
    if (m_copy->icon().isNull())
        m_copy->setText(tr("Copy", "copy a value to the clipboard"));
    m_copy->setToolTip(tr("Copy to the clipboard"));
    m_copy->setAccessibleName(tr("Copy", "copy a value to the clipboard"));
    m_label->setText(m_value.isEmpty() ? tr("—", "no value") : m_value);
}

void CopyableField::setValue(const QString &value, const QString &toolTip)
{
    m_value = value;
    m_label->setText(value.isEmpty() ? tr("—", "no value") : value);
    m_label->setToolTip(toolTip);
    if (m_copy)
        m_copy->setEnabled(!value.isEmpty());
}

void CopyableField::copy() const
{
    if (QClipboard *clipboard = QGuiApplication::clipboard(); clipboard && !m_value.isEmpty())
        clipboard->setText(m_value);
}

void CopyableField::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
