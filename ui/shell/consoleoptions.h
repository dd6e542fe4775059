#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// The console's command line: the CLI's connection options (--server URL, --user EMAIL, the
// password from EVOVOICE_PASSWORD) for scripted starts, --demo, --help and --version.
struct ConsoleOptions
{
    Q_DECLARE_TR_FUNCTIONS(ConsoleOptions)
public:
    QString server;
    QString user;
    QString password;        // from the environment only, never from the command line
    bool demo = false;

    enum class Outcome { Run, Help, Version, Error };
    // Parses arguments (argv[0] first). For Help/Version/Error, *text is what to print.
    static Outcome parse(const QStringList &arguments, ConsoleOptions *options, QString *text);
    bool isScripted() const { return !server.isEmpty() || !user.isEmpty(); }
};
