#pragma once

#include <QString>

#include "simresponse.h"

class SimDataset;
struct SimRequest;

// The filter pickers' lookups: /accounts, /customers, /users (lists and single items).
class SimDirectoryApi final
{
public:
    explicit SimDirectoryApi(const SimDataset &data) : m_data(data) {}

    SimResponse accounts(const SimRequest &request, int user) const;
    SimResponse account(int user, const QString &id) const;
    SimResponse customers(const SimRequest &request, int user) const;
    SimResponse customer(int user, const QString &id) const;
    SimResponse users(const SimRequest &request, int user) const;
    SimResponse userInfo(int user, const QString &id) const;

private:
    const SimDataset &m_data;
};
