// bench_api: rows per second of FileInfoReader (parse + map into compact FileInfo) against a plain
// QJsonDocument-to-struct mapping of the same bytes, and the memory held per file.
#include "benchdata.h"
#include "api/fileinforeader.h"
#include "plainfile.h"
#include "api/stringpool.h"

#include "benchreport.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>
#include <functional>
#include <malloc.h>

using BenchReport::figure;

namespace {

// Rows per second of parse(pages) repeated for at least minMs (best of three rounds).
double rowsPerSecond(const QList<QByteArray> &pages, int rowsPerPage, const std::function<qsizetype(const QByteArray &)> &parse,
                     int minMs)
{
    double best = 0;
    for (int round = 0; round < 3; ++round) {
        QElapsedTimer t;
        t.start();
        qint64 rows = 0;
        do {
            for (const QByteArray &p : pages) {
                const qsizetype n = parse(p);
                if (n != rowsPerPage)
                    std::fprintf(stderr, "bench_api: expected %d rows, got %lld\n", rowsPerPage, qint64(n));
                rows += n;
            }
        } while (t.elapsed() < minMs);
        best = qMax(best, double(rows) * 1e9 / double(t.nsecsElapsed()));
    }
    return best;
}

qint64 heapInUse()
{
    const struct mallinfo2 m = mallinfo2();
    return qint64(m.uordblks) + qint64(m.hblkhd);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    std::printf("bench_api: FileInfoReader uses %s\n", FileInfoReader::usesSimdjson() ? "simdjson (DOM)" : "QJsonDocument");

    QList<QByteArray> pages;
    for (int i = 0; i < 50; ++i)
        pages << BenchData::page(200, i);
    const QByteArray big = BenchData::page(100000, 1000);
    std::printf("bench_api: 50 pages of 200 rows (%lld KiB each), one 100,000-row response (%lld MiB)\n",
                qint64(pages.first().size() / 1024), qint64(big.size() / (1024 * 1024)));

    auto ours = [](const QByteArray &json) {
        ListPage<FileInfo> page;
        FileInfoReader::readList(json, &page);
        return page.items.size();
    };
    auto oursQt = [](const QByteArray &json) {
        ListPage<FileInfo> page;
        FileInfoReader::readListQt(json, &page);
        return page.items.size();
    };
    auto plain = [](const QByteArray &json) { return PlainFile::readList(json).size(); };

    const double page200 = rowsPerSecond(pages, 200, ours, 1000);
    const double page200Plain = rowsPerSecond(pages, 200, plain, 1000);
    const double page200Qt = rowsPerSecond(pages, 200, oursQt, 1000);
    figure("api_parse_page200_rows_per_s", page200, "rows/s", 0);
    figure("api_parse_plain_page200_rows_per_s", page200Plain, "rows/s", 0);
    figure("api_parse_speedup_page200", page200 / page200Plain, "x", 1);
    figure("api_parse_qtparser_page200_rows_per_s", page200Qt, "rows/s", 0);

    const QList<QByteArray> bigList{big};
    const double big100k = rowsPerSecond(bigList, 100000, ours, 1500);
    const double big100kPlain = rowsPerSecond(bigList, 100000, plain, 1500);
    figure("api_parse_100k_rows_per_s", big100k, "rows/s", 0);
    figure("api_parse_plain_100k_rows_per_s", big100kPlain, "rows/s", 0);
    figure("api_parse_speedup_100k", big100k / big100kPlain, "x", 1);

    // Memory held per file, transcriptions excluded: the heap before and after keeping 100,000
    // files (the parser's buffers are reused and already allocated by the runs above).
    ListPage<FileInfo> warm;
    FileInfoReader::readList(big, &warm);
    warm = ListPage<FileInfo>();
    malloc_trim(0);
    const qint64 before = heapInUse();
    const qint64 poolBefore = StringPool::instance().heapBytes();
    ListPage<FileInfo> kept;
    FileInfoReader::readList(BenchData::page(100000, 2000), &kept);
    const qint64 after = heapInUse();
    qint64 transcriptionBytes = 0;
    qint64 accounted = 0;
    for (const FileInfo &f : kept.items) {
        transcriptionBytes += f.ownedBytes(true) - f.ownedBytes(false);
        accounted += f.ownedBytes(false) + qint64(sizeof(FileInfo));
    }
    const double perFile = double(after - before - transcriptionBytes) / double(kept.items.size());
    figure("api_bytes_per_file", perFile, "B", 0);
    figure("api_bytes_per_file_accounted", double(accounted) / double(kept.items.size()), "B", 0);
    figure("api_string_pool_growth", double(StringPool::instance().heapBytes() - poolBefore), "B", 0);

    // The plain mapping's memory for the same rows, transcriptions excluded, for comparison.
    kept = ListPage<FileInfo>();
    malloc_trim(0);
    const qint64 plainBefore = heapInUse();
    QList<PlainFile> plainKept = PlainFile::readList(BenchData::page(100000, 2000));
    const qint64 plainAfter = heapInUse();
    qint64 plainTranscriptions = 0;
    for (const PlainFile &f : plainKept)
        plainTranscriptions += (f.transcription.isNull() ? 0 : 16 + 16 + (f.transcription.capacity() + 1) * 2)
            + (f.aiTranscription.isNull() ? 0 : 16 + 16 + (f.aiTranscription.capacity() + 1) * 2);
    figure("api_plain_bytes_per_file", double(plainAfter - plainBefore - plainTranscriptions) / double(plainKept.size()), "B", 0);
    return 0;
}
