#pragma once

// A synchronous wait for one asynchronous ApiClient call; the event loop keeps running meanwhile.
// Returns no value when the callback did not come within the time limit.
#include "api/apiresult.h"

#include <QElapsedTimer>
#include <QTest>

#include <optional>

template<typename T, typename Start>
std::optional<ApiResult<T>> waitFor(Start start, int timeoutMs = 20000)
{
    std::optional<ApiResult<T>> result;
    start([&result](const ApiResult<T> &r) { result = r; });
    QElapsedTimer t;
    t.start();
    while (!result && t.elapsed() < timeoutMs)
        QTest::qWait(5);
    return result;
}
