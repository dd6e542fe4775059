// bench_sim: builds a 1,000,000-file simulator in-process and measures a page of 200 with three
// filters (account + type + date range) and a sort, over real HTTP on loopback (keep-alive
// QNetworkAccessManager) and in-process; the first FileName-sorted request while the sort
// indexes are still being built in the background, the time they take, and a PATCH.
// Prints `figure: NAME = VALUE UNIT` lines.
#include "simdataset.h"
#include "simfilesapi.h"
#include "simindex.h"
#include "simrequest.h"
#include "simserver.h"
#include "simsortindex.h"

#include "benchreport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

using BenchReport::figure;

namespace {
// CPU time of the calling thread (ms): what a request costs the simulator, whatever else the
// machine is doing meanwhile.
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

QByteArray fetch(QNetworkAccessManager &nam, const QNetworkRequest &request, const QByteArray &body = {}, int *status = nullptr)
{
    QNetworkReply *reply = body.isEmpty() ? nam.get(request) : nam.post(request, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    if (status)
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray out = reply->readAll();
    reply->deleteLater();
    return out;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const quint32 files = argc > 1 ? QByteArray(argv[1]).toUInt() : 1000000u;
    SimServer::Options options;
    options.files = files;
    QElapsedTimer t;
    t.start();
    SimServer server(options);
    QString error;
    if (!server.start(&error)) {
        fprintf(stderr, "bench_sim: %s\n", qPrintable(error));
        return 1;
    }
    figure("sim_startup_1m", double(t.elapsed()), "ms");
    figure("sim_rss_1m", BenchReport::rssMb(), "MB");

    QNetworkAccessManager nam;
    QNetworkRequest login(QUrl(server.apiUrl() + QStringLiteral("/auth/credentials")));
    login.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    const QByteArray token = QJsonDocument::fromJson(fetch(nam, login, R"({"userName":"admin@example.com","password":"demo"})"))
                                 .object().value(QStringLiteral("bearerToken")).toString().toUtf8();
    const SimDataset &d = server.dataset();
    auto timedGet = [&](const QString &query, int *itemCount = nullptr) {
        QNetworkRequest r(QUrl(server.apiUrl() + QStringLiteral("/files?") + query));
        r.setRawHeader("Authorization", "Bearer " + token);
        r.setRawHeader("Accept", "application/json");
        QElapsedTimer one;
        one.start();
        int status = 0;
        const QByteArray body = fetch(nam, r, {}, &status);
        const double ms = double(one.nsecsElapsed()) / 1e6;
        if (status != 200) {
            fprintf(stderr, "bench_sim: HTTP %d for %s\n", status, qPrintable(query));
            ::exit(1);
        }
        if (itemCount)
            *itemCount = int(QJsonDocument::fromJson(body).object().value(QStringLiteral("items")).toArray().size());
        return ms;
    };
    // The first request sorted by FileName, right after start-up (indexes still building).
    const qint64 end = SimDataset::referenceEndMs();
    const QString firstQuery = QStringLiteral("accountIds=%1&type=CallRecording&dateCreatedStart=%2&dateCreatedEnd=%3"
                                              "&sortField=FileName&sortOrder=Ascend&countPerPage=200")
                                   .arg(d.accounts()[1].id, SimDataset::isoDate(end - 120ll * 86400000ll),
                                        SimDataset::isoDate(end - 30ll * 86400000ll));
    figure("sim_first_sort_by_filename_1m", timedGet(firstQuery), "ms");
    // Contains filters in the first seconds (sort permutations still building), then the same
    // once everything is built: a term in every file's text is looked up, not scanned.
    const QString account = d.accounts()[2].id;
    const QStringList containsQueries = {
        QStringLiteral("transcriptionContains=refund%20for&countPerPage=200"),
        QStringLiteral("fileName=voicemail-%2B49&countPerPage=200"),
        QStringLiteral("accountIds=%1&type=CallRecording&fileName=call-&sortField=RecordingDuration&sortOrder=Descend&countPerPage=200").arg(account),
        QStringLiteral("accountIds=%1&type=VoiceMessage&transcriptionContains=call%20me%20back&sortField=FileName&countPerPage=200").arg(account)};
    const char *const containsNames[] = {"transcription_contains", "filename_contains", "3filters_filename_contains_sort",
                                         "3filters_transcription_contains_sort"};
    auto inProcessCpu = [&](const QString &query) {
        SimRequest r;
        r.origin = QStringLiteral("api");
        r.method = "GET";
        r.path = QStringLiteral("/files");
        r.params = SimRequest::parseForm(query.toUtf8());
        const double cpu0 = threadCpuMs();
        if (server.files().list(r, 0).status != 200)
            ::exit(1);
        return threadCpuMs() - cpu0;
    };
    for (int k = 0; k < containsQueries.size(); ++k) {
        figure(qPrintable(QStringLiteral("sim_first_%1_1m_cpu").arg(QLatin1String(containsNames[k]))),
               inProcessCpu(containsQueries[k] + QStringLiteral("&page=1")), "ms");
        int count = 0;
        const double ms = timedGet(containsQueries[k], &count);
        figure(qPrintable(QStringLiteral("sim_first_%1_1m").arg(QLatin1String(containsNames[k]))), ms, "ms");
        if (count == 0) {
            fprintf(stderr, "bench_sim: no hits for %s\n", qPrintable(containsQueries[k]));
            return 1;
        }
    }
    figure("sim_first_sort_by_filename_unfiltered_1m", timedGet(QStringLiteral("sortField=FileName&countPerPage=200")), "ms");

    const QStringList sorts = {QStringLiteral("FileName"), QStringLiteral("ContentLength"), QStringLiteral("CustomerName"),
                               QStringLiteral("RecordingDuration"), QStringLiteral("DateCreated"), QStringLiteral("UserName")};
    SimSortIndex &sortIndex = server.index().sortIndex();
    sortIndex.waitAll();
    qint64 six = 0;
    for (const QString &s : sorts)
        six = std::max(six, sortIndex.readyMs(SimIndex::sortFieldIndex(s)));
    figure("sim_sort_index_build_6fields_1m", double(six), "ms");
    figure("sim_sort_index_build_all_1m", double(sortIndex.allReadyMs()), "ms");
    figure("sim_rss_1m_after_sort_indexes", BenchReport::rssMb(), "MB");

    // A PATCH (rename + move to another customer) updates every permutation in place.
    {
        SimRequest r;
        r.origin = QStringLiteral("api");
        r.method = "PATCH";
        r.path = QStringLiteral("/files/") + d.fileId(123456);
        r.params = SimRequest::parseForm("fileName=Aaa%20renamed.wav&customerId=" + d.customers()[3].id.toUtf8());
        QElapsedTimer one;
        one.start();
        if (server.files().patch(r, 0, d.fileId(123456)).status != 200)
            return 1;
        figure("sim_patch_update_indexes_1m", double(one.nsecsElapsed()) / 1e6, "ms");
        figure("sim_sort_by_filename_after_patch_1m", timedGet(QStringLiteral("sortField=FileName&countPerPage=200")), "ms");
    }

    for (int k = 0; k < containsQueries.size(); ++k) {
        std::vector<double> runs;
        for (int r = 0; r < 5; ++r)
            runs.push_back(timedGet(containsQueries[k]));
        figure(qPrintable(QStringLiteral("sim_%1_1m_median").arg(QLatin1String(containsNames[k]))), median(runs), "ms");
        std::vector<double> cpu;
        for (int r = 0; r < 5; ++r)
            cpu.push_back(inProcessCpu(containsQueries[k] + QStringLiteral("&page=%1").arg(r + 2)));
        figure(qPrintable(QStringLiteral("sim_%1_1m_cpu_median").arg(QLatin1String(containsNames[k]))), median(cpu), "ms");
    }

    // 50 varied queries: account + type + a one-to-three-month window, a sort and an order.
    const QStringList types = {QStringLiteral("CallRecording"), QStringLiteral("VoiceMessage"), QStringLiteral("Fax")};
    QStringList queries;
    for (int k = 0; k < 50; ++k) {
        const quint64 h = SimDataset::mix(42, quint64(k));
        const qint64 to = end - qint64(h % 480) * 86400000ll;
        const qint64 from = to - qint64(30 + (h >> 12) % 60) * 86400000ll;
        queries.append(QStringLiteral("accountIds=%1&type=%2&dateCreatedStart=%3&dateCreatedEnd=%4&sortField=%5&sortOrder=%6&countPerPage=200&page=%7")
                           .arg(d.accounts()[int((h >> 20) % d.accounts().size())].id, types[int((h >> 24) % 3)],
                                SimDataset::isoDate(from), SimDataset::isoDate(to), sorts[int((h >> 28) % sorts.size())],
                                (h >> 32) % 2 ? QStringLiteral("Descend") : QStringLiteral("Ascend"), QString::number((h >> 36) % 3)));
    }

    std::vector<double> http;
    qint64 items = 0;
    for (int round = 0; round < 2; ++round) { // round 0 warms the connection
        for (const QString &q : queries) {
            int count = 0;
            const double ms = timedGet(q, &count);
            if (round == 1) {
                http.push_back(ms);
                items += count;
            }
        }
    }
    figure("sim_page200_3filters_sort_1m_best", *std::min_element(http.begin(), http.end()), "ms");
    figure("sim_page200_3filters_sort_1m_median", median(http), "ms");
    figure("sim_page200_3filters_sort_1m_worst", *std::max_element(http.begin(), http.end()), "ms");
    figure("sim_page200_avg_items", double(items) / double(http.size()), "items");

    // In-process: the same requests through SimFilesApi (query + JSON), and the index alone.
    std::vector<double> list;
    std::vector<double> index;
    for (const QString &q : queries) {
        SimRequest r;
        r.origin = QStringLiteral("api");
        r.method = "GET";
        r.path = QStringLiteral("/files");
        r.params = SimRequest::parseForm(q.toUtf8());
        QElapsedTimer one;
        one.start();
        const SimResponse res = server.files().list(r, 0);
        list.push_back(double(one.nsecsElapsed()) / 1e6);
        if (res.status != 200)
            return 1;
    }
    for (int k = 0; k < 50; ++k) {
        const quint64 h = SimDataset::mix(43, quint64(k));
        SimIndex::Query q;
        q.accounts.assign(size_t(d.accounts().size()), 0);
        q.accounts[size_t((h >> 20) % d.accounts().size())] = 1;
        q.typeMask = 1 << SimDataset::typeFromName(types[int((h >> 24) % 3)]);
        q.dateEnd = end - qint64(h % 480) * 86400000ll;
        q.dateStart = q.dateEnd - qint64(30 + (h >> 12) % 60) * 86400000ll;
        q.sortField = SimIndex::sortFieldIndex(sorts[int((h >> 28) % sorts.size())]);
        q.descending = (h >> 32) % 2;
        q.limit = 200;
        QElapsedTimer one;
        one.start();
        server.index().run(q);
        index.push_back(double(one.nsecsElapsed()) / 1e6);
    }
    figure("sim_inprocess_list200_1m_median", median(list), "ms");
    figure("sim_inprocess_query_only_1m_best", *std::min_element(index.begin(), index.end()), "ms");
    figure("sim_inprocess_query_only_1m_median", median(index), "ms");
    figure("sim_rss_1m_end", BenchReport::rssMb(), "MB");
    return 0;
}
