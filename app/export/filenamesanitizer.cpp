#include "filenamesanitizer.h"

#include <QStringList>

namespace {

bool isForbiddenChar(QChar c)
{
    const ushort u = c.unicode();
    if (u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0))
        return true;  // C0, DEL, C1 control characters
    switch (u) {
    case '/': case '\\': case ':': case '*': case '?': case '"': case '<': case '>': case '|':
        return true;
    default:
        break;
    }
    // Unicode format controls that reorder or hide text (bidi overrides/isolates, zero-width).
    return u == 0x202a || u == 0x202b || u == 0x202c || u == 0x202d || u == 0x202e || (u >= 0x2066 && u <= 0x2069)
        || u == 0x200e || u == 0x200f || u == 0xfeff;
}

int utf8Length(const QString &s)
{
    int n = 0;
    for (int i = 0; i < s.size(); ++i) {
        const ushort u = s.at(i).unicode();
        if (u < 0x80)
            n += 1;
        else if (u < 0x800)
            n += 2;
        else if (QChar::isHighSurrogate(u) && i + 1 < s.size() && QChar::isLowSurrogate(s.at(i + 1).unicode())) {
            n += 4;
            ++i;
        } else
            n += 3;
    }
    return n;
}

} // namespace

QString FileNameSanitizer::truncateUtf8(const QString &text, int maxBytes)
{
    int bytes = 0;
    int i = 0;
    while (i < text.size()) {
        const ushort u = text.at(i).unicode();
        int len = 1;
        int units = 1;
        if (u >= 0x80 && u < 0x800)
            len = 2;
        else if (QChar::isHighSurrogate(u) && i + 1 < text.size() && QChar::isLowSurrogate(text.at(i + 1).unicode())) {
            len = 4;
            units = 2;
        } else if (u >= 0x800)
            len = 3;
        if (bytes + len > maxBytes)
            break;
        bytes += len;
        i += units;
    }
    return text.left(i);
}

bool FileNameSanitizer::isWindowsReserved(const QString &component)
{
    // The device name is what comes before the first dot, trailing spaces ignored ("CON .txt" too).
    const QString stem = component.section(QLatin1Char('.'), 0, 0).trimmed().toUpper();
    static const QStringList fixed{QStringLiteral("CON"), QStringLiteral("PRN"), QStringLiteral("AUX"),
                                   QStringLiteral("NUL"), QStringLiteral("CONIN$"), QStringLiteral("CONOUT$")};
    if (fixed.contains(stem))
        return true;
    if (stem.size() == 4 && (stem.startsWith(QLatin1String("COM")) || stem.startsWith(QLatin1String("LPT")))) {
        const QChar d = stem.at(3);
        // COM1-9, LPT1-9, and the superscript digits Windows also reserves.
        return (d >= QLatin1Char('1') && d <= QLatin1Char('9')) || d == QChar(0xb9) || d == QChar(0xb2)
            || d == QChar(0xb3);
    }
    return false;
}

QString FileNameSanitizer::component(const QString &name, const QString &fallback)
{
    QString out;
    out.reserve(name.size());
    for (QChar c : name)
        out.append(isForbiddenChar(c) ? QLatin1Char('_') : c);
    // Unpaired surrogates would not survive UTF-8.
    for (int i = 0; i < out.size(); ++i) {
        const ushort u = out.at(i).unicode();
        if (QChar::isHighSurrogate(u) && i + 1 < out.size() && QChar::isLowSurrogate(out.at(i + 1).unicode()))
            ++i;
        else if (QChar::isSurrogate(u))
            out[i] = QLatin1Char('_');
    }
    out = out.trimmed();
    while (out.endsWith(QLatin1Char('.')) || out.endsWith(QLatin1Char(' ')))
        out.chop(1);
    if (out.isEmpty() || out == QLatin1String(".") || out == QLatin1String(".."))
        return fallback.isEmpty() || fallback == QLatin1String("_") ? QStringLiteral("_") : component(fallback);  // made safe too
    if (out.startsWith(QLatin1String("..")))
        out.replace(0, 2, QStringLiteral("__"));
    if (isWindowsReserved(out))
        out.prepend(QLatin1Char('_'));
    if (utf8Length(out) > kMaxComponentBytes) {
        // Keep a short extension ("….wav") and cut the stem.
        const int dot = out.lastIndexOf(QLatin1Char('.'));
        QString ext = dot > 0 && out.size() - dot <= 16 ? out.mid(dot) : QString();
        QString stem = ext.isEmpty() ? out : out.left(dot);
        stem = truncateUtf8(stem, kMaxComponentBytes - utf8Length(ext));
        while (stem.endsWith(QLatin1Char('.')) || stem.endsWith(QLatin1Char(' ')))
            stem.chop(1);
        out = stem + ext;
    }
    return out;
}

QString FileNameSanitizer::relativePath(const QString &path)
{
    QStringList parts;
    for (const QString &part : path.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (part == QLatin1String("."))
            continue;
        parts << component(part);
    }
    if (parts.isEmpty())
        parts << QStringLiteral("_");
    return parts.join(QLatin1Char('/'));
}
