#pragma once

#include "api/customercrumb.h"

#include <QWidget>

class FlowLayout;
class QToolButton;

// A customer's path as link-like buttons ("Acme › West › Store 12"); clicking (or Space/Enter on)
// a crumb emits crumbActivated. Names are shown as plain text; a long path wraps.
class BreadcrumbBar final : public QWidget
{
    Q_OBJECT
public:
    explicit BreadcrumbBar(QWidget *parent = nullptr);

    void setBreadcrumb(const CustomerBreadcrumb &crumbs);
    CustomerBreadcrumb breadcrumb() const { return m_crumbs; }
    QList<QToolButton *> buttons() const { return m_buttons; }

signals:
    void crumbActivated(const QString &customerId, const QString &name);

private:
    FlowLayout *m_layout;
    CustomerBreadcrumb m_crumbs;
    QList<QToolButton *> m_buttons;
    QList<QWidget *> m_items;
};
