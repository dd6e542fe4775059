// The export's file names (FileNameSanitizer, NameTemplate, ExportNamer): for any template and
// any file (every field from the input), each name is safe on Linux, macOS and Windows. Every
// component of a path: not empty, not "." or "..", no '/' '\' ':' '*' '?' '"' '<' '>' '|', no
// control character (C0, DEL, C1), no Windows device name (CON, NUL, COM1, LPT1..., with or
// without an extension, any case), no trailing dot or space, at most 255 bytes of valid UTF-8.
// A template without '/' and no subfolder give ONE component; the same file keeps its path;
// another file with the same fields gets another path.
//
// Input: the template, the subfolder choice (first byte % 4), then each FileField's value in
// FileField order as UTF-8 (the breadcrumb in its encoded form), separated by NUL bytes.
#include "api/fileinfobuilder.h"
#include "export/exportnamer.h"
#include "export/filenamesanitizer.h"
#include "export/nametemplate.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {
[[noreturn]] void fail(const char *what, const QString &name, const QByteArray &input)
{
    fprintf(stderr, "unsafe name (%s): \"%s\"\n  input: %s\n", what, name.toUtf8().toPercentEncoding(" /").left(600).constData(),
            input.toPercentEncoding(" /{}:").left(600).constData());
    abort();
}

// Written apart from FileNameSanitizer::isWindowsReserved on purpose: the device name is what
// comes before the first dot, trailing spaces ignored, in any ASCII case.
bool windowsDevice(const QString &component)
{
    QString stem = component.section(QLatin1Char('.'), 0, 0);
    while (stem.endsWith(QLatin1Char(' ')))
        stem.chop(1);
    QByteArray ascii;
    for (QChar c : stem) {
        const ushort u = c.unicode();
        ascii += u >= 'a' && u <= 'z' ? char(u - 32) : u < 0x80 ? char(u) : u == 0xb9 ? '1' : u == 0xb2 ? '2' : u == 0xb3 ? '3' : '#';
    }
    if (ascii == "CON" || ascii == "PRN" || ascii == "AUX" || ascii == "NUL" || ascii == "CONIN$" || ascii == "CONOUT$")
        return true;
    return ascii.size() == 4 && (ascii.startsWith("COM") || ascii.startsWith("LPT")) && ascii.at(3) >= '1' && ascii.at(3) <= '9';
}

void checkComponent(const QString &c, const char *what, const QByteArray &input)
{
    if (c.isEmpty())
        fail(what, c, input);
    if (c == QLatin1String(".") || c == QLatin1String(".."))
        fail("a dot name", c, input);
    for (qsizetype i = 0; i < c.size(); ++i) {
        const ushort u = c.at(i).unicode();
        if (u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0))
            fail("a control character", c, input);
        if (u < 0x80 && strchr("/\\:*?\"<>|", char(u)))
            fail("a forbidden character", c, input);
        if (QChar::isHighSurrogate(u) && i + 1 < c.size() && QChar::isLowSurrogate(c.at(i + 1).unicode()))
            ++i;
        else if (QChar::isSurrogate(u))
            fail("a lone surrogate", c, input);
    }
    if (c.endsWith(QLatin1Char('.')) || c.endsWith(QLatin1Char(' ')))
        fail("a trailing dot or space", c, input);
    if (windowsDevice(c))
        fail("a Windows device name", c, input);
    const QByteArray utf8 = c.toUtf8();
    if (utf8.size() > 255)
        fail("longer than 255 bytes", c, input);
    if (!QUtf8StringView(utf8).isValidUtf8() || QString::fromUtf8(utf8) != c)
        fail("not UTF-8", c, input);
}

void checkPath(const QString &path, const char *what, const QByteArray &input)
{
    if (path.startsWith(QLatin1Char('/')))
        fail("absolute", path, input);
    for (const QString &part : path.split(QLatin1Char('/')))
        checkComponent(part, what, input);
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 4096)
        return 0;
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const QList<QByteArray> parts = input.split('\0');
    const QString templateText = QString::fromUtf8(parts.value(0));
    const auto subfolders = ExportOptions::Subfolders(parts.value(1).isEmpty() ? 0 : quint8(parts.value(1).at(0)) % 4);
    FileInfoBuilder b;
    for (int f = 0; f < int(FileField::Count) && f + 2 < parts.size(); ++f) {
        const QByteArray &v = parts.at(f + 2);
        if (FileField(f) == FileField::CustomerBreadcrumb)
            b.setBreadcrumbEncoded(v);
        else
            b.setUtf8(FileField(f), v.constData(), size_t(v.size()));
    }
    const FileInfo file = b.build();

    checkComponent(FileNameSanitizer::component(templateText), "component", input);
    checkComponent(FileNameSanitizer::component(file.fileName(), file.id()), "component with a fallback", input);
    const int maxBytes = parts.value(1).size() > 1 ? quint8(parts.value(1).at(1)) : 255;
    const QString cut = FileNameSanitizer::truncateUtf8(templateText, maxBytes);
    if (cut.toUtf8().size() > maxBytes || !templateText.startsWith(cut) || (!cut.isEmpty() && cut.back().isHighSurrogate()))
        fail("truncateUtf8", cut, input);
    checkPath(FileNameSanitizer::relativePath(templateText), "relativePath", input);

    const NameTemplate nameTemplate(templateText);
    if (nameTemplate.isValid()) {
        const QString rendered = nameTemplate.render(file);
        checkPath(rendered, "render", input);
        if (!templateText.contains(QLatin1Char('/')) && rendered.contains(QLatin1Char('/')))
            fail("more than one component from a template without '/'", rendered, input);
    }
    ExportNamer namer(nameTemplate, subfolders);
    const QString path = namer.pathFor(file);
    checkPath(path, "pathFor", input);
    if (subfolders == ExportOptions::Subfolders::None && !templateText.contains(QLatin1Char('/')) && path.contains(QLatin1Char('/')))
        fail("more than one component without subfolders", path, input);
    if (!file.id().isEmpty() && namer.pathFor(file) != path)
        fail("the same file got another path", path, input);
    FileInfoBuilder other(file);
    other.setUtf8(FileField::Id, "another-id", 10);
    const QString second = namer.pathFor(other.build());
    checkPath(second, "pathFor a second file", input);
    if (second.toCaseFolded() == path.toCaseFolded())
        fail("two files got one path", second, input);
    checkPath(namer.siblingPath(path, QStringLiteral("txt")), "siblingPath", input);
    return 0;
}
