#pragma once

#include "links/consolelink.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

// The console's command line: the CLI's connection options (--server URL, --user EMAIL, the
// password from EVOVOICE_PASSWORD) for scripted starts, --demo, --help, --version and one LINK
// to open (a colleague's evovoice: link or a filter's text form).
struct ConsoleOptions
{
    Q_DECLARE_TR_FUNCTIONS(ConsoleOptions)
public:
    QString server;
    QString user;
    QString password;        // from the environment only, never from the command line
    bool demo = false;
    std::optional<ConsoleLink> link;  // a LINK argument (evovoice: URL or filter text form)
    QString linkError;                // why the LINK argument was refused (Outcome::Error)
    QString linkText;                 // the LINK argument as given

    enum class Outcome { Run, Help, Version, Error };
    // Parses arguments (argv[0] first). For Help/Version/Error, *text is what to print.
    static Outcome parse(const QStringList &arguments, ConsoleOptions *options, QString *text);
    bool isScripted() const { return !server.isEmpty() || !user.isEmpty(); }
};
