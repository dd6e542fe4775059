#pragma once

#include "evovoiceversion.h"  // generated from project(VERSION) in CMakeLists.txt

// The console's version, shown by --version and About.
inline constexpr char kConsoleVersion[] = EVOVOICE_VERSION;
inline constexpr char kConsoleLicense[] = EVOVOICE_LICENSE;
