// evovoice-cli: list and show EvoVoice files from a shell. Exit codes: 0 ok, 1 error, 2 usage.
#include "api/apiclient.h"
#include "cliconnection.h"
#include "clioptions.h"
#include "evovoiceversion.h"
#include "fileexportcommand.h"
#include "filegetcommand.h"
#include "filelistcommand.h"
#include "i18n/languagemanager.h"

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("evovoice-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EVOVOICE_VERSION));
    const QStringList given = QCoreApplication::arguments().mid(1);
    if (given.size() == 1 && (given.first() == QLatin1String("--version") || given.first() == QLatin1String("-V"))) {
        std::printf("evovoice-cli %s\n", EVOVOICE_VERSION);
        return CliOptions::ExitOk;
    }
    // Messages, help and the table's numbers in the system's language (LANGUAGE, LC_ALL, LANG).
    LanguageManager language;
    language.setLanguage(QString());

    CliOptions options;
    if (!options.parse(QCoreApplication::arguments().mid(1))) {
        std::fprintf(stderr, "evovoice-cli: %s\n", qPrintable(options.error));
        return CliOptions::ExitUsage;
    }
    if (options.command == CliOptions::Command::Help) {
        std::fputs(qPrintable(options.helpText), stdout);
        return CliOptions::ExitOk;
    }

    ApiClient client;
    CliConnection connection(&client, options);
    int exitCode = CliOptions::ExitError;
    auto quit = [&exitCode](int code) {
        exitCode = code;
        QCoreApplication::exit(code);
    };
    QTimer::singleShot(0, &app, [&] {
        connection.signIn([&](int code, const QString &message) {
            if (code != CliOptions::ExitOk) {
                std::fprintf(stderr, "evovoice-cli: %s\n", qPrintable(message));
                quit(code);
                return;
            }
            if (options.command == CliOptions::Command::FilesExport
                || options.command == CliOptions::Command::FilesDownload) {
                auto *command = new FileExportCommand(&client, options, &app);
                QObject::connect(command, &FileExportCommand::finished, &app, quit);
                command->run();
            } else if (options.command == CliOptions::Command::FilesList) {
                auto *command = new FileListCommand(&client, options, &app);
                QObject::connect(command, &FileListCommand::finished, &app, quit);
                command->run();
            } else {
                auto *command = new FileGetCommand(&client, options, &app);
                QObject::connect(command, &FileGetCommand::finished, &app, quit);
                command->run();
            }
        });
    });
    app.exec();
    return exitCode;
}
