#include "clioptions.h"

#include "clihelp.h"
#include "api/isodate.h"

#include <QProcessEnvironment>

namespace {

QCommandLineOption opt(const QStringList &names, const QString &description, const QString &valueName = {})
{
    return QCommandLineOption(names, description, valueName);
}

} // namespace

QString CliOptions::topHelp()
{
    return tr("Usage: evovoice-cli COMMAND [options]\n"
              "\n"
              "Commands:\n"
              "  files list    List files (one flag per filter of the API's ListFiles)\n"
              "  files get ID  Show one file's fields\n"
              "\n"
              "Connection (every command):\n"
              "  --server URL        the API (or EVOVOICE_SERVER), e.g. https://evovoice.io\n"
              "  --user EMAIL        the user (or EVOVOICE_USER)\n"
              "  --password-stdin    read the password from the first line of stdin\n"
              "                      (otherwise EVOVOICE_PASSWORD; never as an argument)\n"
              "\n"
              "  --version           show the version and exit\n"
              "\n"
              "Run 'evovoice-cli files list --help' or 'evovoice-cli files get --help' for details.\n"
              "Exit codes: 0 ok, 1 error, 2 usage.\n");
}

bool CliOptions::refusePasswordArgument(const QStringList &arguments)
{
    for (const QString &a : arguments) {
        if (a == QLatin1String("--password") || a.startsWith(QLatin1String("--password=")) || a == QLatin1String("-p")) {
            error = tr("A password is never accepted as an argument (it would show in the process list and "
                       "the shell history): set EVOVOICE_PASSWORD or use --password-stdin.");
            return true;
        }
    }
    return false;
}

// Connection options may come before the command too ("evovoice-cli --server URL files list"):
// moves them behind "files list"/"files get" where the subcommand's parser reads them.
QStringList CliOptions::hoistConnectionOptions(const QStringList &arguments)
{
    static const QStringList withValue{QStringLiteral("--server"), QStringLiteral("--user"), QStringLiteral("--format")};
    QStringList leading;
    int i = 0;
    while (i < arguments.size()) {
        const QString &a = arguments.at(i);
        const QString name = a.section(QLatin1Char('='), 0, 0);
        if (a == QLatin1String("--password-stdin") || (withValue.contains(name) && a.contains(QLatin1Char('=')))) {
            leading << a;
            ++i;
        } else if (withValue.contains(a) && i + 1 < arguments.size()) {
            leading << a << arguments.at(i + 1);
            i += 2;
        } else {
            break;
        }
    }
    if (leading.isEmpty())
        return arguments;
    QStringList rest = arguments.mid(i);
    const int commandWords = qMin<int>(2, int(rest.size()));
    QStringList result = rest.mid(0, commandWords);
    result << leading << rest.mid(commandWords);
    return result;
}

bool CliOptions::parse(const QStringList &givenArguments)
{
    const QStringList arguments = hoistConnectionOptions(givenArguments);
    if (refusePasswordArgument(arguments))
        return false;
    if (arguments.isEmpty()) {
        error = tr("No command given.") + QLatin1Char('\n') + topHelp();
        return false;
    }
    const QString first = arguments.at(0);
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help")) {
        command = Command::Help;
        helpText = topHelp();
        return true;
    }
    if (first != QLatin1String("files")) {
        error = tr("Unknown command \"%1\".").arg(first) + QLatin1Char('\n') + topHelp();
        return false;
    }
    if (arguments.size() < 2 || arguments.at(1) == QLatin1String("--help") || arguments.at(1) == QLatin1String("-h")) {
        if (arguments.size() >= 2) {
            command = Command::Help;
            helpText = topHelp();
            return true;
        }
        error = tr("\"files\" needs a subcommand: list or get.");
        return false;
    }
    const QString sub = arguments.at(1);
    QStringList rest = arguments.mid(2);
    rest.prepend(QStringLiteral("evovoice-cli"));
    rawCsv = rest.removeAll(QStringLiteral("--raw-csv")) > 0;
    if (sub == QLatin1String("list"))
        return parseFilesList(rest);
    if (sub == QLatin1String("export") || sub == QLatin1String("download"))
        return exportFlags.parse(*this, sub, rest);
    if (sub == QLatin1String("get"))
        return parseFilesGet(rest);
    error = tr("Unknown subcommand \"files %1\" (list or get).").arg(sub);
    return false;
}

QList<QCommandLineOption> CliOptions::connectionOptions()
{
    return {opt({QStringLiteral("server")}, tr("The API's URL (or EVOVOICE_SERVER)."), QStringLiteral("URL")),
            opt({QStringLiteral("user")}, tr("The user's e-mail (or EVOVOICE_USER)."), QStringLiteral("EMAIL")),
            opt({QStringLiteral("password-stdin")}, tr("Read the password from stdin (otherwise EVOVOICE_PASSWORD).")),
            opt({QStringLiteral("format")}, tr("Output: table (default), csv or json."), QStringLiteral("FORMAT")),
            CliHelp::helpOption()};
}

