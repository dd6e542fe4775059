#pragma once

#include <QString>
#include <QStringList>

// Parameters of the lookup lists (ListAccounts, ListCustomers, ListUsers) plus the list paging
// fields they share. Each call sends only the fields its operation documents.
struct LookupQuery
{
    QStringList accountIds;          // ListCustomers, ListUsers
    QString nameFilter;              // ListAccounts, ListCustomers
    QString emailFilter;             // ListUsers
    QStringList parentCustomerIds;   // ListCustomers
    bool shallowParent = false;      // ListCustomers

    int page = 0;
    int countPerPage = 1000;
    bool all = false;
    QString sortField;
};
