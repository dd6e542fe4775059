#include "nomatchnotice.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

NoMatchNotice::NoMatchNotice(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(tr("No files match the filters."), this))
    , m_reset(new QPushButton(tr("Reset filters"), this))
{
    setObjectName(QStringLiteral("noMatchNotice"));
    setFrameShape(QFrame::StyledPanel);
    m_label->setObjectName(QStringLiteral("noMatchText"));
    m_label->setTextFormat(Qt::PlainText);
    m_reset->setObjectName(QStringLiteral("noMatchReset"));
    m_reset->setToolTip(tr("Clear every filter and show all files"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_reset);
    connect(m_reset, &QPushButton::clicked, this, &NoMatchNotice::resetRequested);
    hide();
}

QString NoMatchNotice::text() const
{
    return m_label->text();
}
