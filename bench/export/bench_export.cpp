// bench_export, in one run on loopback against evovoice-sim:
// 1. 1,000 voicemails: `evovoice-cli files download --jobs 8` (hashing, manifest) against
//    `curl --parallel --parallel-max 8` on the same URLs (credentials only to the API origin),
//    and the CLI again over QNetworkAccessManager (EVOVOICE_DOWNLOAD_TRANSPORT=qt), in
//    BENCH_EXPORT_MEDIA_ROUNDS rounds (5) taken in turn, each run from a synced disk; the medians are compared.
// 2. The metadata of 100,000 files: `evovoice-cli files export` (all 24 columns) against a curl +
//    jq loop over the same pages (11 columns), and the CLI's peak memory (RSS) doing it.
// Prints "figure: NAME = VALUE UNIT" lines. Needs curl and jq.
// The simulator keeps each file's JSON once built (SimPageCache), so the CLI's first export (on a
// cold simulator, reported as metadata_cli_cold_*) warms it; the CLI's second export and the
// curl + jq loop then both run against the same warm simulator, and that pair is the ratio.
// BENCH_EXPORT_SIM / BENCH_EXPORT_CLI name other binaries (to measure an older build the same way).
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <sys/resource.h>

namespace {

void figure(const char *name, double value, const char *unit, int decimals = 1)
{
    std::printf("figure: %s = %.*f %s\n", name, decimals, value, unit);
    std::fflush(stdout);
}

struct Sim
{
    QProcess process;
    QString api;
    bool start(const QStringList &args)
    {
        process.start(qEnvironmentVariable("BENCH_EXPORT_SIM", QStringLiteral(EVOVOICE_SIM_BINARY)), args);
        if (!process.waitForStarted(30000))
            return false;
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 120000) {
            if (process.canReadLine() || process.waitForReadyRead(1000)) {
                const QString line = QString::fromUtf8(process.readLine()).trimmed();
                if (line.startsWith(QLatin1String("listening on "))) {
                    api = line.mid(13);
                    return true;
                }
            }
        }
        return false;
    }
    ~Sim()
    {
        process.terminate();
        process.waitForFinished(5000);
    }
};

QByteArray runShell(const QString &script, int timeoutMs = 900000)
{
    QProcess p;
    p.start(QStringLiteral("bash"), {QStringLiteral("-c"), script});
    p.waitForFinished(timeoutMs);
    if (p.exitCode() != 0)
        std::fprintf(stderr, "bench_export: shell step failed: %s\n", p.readAllStandardError().left(400).constData());
    return p.readAllStandardOutput();
}

QProcessEnvironment cliEnv(const QString &api)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("EVOVOICE_SERVER"), api);
    env.insert(QStringLiteral("EVOVOICE_USER"), QStringLiteral("admin@example.com"));
    env.insert(QStringLiteral("EVOVOICE_PASSWORD"), QStringLiteral("demo"));
    return env;
}

bool runCli(const QString &api, const QStringList &args, QByteArray *out = nullptr)
{
    QProcess p;
    p.setProcessEnvironment(cliEnv(api));
    p.start(qEnvironmentVariable("BENCH_EXPORT_CLI", QStringLiteral(EVOVOICE_CLI_BINARY)), args);
    p.waitForFinished(1800000);
    if (out)
        *out = p.readAllStandardOutput();
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        std::fprintf(stderr, "bench_export: evovoice-cli %s failed: %s\n", qPrintable(args.join(QLatin1Char(' '))),
                     p.readAllStandardError().right(400).constData());
        return false;
    }
    return true;
}

qint64 folderBytes(const QString &dir, int *files)
{
    qint64 total = 0;
    *files = 0;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        if (it.fileName() == QLatin1String("manifest.csv") || it.fileName() == QLatin1String("curl.cfg"))
            continue;
        total += it.fileInfo().size();
        ++*files;
    }
    return total;
}

