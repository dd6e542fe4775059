#pragma once

#include <QtGlobal>

#include <vector>

class SimDataset;

// What a signed-in user may see: SystemAdministrator everything, Manager its accounts,
// Customer its own customer subtree (and its account), User role nothing of the file APIs.
class SimScope final
{
public:
    SimScope(const SimDataset &data, int user);

    bool isAdmin() const { return m_role == Admin; }
    bool isManager() const { return m_role == Manager; }
    bool isCustomer() const { return m_role == Customer; }
    bool mayListFiles() const { return m_role != Other; }
    bool mayListUsers() const { return m_role == Admin || m_role == Manager; }
    bool seesAccount(int account) const;
    bool seesCustomer(int customer) const;
    bool seesFile(quint32 file) const;
    bool seesUser(int user) const;
    std::vector<char> accountMask() const;  // empty = all
    std::vector<char> customerMask() const; // empty = all

private:
    enum Role { Admin, Manager, Customer, Other };
    const SimDataset &m_data;
    int m_user;
    Role m_role = Other;
};
