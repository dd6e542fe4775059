#pragma once

// The console's version, shown by --version and About (keep in step with project() in CMakeLists.txt).
#ifndef EVOVOICE_CONSOLE_VERSION
#define EVOVOICE_CONSOLE_VERSION "0.1.0"
#endif

inline constexpr char kConsoleVersion[] = EVOVOICE_CONSOLE_VERSION;
