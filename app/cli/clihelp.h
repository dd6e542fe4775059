#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>

// A command's --help as GNU tools write it: "Usage: evovoice-cli files list [OPTION]...", the
// description, then one line per option ("  -h, --help", "      --file-name=TEXT") with its
// text aligned. (QCommandLineParser's own help names the binary by its full path and offers
// Qt's --help-all, which means nothing to a user.)
class CliHelp final
{
public:
    static QString text(const QString &usage, const QString &description, const QList<QCommandLineOption> &options);
    static QCommandLineOption helpOption();
};
