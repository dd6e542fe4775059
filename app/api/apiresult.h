#pragma once

#include "apierror.h"

// The outcome of one call: an error (Kind::None on success) and the value read.
template<typename T>
struct ApiResult
{
    ApiError error;
    T value{};

    bool ok() const { return !error.isError(); }
};

// For calls with no value (sign-out).
struct NoValue
{
};
