#include "userinfo.h"

QString UserInfo::displayName() const
{
    if (!name.trimmed().isEmpty())
        return name.trimmed();
    const QString full = (firstName.trimmed() + QLatin1Char(' ') + lastName.trimmed()).trimmed();
    if (!full.isEmpty())
        return full;
    if (!emailAddress.isEmpty())
        return emailAddress;
    return id;
}