QString token(const QString &api)
{
    const QByteArray body = runShell(QStringLiteral("curl -s -X POST -H 'Content-Type: application/json' -d "
                                                    "'{\"userName\":\"admin@example.com\",\"password\":\"demo\"}' %1/auth/credentials")
                                         .arg(api));
    return QJsonDocument::fromJson(body).object().value(QStringLiteral("bearerToken")).toString();
}

void mediaBench(int count)
{
    Sim sim;
    if (!sim.start({QStringLiteral("--files"), QString::number(count * 4)})) {
        std::fprintf(stderr, "bench_export: the simulator did not start\n");
        return;
    }
    const QString tok = token(sim.api);
    // The first `count` voicemails: their ids and URLs.
    const QByteArray list = runShell(QStringLiteral("curl -s -H 'Authorization: Bearer %1' '%2/files?type=VoiceMessage&countPerPage=%3'")
                                         .arg(tok, sim.api)
                                         .arg(count));
    const QJsonArray items = QJsonDocument::fromJson(list).object().value(QStringLiteral("items")).toArray();
    if (items.size() < count)
        std::fprintf(stderr, "bench_export: only %d voicemails\n", int(items.size()));
    QStringList idArgs;
    QString cfg;
    const QString apiHost = QUrl(sim.api).host();
    for (int i = 0; i < items.size(); ++i) {
        const QJsonObject o = items.at(i).toObject();
        idArgs << QStringLiteral("--id") << o.value(QStringLiteral("id")).toString();
        const QString uri = o.value(QStringLiteral("uri")).toString();
        cfg += QStringLiteral("url = \"%1\"\noutput = \"f%2\"\n").arg(uri).arg(i);
        if (QUrl(uri).host() == apiHost)
            cfg += QStringLiteral("header = \"Authorization: Bearer %1\"\n").arg(tok);
        if (i + 1 < items.size())
            cfg += QStringLiteral("next\n");
    }
    QTemporaryDir work;
    {
        QFile f(work.filePath(QStringLiteral("curl.cfg")));
        f.open(QIODevice::WriteOnly);
        f.write(cfg.toUtf8());
    }
    // One timed run into a fresh folder: wall and CPU seconds (the child's, from the kernel).
    struct Run
    {
        double seconds = 0;
        double cpu = 0;
        int files = 0;
        qint64 bytes = 0;
        bool ok = false;
    };
    auto childCpu = [] {
        struct rusage u{};
        getrusage(RUSAGE_CHILDREN, &u);
        return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
    };
    int serial = 0;
    auto timed = [&](const std::function<bool(const QString &dir)> &body) {
        const QString dir = work.filePath(QStringLiteral("run%1").arg(++serial));
        QDir().mkpath(dir);
        Run r;
        // The previous run's files are gone, but the disk may still be busy with them: each
        // run starts with nothing dirty (otherwise later runs pay for the writeback of earlier ones).
        QProcess::execute(QStringLiteral("sync"), {});
        const double cpu0 = childCpu();
        QElapsedTimer t;
        t.start();
        r.ok = body(dir);
        r.seconds = double(t.nsecsElapsed()) / 1e9;
        r.cpu = childCpu() - cpu0;
        r.bytes = folderBytes(dir, &r.files);
        QDir(dir).removeRecursively();
        return r;
    };
    auto curlRun = [&] {
        return timed([&](const QString &dir) {
            runShell(QStringLiteral("cd '%1' && curl -s --no-progress-meter --parallel --parallel-max 8 -K '%2'")
                         .arg(dir, work.filePath(QStringLiteral("curl.cfg"))));
            return true;
        });
    };
    auto cliRun = [&](const QString &transport) {
        return timed([&](const QString &dir) {
            qputenv("EVOVOICE_DOWNLOAD_TRANSPORT", transport.toLatin1());
            const bool ok = runCli(sim.api, QStringList{QStringLiteral("files"), QStringLiteral("download"), QStringLiteral("--dest"),
                                                        dir, QStringLiteral("--jobs"), QStringLiteral("8"), QStringLiteral("--quiet")}
                                                + idArgs);
            qunsetenv("EVOVOICE_DOWNLOAD_TRANSPORT");
            return ok;
        });
    };
    // Rounds in turn (the machine is shared and noisy): the median of each, compared.
    const int rounds = qMax(1, qEnvironmentVariableIsSet("BENCH_EXPORT_MEDIA_ROUNDS")
                                   ? qEnvironmentVariableIntValue("BENCH_EXPORT_MEDIA_ROUNDS") : 5);
    QList<Run> curl, cli, qt;
    for (int r = 0; r < rounds; ++r) {
        if (r % 2 == 0) {
            curl.append(curlRun());
            cli.append(cliRun(QStringLiteral("stream")));
            qt.append(cliRun(QStringLiteral("qt")));
        } else {
            qt.append(cliRun(QStringLiteral("qt")));
            cli.append(cliRun(QStringLiteral("stream")));
            curl.append(curlRun());
        }
        for (const Run *run : {&curl.last(), &cli.last(), &qt.last()}) {
            if (!run->ok || run->files != int(items.size()) || run->bytes != curl.last().bytes)
                std::fprintf(stderr, "bench_export: round %d: %d files, %lld bytes (curl: %d files, %lld bytes)\n", r + 1,
                             run->files, run->bytes, curl.last().files, curl.last().bytes);
        }
    }
    auto median = [](QList<Run> runs, double Run::*field) {
        std::sort(runs.begin(), runs.end(), [field](const Run &a, const Run &b) { return a.*field < b.*field; });
        return runs.at(runs.size() / 2).*field;
    };
    const double curlSeconds = median(curl, &Run::seconds);
    const double cliSeconds = median(cli, &Run::seconds);
    const double qtSeconds = median(qt, &Run::seconds);
    const double bytes = double(curl.first().bytes);
    figure("media_files", double(cli.first().files), "files", 0);
    figure("media_bytes", bytes / 1e6, "MB");
    figure("media_rounds", double(rounds), "rounds", 0);
    figure("media_curl_parallel8_seconds", curlSeconds, "s", 2);
    figure("media_cli_jobs8_seconds", cliSeconds, "s", 2);
    figure("media_cli_qtnetwork_jobs8_seconds", qtSeconds, "s", 2);
    figure("media_curl_parallel8_cpu_seconds", median(curl, &Run::cpu), "s", 2);
    figure("media_cli_jobs8_cpu_seconds", median(cli, &Run::cpu), "s", 2);
    figure("media_cli_qtnetwork_jobs8_cpu_seconds", median(qt, &Run::cpu), "s", 2);
    figure("media_curl_parallel8_throughput", bytes / 1e6 / curlSeconds, "MB/s");
    figure("media_cli_jobs8_throughput", bytes / 1e6 / cliSeconds, "MB/s");
    figure("media_cli_qtnetwork_vs_curl", curlSeconds / qtSeconds, "x", 2);
    figure("media_cli_vs_curl", curlSeconds / cliSeconds, "x", 2);
}

