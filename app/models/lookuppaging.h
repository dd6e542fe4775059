#pragma once

#include "api/apiclient.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

// Reads every page of a lookup list (ListAccounts, ListCustomers, ListUsers) one page after the
// other, up to maxPages, and reports once. `call` starts one page:
// (client, query, context, callback) -> ApiCall*. `current` follows the call in flight so that the
// owner can cancel it; the owner also drops stale results by comparing its own generation.
template<typename T>
using LookupPageCall = std::function<ApiCall *(ApiClient *, const LookupQuery &, QObject *,
                                               ApiClient::Callback<ListPage<T>>)>;

template<typename T>
void fetchLookupPages(ApiClient *client, const LookupQuery &query, QObject *context, QPointer<ApiCall> *current,
                      const LookupPageCall<T> &call,
                      std::function<void(const QList<T> &, const ApiError &)> done, int maxPages = 20)
{
    auto items = std::make_shared<QList<T>>();
    auto step = std::make_shared<std::function<void(LookupQuery)>>();
    std::weak_ptr<std::function<void(LookupQuery)>> weakStep = step;
    *step = [=](LookupQuery q) {
        auto self = weakStep.lock(); // the callback below keeps the chain alive, nothing else does
        *current = call(client, q, context, [=](const ApiResult<ListPage<T>> &result) {
            if (!result.ok()) {
                done(*items, result.error);
                return;
            }
            items->append(result.value.items);
            const bool more = result.value.totalsKnown()
                ? (q.page + 1 < result.value.totalPages && !result.value.items.isEmpty())
                : (result.value.hasMorePages && !result.value.items.isEmpty());
            if (more && q.page + 1 < maxPages) {
                LookupQuery next = q;
                next.page = q.page + 1;
                (*self)(next);
                return;
            }
            done(*items, ApiError());
        });
    };
    (*step)(query);
}
