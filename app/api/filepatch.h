#pragma once

#include <QString>

#include <optional>

// The fields PatchFile may change; unset ones are not sent.
struct FilePatch
{
    std::optional<QString> fileName;
    std::optional<QString> customerId;
    std::optional<QString> userId;
};
