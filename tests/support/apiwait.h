#pragma once

// A synchronous wait for one asynchronous ApiClient call; the event loop keeps running meanwhile.
// Returns no value when the callback did not come within the time limit.
#include "api/apiresult.h"

#include <QTest>

#include <optional>

template<typename T, typename Start>
std::optional<ApiResult<T>> waitFor(Start start, int timeoutMs = 20000)
{
    std::optional<ApiResult<T>> result;
    start([&result](const ApiResult<T> &r) { result = r; });
    (void)QTest::qWaitFor([&result] { return result.has_value(); }, timeoutMs);
    return result;
}
