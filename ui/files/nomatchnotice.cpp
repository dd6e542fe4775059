#include "nomatchnotice.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

NoMatchNotice::NoMatchNotice(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_reset(new QPushButton(this))
{
    setObjectName(QStringLiteral("noMatchNotice"));
    setFrameShape(QFrame::StyledPanel);
    m_label->setObjectName(QStringLiteral("noMatchText"));
    m_label->setTextFormat(Qt::PlainText);
    m_reset->setObjectName(QStringLiteral("noMatchReset"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_reset);
    connect(m_reset, &QPushButton::clicked, this, &NoMatchNotice::resetRequested);
    retranslate();
    hide();
}

void NoMatchNotice::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void NoMatchNotice::retranslate()
{
    m_label->setText(tr("No files match the filters."));
    m_reset->setText(tr("Reset filters"));
    m_reset->setToolTip(tr("Clear every filter and show all files"));
}

QString NoMatchNotice::text() const
{
    return m_label->text();
}
