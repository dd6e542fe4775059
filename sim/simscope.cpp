#include "simscope.h"

#include "simdataset.h"

SimScope::SimScope(const SimDataset &data, int user)
    : m_data(data)
    , m_user(user)
{
    const QString &role = data.users()[user].role;
    m_role = role == QLatin1String("SystemAdministrator") ? Admin
        : role == QLatin1String("Manager")                ? Manager
        : role == QLatin1String("Customer")               ? Customer
                                                          : Other;
}

bool SimScope::seesAccount(int account) const
{
    if (m_role == Admin)
        return true;
    return m_data.users()[m_user].accounts.contains(account);
}

bool SimScope::seesCustomer(int customer) const
{
    if (customer < 0)
        return false;
    if (m_role == Customer)
        return m_data.customerInSubtree(customer, m_data.users()[m_user].customer);
    return seesAccount(m_data.customers()[customer].account);
}

bool SimScope::seesFile(quint32 file) const
{
    if (m_role == Other)
        return false;
    return seesCustomer(m_data.customer(file));
}

bool SimScope::seesUser(int user) const
{
    if (m_role == Admin || user == m_user)
        return true;
    if (m_role != Manager)
        return false;
    for (int a : m_data.users()[user].accounts) {
        if (seesAccount(a))
            return true;
    }
    return false;
}

std::vector<char> SimScope::accountMask() const
{
    if (m_role == Admin)
        return {};
    std::vector<char> mask(size_t(m_data.accounts().size()), 0);
    for (size_t a = 0; a < mask.size(); ++a)
        mask[a] = m_role != Other && seesAccount(int(a));
    return mask;
}

std::vector<char> SimScope::customerMask() const
{
    if (m_role != Customer)
        return {};
    std::vector<char> mask(size_t(m_data.customers().size()), 0);
    for (size_t c = 0; c < mask.size(); ++c)
        mask[c] = seesCustomer(int(c));
    return mask;
}