void metadataBench(int files)
{
    Sim sim;
    if (!sim.start({QStringLiteral("--files"), QString::number(files)})) {
        std::fprintf(stderr, "bench_export: the simulator did not start\n");
        return;
    }
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("files.csv"));
    const QStringList exportArgs{QStringLiteral("files"), QStringLiteral("export"), QStringLiteral("--output"), out,
                                 QStringLiteral("--quiet")};
    QElapsedTimer t;
    t.start();
    bool ok = runCli(sim.api, exportArgs);  // cold simulator
    const double cliColdSeconds = double(t.nsecsElapsed()) / 1e9;
    t.start();
    ok = runCli(sim.api, exportArgs) && ok;  // warm, as the curl + jq loop below
    const double cliSeconds = double(t.nsecsElapsed()) / 1e9;
    struct rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);  // the largest child so far: the CLI (the simulators still run; jq has not yet)
    const double peakMb = double(usage.ru_maxrss) / 1024.0;
    qint64 rows = -1;
    {
        QFile f(out);
        if (ok && f.open(QIODevice::ReadOnly)) {
            rows = 0;
            const QByteArray all = f.readAll();
            rows = all.count("\r\n") - 1;  // multi-line transcriptions are quoted with \n, records end in CRLF
        }
    }
    const QString tok = token(sim.api);
    const int pages = (files + 999) / 1000;
    const QString loop = QStringLiteral(
        "out='%1'; : > \"$out\"; for p in $(seq 0 %2); do curl -s -H 'Authorization: Bearer %3' "
        "\"%4/files?page=$p&countPerPage=1000\" | jq -r '.items[] | [.id, .dateCreated, .type, .accountName, "
        ".customerName, .userName, .fileName, .uri, .contentType, .contentLength, .recordingDuration] | @csv' >> \"$out\"; done")
                             .arg(dir.filePath(QStringLiteral("jq.csv")))
                             .arg(pages - 1)
                             .arg(tok, sim.api);
    t.start();
    runShell(loop);
    const double jqSeconds = double(t.nsecsElapsed()) / 1e9;
    figure("metadata_rows", double(rows), "rows", 0);
    figure("metadata_cli_cold_24col_seconds", cliColdSeconds, "s", 2);
    figure("metadata_cli_cold_vs_curl_jq", jqSeconds / cliColdSeconds, "x", 2);
    figure("metadata_cli_24col_seconds", cliSeconds, "s", 2);
    figure("metadata_curl_jq_11col_seconds", jqSeconds, "s", 2);
    figure("metadata_cli_vs_curl_jq", jqSeconds / cliSeconds, "x", 2);
    figure("metadata_cli_peak_rss", peakMb, "MB");
}

