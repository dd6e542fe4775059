#pragma once

#include "customercrumb.h"

#include <QString>

// CustomerInfo of ListCustomers (the fields the console uses).
struct CustomerInfo
{
    QString id;
    QString accountId;
    QString accountName;
    QString parentCustomerId;
    CustomerBreadcrumb breadcrumb;       // from the top customer down to this one
    QString name;
    QString referenceId;
    bool isStaging = false;
};
