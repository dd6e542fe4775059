// FileQuery's text form (saved views, links, the CLI's --query): whatever the text, no crash;
// a text that parses prints (toText) as a text that parses to the same query and prints the same.
#include "api/filequery.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const std::optional<FileQuery> q = FileQuery::fromText(text, &error);
    if (!q)
        return 0;
    const QString printed = q->toText();
    const std::optional<FileQuery> again = FileQuery::fromText(printed, &error);
    if (!again || !(*again == *q) || again->toText() != printed) {
        fprintf(stderr, "round trip failed:\n in:  %s\n out: %s\n again: %s (%s)\n", qPrintable(text), qPrintable(printed),
                again ? qPrintable(again->toText()) : "(none)", qPrintable(error));
        abort();
    }
    return 0;
}
