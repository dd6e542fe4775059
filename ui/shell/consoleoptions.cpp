#include "consoleoptions.h"

#include "consoleversion.h"

#include <QCommandLineParser>

ConsoleOptions::Outcome ConsoleOptions::parse(const QStringList &arguments, ConsoleOptions *options, QString *text)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("EvoVoice Files Console: browse, filter and inspect the files of the EvoVoice API.\n"
           "Without options it signs in with a remembered session or asks."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")}, tr("Show the version."));
    const QCommandLineOption server(QStringLiteral("server"),
                                    tr("The API's address (default https://evovoice.io)."), tr("URL"));
    const QCommandLineOption user(QStringLiteral("user"),
                                  tr("Sign in as EMAIL without the dialog; the password comes from the "
                                     "environment variable EVOVOICE_PASSWORD."),
                                  tr("EMAIL"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  tr("Start the bundled simulator (evovoice-sim) and sign in to it as "
                                     "the demo manager."));
    parser.addOptions({help, version, server, user, demo});
    parser.addPositionalArgument(QStringLiteral("LINK"),
                                 tr("An evovoice: link or a filter's text form to open (a running console "
                                    "is handed the link and comes to the front)."),
                                 QStringLiteral("[LINK]"));

    const QString program = arguments.value(0, QStringLiteral("evovoice-console"));
    auto helpText = [&] {
        QString t = parser.helpText();
        t.replace(QStringLiteral("<executable_name>"), program);
        return t + tr("\nEnvironment:\n  EVOVOICE_PASSWORD  the password for --user (never stored)\n");
    };
    if (!parser.parse(arguments)) {
        *text = parser.errorText() + QLatin1Char('\n') + helpText();
        return Outcome::Error;
    }
    if (parser.isSet(help)) {
        *text = helpText();
        return Outcome::Help;
    }
    if (parser.isSet(version)) {
        *text = QStringLiteral("evovoice-console %1\n").arg(QString::fromLatin1(kConsoleVersion));
        return Outcome::Version;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1 || (positional.size() == 1 && !ConsoleLink::looksLikeLink(positional.first()))) {
        *text = tr("Unexpected argument: %1\n").arg(positional.value(positional.size() > 1 ? 1 : 0)) + helpText();
        return Outcome::Error;
    }
    if (positional.size() == 1) {
        QString why;
        options->linkText = positional.first();
        options->link = ConsoleLink::parse(positional.first(), &why);
        if (!options->link) {
            options->linkError = why;
            *text = tr("Cannot open the link: %1\n").arg(why);
            return Outcome::Error;
        }
    }
    options->server = parser.value(server);
    options->user = parser.value(user);
    options->demo = parser.isSet(demo);
    options->password = qEnvironmentVariable("EVOVOICE_PASSWORD");
    if (options->demo && options->isScripted()) {
        *text = tr("--demo cannot be combined with --server or --user.\n");
        return Outcome::Error;
    }
    return Outcome::Run;
}