// The JSON export writes each item's bytes as the server sent them (pages keep their bodies while
// they wait to be written): its peak memory, measured apart from the CSV run by /usr/bin/time.
void jsonMetadataBench(int files)
{
    Sim sim;
    if (!sim.start({QStringLiteral("--files"), QString::number(files)})) {
        std::fprintf(stderr, "bench_export: the simulator did not start\n");
        return;
    }
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("files.json"));
    const QString rss = dir.filePath(QStringLiteral("rss.txt"));
    QProcess p;
    p.setProcessEnvironment(cliEnv(sim.api));
    QElapsedTimer t;
    t.start();
    p.start(QStringLiteral("/usr/bin/time"), {QStringLiteral("-f"), QStringLiteral("%M"), QStringLiteral("-o"), rss,
                                              QStringLiteral(EVOVOICE_CLI_BINARY), QStringLiteral("files"),
                                              QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"),
                                              QStringLiteral("--output"), out, QStringLiteral("--quiet")});
    p.waitForFinished(1800000);
    const double seconds = double(t.nsecsElapsed()) / 1e9;
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        std::fprintf(stderr, "bench_export: the JSON export failed: %s\n", p.readAllStandardError().right(400).constData());
        return;
    }
    QFile r(rss);
    QFile f(out);
    if (!r.open(QIODevice::ReadOnly) || !f.open(QIODevice::ReadOnly))
        return;
    const double peakMb = r.readAll().trimmed().split('\n').last().toDouble() / 1024.0;
    qint64 items = 0;
    while (!f.atEnd())
        items += f.readLine().endsWith(",\n") ? 1 : 0;
    figure("metadata_json_rows", double(items + 1), "rows", 0);
    figure("metadata_json_cli_seconds", seconds, "s", 2);
    figure("metadata_json_cli_peak_rss", peakMb, "MB");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int media = qEnvironmentVariableIsSet("BENCH_EXPORT_MEDIA") ? qEnvironmentVariableIntValue("BENCH_EXPORT_MEDIA") : 1000;
    const int rows = qEnvironmentVariableIsSet("BENCH_EXPORT_ROWS") ? qEnvironmentVariableIntValue("BENCH_EXPORT_ROWS") : 100000;
    metadataBench(rows);
    jsonMetadataBench(rows);
    if (media > 0)
        mediaBench(media);
    return 0;
}
