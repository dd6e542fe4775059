#pragma once

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

#include "simresponse.h"

struct SimRequest;

// The ListRequest paging fields (page, all, countPerPage, specificIds, sortField, sortOrder,
// simplifiedPaging), value parsing with 400 errors that name the field, and paging of the
// small in-memory lists (accounts, customers, users).
class SimListParams final
{
public:
    static constexpr int kDefaultCountPerPage = 25;
    static constexpr int kMaxCountPerPage = 1000;

    qint64 page = 0;
    qint64 countPerPage = kDefaultCountPerPage;
    bool all = false;
    bool hasSpecificIds = false;
    QStringList specificIds;
    QString sortField;
    bool hasSortOrder = false;
    bool descending = false;
    bool simplified = false;

    // Returns an error response for a bad value.
    std::optional<SimResponse> parse(const SimRequest &request);

    static QStringList list(const QString &value);
    static bool parseBool(const QString &value, bool *out);
    static bool parseDate(const QString &value, qint64 *msOut);
    static std::optional<SimResponse> readBool(const SimRequest &r, const QString &lower, const QString &field, bool *out);

    // Pages a small list; sortable = the item type's property names (PascalCase).
    SimResponse pageOf(QList<QJsonObject> items, const QStringList &sortable, const QString &defaultSort) const;
    static QJsonObject listResponse(const QJsonArray &items, qint64 total, qint64 countPerPage, bool hasMore, bool simplified,
                                    bool all);
};
