#pragma once

#include "exportcliflags.h"
#include "api/filequery.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

// The command line of evovoice-cli: which command, the connection (server, user, where the
// password comes from) and the command's own options. The password is never an argument.
class CliOptions final
{
    Q_DECLARE_TR_FUNCTIONS(CliOptions)
public:
    enum class Command { None, Help, FilesList, FilesGet, FilesExport, FilesDownload };
    enum class Format { Table, Csv, Json };
    enum Exit { ExitOk = 0, ExitError = 1, ExitUsage = 2 };

    // Parses arguments (without the program name). On failure returns false and sets error();
    // helpText() is set when --help was asked for (Command::Help).
    bool parse(const QStringList &arguments);

    Command command = Command::None;
    QString error;
    QString helpText;

    QUrl server;
    QString user;
    bool passwordFromStdin = false;
    Format format = Format::Table;

    // files list
    FileQuery query;
    qint64 limit = -1;            // -1: one page; 0: every page; N: at most N files
    bool pageGiven = false;
    bool rawCsv = false;          // --raw-csv: formula cells not neutralised (machine consumers)
    // files get
    QString fileId;
    // files export / files download (app/cli/exportcliflags.h)
    ExportCliFlags exportFlags;

    static QString topHelp();
    static QStringList hoistConnectionOptions(const QStringList &arguments);

private:
    friend class ExportCliFlags;  // files export/download reuse the filter flags of files list
    bool parseFilesList(const QStringList &arguments);
    bool parseFilesGet(const QStringList &arguments);
    static QList<QCommandLineOption> connectionOptions();  // and --help
    void addConnectionOptions(QCommandLineParser &parser);
    // Parses; false (with error) on a bad option; sets Command::Help when --help was given.
    // usage: the help's first line after "Usage: "; commandOptions: the command's own options
    // (the connection options and --help follow them in the help).
    bool runParser(QCommandLineParser &parser, const QStringList &arguments);
    bool runParser(QCommandLineParser &parser, const QStringList &arguments, const QString &usage,
                   const QList<QCommandLineOption> &commandOptions);
    bool readConnection(const QCommandLineParser &parser);
    bool refusePasswordArgument(const QStringList &arguments);
};
