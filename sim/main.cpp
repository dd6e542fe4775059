// evovoice-sim: a stand-in HTTP server for the EvoVoice REST API (see tests/support/CONTRACT-sim.md).
#include "simdataset.h"
#include "simserver.h"
#include "simtls.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace {
int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const ssize_t n = ::write(g_signalPipe[0], &c, 1);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("evovoice-sim"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Stand-in HTTP(S) server for the EvoVoice REST API"));
    parser.addHelpOption();
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("API port on 127.0.0.1 (0 = free port)"), QStringLiteral("P"), QStringLiteral("0"));
    const QCommandLineOption storagePort(QStringLiteral("storage-port"), QStringLiteral("Storage port on 127.0.0.2"), QStringLiteral("P"), QStringLiteral("0"));
    const QCommandLineOption files(QStringLiteral("files"), QStringLiteral("Number of files (up to 1000000)"), QStringLiteral("N"), QStringLiteral("2000"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Data seed"), QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption ttl(QStringLiteral("token-ttl"), QStringLiteral("Session and token lifetime"), QStringLiteral("SECONDS"), QStringLiteral("3600"));
    const QCommandLineOption delay(QStringLiteral("delay-ms"), QStringLiteral("Delay every answer by N ms"), QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption bandwidth(QStringLiteral("bandwidth"), QStringLiteral("Cap file bodies at N bytes a second (0 = no cap)"), QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption longRecordings(QStringLiteral("long-recordings"), QStringLiteral("Make the first N call recordings one hour long"), QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption verbose(QStringLiteral("verbose"), QStringLiteral("Log each request to stderr"));
    const QCommandLineOption exitWithStdin(QStringLiteral("exit-with-stdin"), QStringLiteral("Exit when stdin is closed"));
    const QCommandLineOption hostile(QStringLiteral("hostile"), QStringLiteral("Add the hostile cases (names, a formula customer, a short body)"));
    const QCommandLineOption arriving(QStringLiteral("arriving"), QStringLiteral("Hold N more (newest) files back until POST /__sim/add-files"), QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption tls(QStringLiteral("tls"), QStringLiteral("Serve both origins over HTTPS (the built-in test certificate unless --tls-cert/--tls-key); prints the certificate a client must trust"));
    const QCommandLineOption tlsCert(QStringLiteral("tls-cert"), QStringLiteral("With --tls: the server certificate (PEM)"), QStringLiteral("FILE"));
    const QCommandLineOption tlsKey(QStringLiteral("tls-key"), QStringLiteral("With --tls: its unencrypted private key (PEM, RSA or EC)"), QStringLiteral("FILE"));
    parser.addOptions({port, storagePort, files, seed, ttl, delay, bandwidth, longRecordings, verbose, exitWithStdin, hostile, arriving,
                       tls, tlsCert, tlsKey});
    parser.process(app);

    auto number = [&](const QCommandLineOption &o, qint64 min, qint64 max) {
        bool ok = false;
        const qint64 v = parser.value(o).toLongLong(&ok);
        if (!ok || v < min || v > max) {
            fprintf(stderr, "evovoice-sim: --%s must be an integer in [%lld, %lld]\n", qPrintable(o.names().first()),
                    static_cast<long long>(min), static_cast<long long>(max));
            ::exit(2);
        }
        return v;
    };
    SimServer::Options options;
    options.port = quint16(number(port, 0, 65535));
    options.storagePort = quint16(number(storagePort, 0, 65535));
    options.files = quint32(number(files, 0, 1000000));
    options.seed = quint64(number(seed, 0, std::numeric_limits<qint64>::max()));
    options.tokenTtl = int(number(ttl, 1, 10 * 365 * 86400));
    options.delayMs = int(number(delay, 0, 600000));
    options.bandwidth = number(bandwidth, 0, std::numeric_limits<qint64>::max());
    options.longRecordings = quint32(number(longRecordings, 0, 1000000));
    options.verbose = parser.isSet(verbose);
    options.hostile = parser.isSet(hostile);
    options.arriving = quint32(number(arriving, 0, 100000));
    SimTls identity;  // lives as long as the server: its certificate file may be a temporary copy
    if (parser.isSet(tlsCert) != parser.isSet(tlsKey)) {
        fprintf(stderr, "evovoice-sim: --tls-cert and --tls-key go together\n");
        return 2;
    }
    if ((parser.isSet(tlsCert) || parser.isSet(tlsKey)) && !parser.isSet(tls)) {
        fprintf(stderr, "evovoice-sim: --tls-cert and --tls-key need --tls\n");
        return 2;
    }
    if (parser.isSet(tls)) {
        QString error;
        const bool loaded = parser.isSet(tlsCert) ? identity.loadFiles(parser.value(tlsCert), parser.value(tlsKey), &error)
                                                  : identity.loadBuiltIn(&error);
        if (!loaded) {
            fprintf(stderr, "evovoice-sim: %s\n", qPrintable(error));
            return 2;
        }
        options.tlsCertificate = identity.certificate();
        options.tlsKey = identity.key();
    }

    // Before the "listening on" line: a SIGTERM sent as soon as it is read must stop us cleanly.
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) == 0) {
        auto *notifier = new QSocketNotifier(g_signalPipe[1], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, [] { QCoreApplication::quit(); });
        std::signal(SIGTERM, onSignal);
        std::signal(SIGINT, onSignal);
    }
    std::signal(SIGPIPE, SIG_IGN);
    QElapsedTimer started;
    started.start();
    SimServer server(options);
    QString error;
    if (!server.start(&error)) {
        fprintf(stderr, "evovoice-sim: %s\n", qPrintable(error));
        return 1;
    }
    printf("listening on %s\n", qPrintable(server.apiUrl()));
    printf("storage on %s\n", qPrintable(server.storageUrl()));
    if (parser.isSet(tls))
        printf("tls certificate: %s\n", qPrintable(identity.certificatePath()));
    for (const SimDataset::User &u : server.dataset().users()) {
        if (u.role != QLatin1String("User"))
            printf("demo user: %s / demo (%s)\n", qPrintable(u.email), qPrintable(u.role));
    }
    fflush(stdout);
    if (options.verbose)
        fprintf(stderr, "evovoice-sim: %u files, seed %llu, ready in %lld ms\n", options.files,
                static_cast<unsigned long long>(options.seed), static_cast<long long>(started.elapsed()));

    if (parser.isSet(exitWithStdin)) {
        auto *in = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, &app);
        QObject::connect(in, &QSocketNotifier::activated, &app, [in] {
            char buffer[256];
            if (::read(STDIN_FILENO, buffer, sizeof buffer) <= 0) {
                in->setEnabled(false);
                QCoreApplication::quit();
            }
        });
    }
    return app.exec();
}