void CliOptions::addConnectionOptions(QCommandLineParser &parser)
{
    parser.addOptions(connectionOptions());
}

// For a command that does not list its options: Qt's help with the GNU usage line, without
// the full path and without --help-all.
bool CliOptions::runParser(QCommandLineParser &parser, const QStringList &arguments)
{
    if (!runParser(parser, arguments, QStringLiteral("evovoice-cli [OPTION]..."), {}))
        return false;
    if (command == Command::Help) {
        QStringList lines = parser.helpText().split(QLatin1Char('\n'));
        if (!lines.isEmpty())
            lines.first() = tr("Usage: %1").arg(QStringLiteral("evovoice-cli [OPTION]..."));
        lines.removeIf([](const QString &line) { return line.trimmed().startsWith(QLatin1String("--help-all")); });
        helpText = lines.join(QLatin1Char('\n'));
    }
    return true;
}

// usage: the command line after "Usage: " (e.g. "evovoice-cli files list [OPTION]...").
bool CliOptions::runParser(QCommandLineParser &parser, const QStringList &arguments, const QString &usage,
                           const QList<QCommandLineOption> &commandOptions)
{
    if (!parser.parse(arguments)) {
        error = parser.errorText();
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        command = Command::Help;
        helpText = CliHelp::text(usage, parser.applicationDescription(), commandOptions + connectionOptions());
    }
    return true;
}

bool CliOptions::readConnection(const QCommandLineParser &parser)
{
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString serverText = parser.isSet(QStringLiteral("server")) ? parser.value(QStringLiteral("server"))
                                                                      : env.value(QStringLiteral("EVOVOICE_SERVER"));
    user = parser.isSet(QStringLiteral("user")) ? parser.value(QStringLiteral("user")) : env.value(QStringLiteral("EVOVOICE_USER"));
    passwordFromStdin = parser.isSet(QStringLiteral("password-stdin"));
    if (serverText.isEmpty()) {
        error = tr("No server: give --server URL or set EVOVOICE_SERVER.");
        return false;
    }
    server = QUrl::fromUserInput(serverText);
    if (!server.isValid() || server.host().isEmpty()) {
        error = tr("--server: \"%1\" is not a URL.").arg(serverText);
        return false;
    }
    if (user.isEmpty()) {
        error = tr("No user: give --user EMAIL or set EVOVOICE_USER.");
        return false;
    }
    if (!passwordFromStdin && env.value(QStringLiteral("EVOVOICE_PASSWORD")).isEmpty()) {
        error = tr("No password: set EVOVOICE_PASSWORD or use --password-stdin.");
        return false;
    }
    const QString f = parser.value(QStringLiteral("format")).toLower();
    if (f.isEmpty() || f == QLatin1String("table"))
        format = Format::Table;
    else if (f == QLatin1String("csv"))
        format = Format::Csv;
    else if (f == QLatin1String("json"))
        format = Format::Json;
    else {
        error = tr("--format: \"%1\" is not table, csv or json.").arg(f);
        return false;
    }
    return true;
}

