#include "breadcrumbbar.h"

#include "flowlayout.h"

#include <QLabel>
#include <QToolButton>

namespace {
// Tooltips are shown as rich text when they look like markup: server text is escaped inside a
// pre-formatted paragraph so that it always reads literally.
QString plainToolTip(const QString &text)
{
    return QStringLiteral("<p style='white-space:pre'>") + text.toHtmlEscaped() + QStringLiteral("</p>");
}
} // namespace

BreadcrumbBar::BreadcrumbBar(QWidget *parent)
    : QWidget(parent)
    , m_layout(new FlowLayout(this))
{
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void BreadcrumbBar::setBreadcrumb(const CustomerBreadcrumb &crumbs)
{
    m_crumbs = crumbs;
    qDeleteAll(m_items);
    m_items.clear();
    m_buttons.clear();
    for (int i = 0; i < crumbs.size(); ++i) {
        const CustomerCrumb crumb = crumbs.at(i);
        if (i > 0) {
            auto *separator = new QLabel(QStringLiteral("\u203a"), this);
            separator->setTextFormat(Qt::PlainText);
            separator->setAccessibleName({});
            m_layout->addWidget(separator);
            m_items.append(separator);
        }
        auto *button = new QToolButton(this);
        // A button's text is plain, but '&' would make a mnemonic: double it.
        const QString name = crumb.name.isEmpty() ? crumb.id : crumb.name;
        button->setText(QString(name).replace(QLatin1Char('&'), QStringLiteral("&&")));
        button->setAutoRaise(true);
        button->setCursor(Qt::PointingHandCursor);
        button->setFocusPolicy(Qt::StrongFocus);
        button->setToolTip(plainToolTip(tr("Show this customer's files (%1)").arg(crumb.id)));
        button->setAccessibleName(name);
        button->setStyleSheet(QStringLiteral("QToolButton { color: palette(link); text-decoration: underline; }"));
        connect(button, &QToolButton::clicked, this, [this, crumb] { emit crumbActivated(crumb.id, crumb.name); });
        m_layout->addWidget(button);
        m_items.append(button);
        m_buttons.append(button);
    }
    if (crumbs.isEmpty()) {
        auto *none = new QLabel(tr("—", "no value"), this);
        m_layout->addWidget(none);
        m_items.append(none);
    }
}
