#include "shell/consoleoptions.h"
#include "settings/consolesettings.h"
#include "shell/consoleshell.h"
#include "settings/credentialstore.h"
#include "i18n/languagemanager.h"
#include "links/singleinstance.h"
#include "shell/terminationwatcher.h"

#include <QApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTranslator>

#include <cstdio>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    // --help and --version need no display: answer them before QApplication exists, in the
    // language of the settings or the system (a QCoreApplication carries the translators).
    // Everything else is parsed after QApplication took its own options (-platform, ...).
    static const QStringList kNoDisplay{QStringLiteral("-h"), QStringLiteral("--help"), QStringLiteral("-v"),
                                        QStringLiteral("--version")};
    ConsoleOptions options;
    QString text;
    auto handle = [&](ConsoleOptions::Outcome outcome) {
        switch (outcome) {
        case ConsoleOptions::Outcome::Help:
        case ConsoleOptions::Outcome::Version:
            std::fputs(qPrintable(text), stdout);
            return 0;
        case ConsoleOptions::Outcome::Error:
            std::fputs(qPrintable(text), stderr);
            return 2;
        case ConsoleOptions::Outcome::Run:
            break;
        }
        return -1;
    };
    for (const QString &a : arguments.mid(1)) {
        if (kNoDisplay.contains(a)) {
            QCoreApplication core(argc, argv);
            LanguageManager language;
            language.setLanguage(ConsoleSettings().language());
            const int code = handle(ConsoleOptions::parse(arguments, &options, &text));
            if (code >= 0)
                return code;
        }
    }

    QApplication app(argc, argv);
    Q_INIT_RESOURCE(resources);  // the icons live in the static evovoice_ui library
    // The shell decides when to quit (the sign-in dialog closes before the window shows).
    QApplication::setQuitOnLastWindowClosed(false);
    QApplication::setOrganizationName(QStringLiteral("EvoVoice"));
    QApplication::setApplicationName(QStringLiteral("Files Console"));
    // Organisation and application name place the settings: never translated. The display name is.
    ConsoleSettings settings;
    // The interface language: the settings' choice, or the system's (LANGUAGE, LC_ALL, LANG).
    // LanguageManager::setLanguage() switches it at runtime; every widget retranslates itself.
    LanguageManager language;
    language.setLanguage(settings.language());
    QApplication::setApplicationDisplayName(QApplication::translate("main", "EvoVoice Files Console"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/evovoice-console.png")));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.evovoice.FilesConsole"));  // resources/linux/
    const int code = handle(ConsoleOptions::parse(QApplication::arguments(), &options, &text));
    if (code >= 0) {
        // A broken link, perhaps clicked in a browser: the running console says why in its window,
        // else a message box does (stderr has it too).
        if (!options.linkError.isEmpty() && !SingleInstance().sendToRunning(options.linkText))
            QMessageBox::warning(nullptr, QApplication::translate("main", "Cannot open the link"), options.linkError);
        return code;
    }
    // One console per user: a second start hands its link (or nothing: "come to the front") to
    // the running one. Demo and scripted starts are sessions of their own and never hand over.
    SingleInstance instance;
    if (!options.demo && !options.isScripted()
        && instance.sendToRunning(options.link ? options.link->toUrl() : QString())) {
        std::fputs(qPrintable(QApplication::translate("main", "evovoice-console: handed over to the running console.\n")),
                   stdout);
        return 0;
    }
    instance.listen();  // when another console listens already, this one just does not
    // The password was read from the environment; keep it out of child processes.
    qunsetenv("EVOVOICE_PASSWORD");

    TerminationWatcher watcher;
    QObject::connect(&watcher, &TerminationWatcher::terminationRequested, &app, [] { QApplication::quit(); });

    CredentialStore store;
    ConsoleShell shell(&settings, &store);
    QObject::connect(&shell, &ConsoleShell::quitRequested, &app, [](int exitCode) { QApplication::exit(exitCode); });
    QObject::connect(&instance, &SingleInstance::messageReceived, &shell, &ConsoleShell::openLinkText);
    shell.start(options);
    return app.exec();
}
