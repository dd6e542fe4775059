#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class CliOptions;

// The options of `files export` and `files download` on top of every filter flag of `files list`
// (which CliOptions parses): taken out of the arguments first, the rest goes to the list parser.
class ExportCliFlags final
{
    Q_DECLARE_TR_FUNCTIONS(ExportCliFlags)

public:
    // files export
    QString output;               // FILE, or "-" for stdout
    QString columns;              // comma list of column names (empty = all)
    bool bom = false;
    // files download
    QString dest;
    QString nameTemplate;         // empty = ConsoleSettings::defaultNameTemplate()
    int jobs = 0;                 // 0 = ConsoleSettings::downloadJobs()
    bool transcripts = false;
    bool noMedia = false;         // --transcripts-only
    QString subfolders;           // none | account | customer | date
    bool quiet = false;           // no progress on stderr

    // Parses `files SUB args` (args[0] is the program name) into options; false with options.error.
    bool parse(CliOptions &options, const QString &sub, QStringList arguments);
    static QString helpText(const QString &sub);
};
