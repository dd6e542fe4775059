#include "benchreport.h"

#include <QByteArray>
#include <QFile>

#include <cstdio>
#include <ctime>

namespace {
// A "Vm...:   1234 kB" line of /proc/self/status, in MiB.
double statusMb(const QByteArray &key)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').constFirst().toDouble() / 1024.0;
    }
    return 0;
}
} // namespace

namespace BenchReport {

void figure(const char *name, double value, const char *unit, int decimals)
{
    std::printf("figure: %s = %.*f %s\n", name, decimals, value, unit);
    std::fflush(stdout);
}

double rssMb()
{
    return statusMb(QByteArrayLiteral("VmRSS:"));
}

double peakRssMb()
{
    return statusMb(QByteArrayLiteral("VmHWM:"));
}

double processCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

} // namespace BenchReport
