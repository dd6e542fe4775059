#pragma once

#include <QString>

// Makes one name component safe on Linux, macOS and Windows: no '/' '\' ':' '*' '?' '"' '<' '>' '|'
// (each becomes '_'), no control characters, never "." or "..", no Windows device names (CON, PRN,
// AUX, NUL, COM1-9, LPT1-9, also with an extension, any case: a '_' is prefixed), no trailing dot or
// space, at most 255 bytes of UTF-8 cut on a character (and surrogate-pair) boundary with the
// extension kept, Unicode (RTL, emoji) kept. The result is never empty.
class FileNameSanitizer final
{
public:
    static constexpr int kMaxComponentBytes = 255;

    static QString component(const QString &name, const QString &fallback = QStringLiteral("_"));
    // Each '/'-separated part through component(); empty parts and "." are dropped.
    static QString relativePath(const QString &path);
    // Cuts text to at most maxBytes of UTF-8 on a character boundary (keeps surrogate pairs whole).
    static QString truncateUtf8(const QString &text, int maxBytes);
    static bool isWindowsReserved(const QString &component);
};
