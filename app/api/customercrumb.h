#pragma once

#include <QList>
#include <QString>

// One step of a customer breadcrumb: from the top customer down to the file's customer.
struct CustomerCrumb
{
    QString id;
    QString name;
    bool operator==(const CustomerCrumb &o) const { return id == o.id && name == o.name; }
};
using CustomerBreadcrumb = QList<CustomerCrumb>;
