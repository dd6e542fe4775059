#pragma once

#include "accountinfo.h"
#include "apierror.h"
#include "customerinfo.h"
#include "listpage.h"
#include "userinfo.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include <functional>

// Tolerant readers of the API's small JSON shapes (lookups, UserInfo, AuthenticateResponse,
// responseStatus). Members are matched case-insensitively; missing, null or wrongly typed
// members read as empty; unknown members are ignored.
class ApiJson final
{
public:
    static QJsonValue member(const QJsonObject &o, QLatin1String name);
    static QString string(const QJsonObject &o, QLatin1String name);
    static QStringList stringList(const QJsonObject &o, QLatin1String name);
    static bool boolean(const QJsonObject &o, QLatin1String name, bool fallback = false);
    static int integer(const QJsonObject &o, QLatin1String name, int fallback = -1);

    static AccountInfo account(const QJsonObject &o);
    static CustomerInfo customer(const QJsonObject &o);
    static UserInfo user(const QJsonObject &o);
    static CustomerBreadcrumb breadcrumb(const QJsonValue &v);

    // Parses a body whose top level must be an object; false (with *error) otherwise.
    static bool object(const QByteArray &body, QJsonObject *out, QString *error);

    // ListResponse<T> with a per-item reader; non-object items are skipped.
    template<typename T>
    static bool list(const QByteArray &body, ListPage<T> *page, QString *error,
                     const std::function<T(const QJsonObject &)> &read)
    {
        QJsonObject top;
        if (!object(body, &top, error))
            return false;
        const QJsonValue items = member(top, QLatin1String("items"));
        if (!items.isArray() && !items.isNull() && !items.isUndefined()) {
            if (error)
                *error = QStringLiteral("items is not an array");
            return false;
        }
        ListPage<T> result;
        for (const QJsonValue &v : items.toArray())
            if (v.isObject())
                result.items.append(read(v.toObject()));
        result.totalCount = integer(top, QLatin1String("totalCount"));
        result.totalPages = integer(top, QLatin1String("totalPages"));
        result.hasMorePages = boolean(top, QLatin1String("hasMorePages"));
        *page = std::move(result);
        return true;
    }

    // Fills errorCode, message and field errors from a body's responseStatus (if any).
    static void readResponseStatus(const QByteArray &body, ApiError *error);
};