bool CliOptions::parseFilesList(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("List files. Without --limit one page is printed; with --limit N the pages are "
                                   "walked until N files (0 = all)."));
    addConnectionOptions(p);
    const QList<QCommandLineOption> listOptions{
        opt({QStringLiteral("query")}, tr("A saved query's text form (flags below override it)."), QStringLiteral("TEXT")),
        opt({QStringLiteral("account")}, tr("Account ID (repeatable): AccountIds."), QStringLiteral("ID")),
        opt({QStringLiteral("customer")}, tr("Customer ID (repeatable): CustomerIds."), QStringLiteral("ID")),
        opt({QStringLiteral("session")}, tr("Session ID: SessionId."), QStringLiteral("ID")),
        opt({QStringLiteral("file-name")}, tr("File name contains: FileName."), QStringLiteral("TEXT")),
        opt({QStringLiteral("content-type")}, tr("Content type contains: ContentType."), QStringLiteral("TEXT")),
        opt({QStringLiteral("type")}, tr("Upload, VoiceMessage, CallRecording, Fax, Attachment or FaxOutgoing."), QStringLiteral("TYPE")),
        opt({QStringLiteral("created-from")}, tr("Created at or after (ISO date or date-time; UTC unless an offset is given)."), QStringLiteral("DATE")),
        opt({QStringLiteral("created-to")}, tr("Created at or before (a bare date means the end of that day)."), QStringLiteral("DATE")),
        opt({QStringLiteral("agent")}, tr("The agent's user ID: UserId."), QStringLiteral("ID")),
        opt({QStringLiteral("transcription")}, tr("Transcription contains: TranscriptionContains."), QStringLiteral("TEXT")),
        opt({QStringLiteral("id")}, tr("A file ID (repeatable): SpecificIds."), QStringLiteral("ID")),
        opt({QStringLiteral("sort")}, tr("Sort field, a FileInfo property (DateCreated, FileName, ...)."), QStringLiteral("FIELD")),
        opt({QStringLiteral("descending")}, tr("Sort descending.")),
        opt({QStringLiteral("page-size")}, tr("Files per page: CountPerPage (default 200)."), QStringLiteral("N")),
        opt({QStringLiteral("page")}, tr("Zero-based page: Page."), QStringLiteral("N")),
        opt({QStringLiteral("all")}, tr("Ask the server for every file at once: All.")),
        opt({QStringLiteral("simplified-paging")}, tr("Skip the server's counts: SimplifiedPaging.")),
        opt({QStringLiteral("limit")}, tr("Walk the pages until N files are printed (0 = all of them)."), QStringLiteral("N")),
    };
    p.addOptions(listOptions);
    if (!runParser(p, arguments, QStringLiteral("evovoice-cli files list [OPTION]..."), listOptions))
        return false;
    if (command == Command::Help)
        return true;
    if (!p.positionalArguments().isEmpty()) {
        error = tr("Unexpected argument \"%1\".").arg(p.positionalArguments().first());
        return false;
    }
    command = Command::FilesList;
    if (p.isSet(QStringLiteral("query"))) {
        QString why;
        const auto q = FileQuery::fromText(p.value(QStringLiteral("query")), &why);
        if (!q) {
            error = tr("--query: %1").arg(why);
            return false;
        }
        query = *q;
    }
    auto text = [&p](const char *name) { return p.value(QLatin1String(name)); };
    auto isSet = [&p](const char *name) { return p.isSet(QLatin1String(name)); };
    if (isSet("account"))
        query.accountIds = p.values(QStringLiteral("account"));
    if (isSet("customer"))
        query.customerIds = p.values(QStringLiteral("customer"));
    if (isSet("session"))
        query.sessionId = text("session");
    if (isSet("file-name"))
        query.fileName = text("file-name");
    if (isSet("content-type"))
        query.contentType = text("content-type");
    if (isSet("type")) {
        const FileType t = fileTypeFromApiName(text("type"));
        if (t == FileType::Unknown) {
            error = tr("--type: \"%1\" is not one of Upload, VoiceMessage, CallRecording, Fax, Attachment, FaxOutgoing.")
                        .arg(text("type"));
            return false;
        }
        query.type = t;
    }
    for (const char *name : {"created-from", "created-to"}) {
        if (!isSet(name))
            continue;
        const bool to = qstrcmp(name, "created-to") == 0;
        const QDateTime dt = IsoDate::parseUserDate(text(name), to);
        if (!dt.isValid()) {
            error = tr("--%1: \"%2\" is not an ISO date or date-time (2026-11-28 or 2026-11-28T08:00:00Z).")
                        .arg(QLatin1String(name), text(name));
            return false;
        }
        (to ? query.dateCreatedEnd : query.dateCreatedStart) = dt;
    }
    if (isSet("agent"))
        query.userId = text("agent");
    if (isSet("transcription"))
        query.transcriptionContains = text("transcription");
    if (isSet("id"))
        query.specificIds = p.values(QStringLiteral("id"));
    if (isSet("sort")) {
        const FileField f = fileFieldFromApiName(text("sort"));
        if (f == FileField::Count || !fileFieldSortable(f)) {
            error = tr("--sort: \"%1\" is not a sortable file field (e.g. DateCreated, FileName, ContentLength, "
                       "RecordingDuration).").arg(text("sort"));
            return false;
        }
        query.sortField = fileFieldApiName(f);
        if (query.sortOrder == FileQuery::SortOrder::Unset)
            query.sortOrder = FileQuery::SortOrder::Ascend;
    }
    if (isSet("descending"))
        query.sortOrder = FileQuery::SortOrder::Descend;
    auto number = [&](const char *name, qint64 min, qint64 *out) {
        bool ok = false;
        const qint64 v = text(name).toLongLong(&ok);
        if (!ok || v < min || v > INT32_MAX) {
            error = tr("--%1: \"%2\" is not a number of at least %3.").arg(QLatin1String(name), text(name)).arg(min);
            return false;
        }
        *out = v;
        return true;
    };
    qint64 n = 0;
    if (isSet("page-size")) {
        if (!number("page-size", 1, &n))
            return false;
        query.countPerPage = int(n);
    }
    if (isSet("page")) {
        if (!number("page", 0, &n))
            return false;
        query.page = int(n);
        pageGiven = true;
    }
    if (isSet("all"))
        query.all = true;
    if (isSet("simplified-paging"))
        query.simplifiedPaging = true;
    limit = -1;
    if (isSet("limit") && !number("limit", 0, &limit))
        return false;
    return readConnection(p);
}

bool CliOptions::parseFilesGet(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Show one file's fields."));
    addConnectionOptions(p);
    p.addPositionalArgument(QStringLiteral("ID"), tr("The file's ID."));
    if (!runParser(p, arguments, QStringLiteral("evovoice-cli files get [OPTION]... ID"), {}))
        return false;
    if (command == Command::Help)
        return true;
    if (p.positionalArguments().size() != 1) {
        error = tr("files get needs exactly one file ID.");
        return false;
    }
    command = Command::FilesGet;
    fileId = p.positionalArguments().first();
    return readConnection(p);
}
