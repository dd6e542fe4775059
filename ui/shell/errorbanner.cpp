#include "errorbanner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

ErrorBanner::ErrorBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_label(new QLabel(this))
    , m_retry(new QPushButton(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("errorBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setStyleSheet(QStringLiteral("#errorBanner { background: #fdecea; border: 1px solid #f5c2c0; border-radius: 3px; }"
                                 "#errorBanner QLabel { color: #611a15; }"));
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(20, 20));
    m_label->setObjectName(QStringLiteral("errorBannerText"));
    m_label->setTextFormat(Qt::PlainText);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry->setObjectName(QStringLiteral("errorBannerRetry"));
    m_close->setObjectName(QStringLiteral("errorBannerClose"));
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    retranslate();

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_icon);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_retry);
    layout->addWidget(m_close);

    connect(m_retry, &QPushButton::clicked, this, [this] {
        hide();
        m_repeat = 0;
        emit retryRequested();
    });
    connect(m_close, &QToolButton::clicked, this, [this] {
        clear();
        emit dismissed();
    });
    hide();
}

void ErrorBanner::showError(const ApiError &error)
{
    if (!error.isError() || error.kind() == ApiError::Kind::Cancelled)
        return;
    showMessage(error.userText(), true);
}

void ErrorBanner::showMessage(const QString &text, bool offerRetry)
{
    if (!isHidden() && text == m_message)
        ++m_repeat;
    else
        m_repeat = 1;
    m_message = text;
    m_retry->setVisible(offerRetry);
    updateText();
    show();
}

void ErrorBanner::clear()
{
    m_repeat = 0;
    m_message.clear();
    hide();
}

QString ErrorBanner::text() const
{
    return m_label->text();
}

void ErrorBanner::retranslate()
{
    m_retry->setText(tr("Retry"));
    m_close->setToolTip(tr("Dismiss", "hide the error banner"));
    updateText();
}

void ErrorBanner::updateText()
{
    m_label->setText(m_repeat > 1 ? tr("%1 (%n times)", "repeated error", m_repeat).arg(m_message) : m_message);
}

void ErrorBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}
