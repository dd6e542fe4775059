#include "exportcliflags.h"

#include "clioptions.h"

#include <QCoreApplication>

#include <algorithm>

namespace {

// Takes "--name VALUE" or "--name=VALUE" out of args; true when it was there.
bool takeValue(QStringList &args, const QString &name, QString *value, QString *error)
{
    const QString flag = QStringLiteral("--") + name;
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == flag) {
            if (i + 1 >= args.size()) {
                *error = QCoreApplication::translate("ExportCliFlags", "%1 needs a value.").arg(flag);
                return false;
            }
            *value = args.at(i + 1);
            args.remove(i, 2);
            return true;
        }
        if (args.at(i).startsWith(flag + QLatin1Char('='))) {
            *value = args.at(i).mid(flag.size() + 1);
            args.removeAt(i);
            return true;
        }
    }
    return false;
}

bool takeSwitch(QStringList &args, const QString &name)
{
    return args.removeAll(QStringLiteral("--") + name) > 0;
}

} // namespace

QString ExportCliFlags::helpText(const QString &sub)
{
    if (sub == QLatin1String("export"))
        return tr("\nExport (every file the filters match, all pages):\n"
                  "  --output FILE       where the metadata goes (\"-\" = stdout)\n"
                  "  --format csv|json   CSV (default) or JSON\n"
                  "  --columns LIST      CSV columns in order, API names: id,dateCreated,fileName,...\n"
                  "  --bom               start the CSV with a UTF-8 BOM (for Excel)\n"
                  "  --raw-csv           do not neutralise cells starting with = + - @ (machine consumers)\n"
                  "  --quiet             no progress on stderr\n"
                  "Exit code 1 when a page could not be read.\n");
    return tr("\nDownload (every file the filters match, all pages):\n"
              "  --dest DIR          the folder (created; gets manifest.csv)\n"
              "  --template T        file names, e.g. {dateCreated:yyyyMMdd-HHmmss}_{type}_{fromAddress}_{id}.{ext}\n"
              "  --subfolders S      none, account, customer or date\n"
              "  --jobs N            parallel downloads, 1..16\n"
              "  --transcripts       also write <name>.txt with the transcription and AI transcription\n"
              "  --transcripts-only  only the transcripts, no media\n"
              "  --quiet             no progress on stderr\n"
              "Files already complete from an earlier run (manifest.csv) are skipped; exit code 1 when any file failed.\n");
}

bool ExportCliFlags::parse(CliOptions &options, const QString &sub, QStringList args)
{
    QString error;
    QString value;
    const bool isExport = sub == QLatin1String("export");
    quiet = takeSwitch(args, QStringLiteral("quiet"));
    if (isExport) {
        takeValue(args, QStringLiteral("output"), &output, &error);
        takeValue(args, QStringLiteral("columns"), &columns, &error);
        bom = takeSwitch(args, QStringLiteral("bom"));
    } else {
        takeValue(args, QStringLiteral("dest"), &dest, &error);
        takeValue(args, QStringLiteral("template"), &nameTemplate, &error);
        takeValue(args, QStringLiteral("subfolders"), &subfolders, &error);
        if (takeValue(args, QStringLiteral("jobs"), &value, &error)) {
            bool ok = false;
            jobs = value.toInt(&ok);
            if (!ok || jobs < 1 || jobs > 16)
                error = tr("--jobs: \"%1\" is not a number from 1 to 16.").arg(value);
        }
        transcripts = takeSwitch(args, QStringLiteral("transcripts"));
        if (takeSwitch(args, QStringLiteral("transcripts-only"))) {
            transcripts = true;
            noMedia = true;
        }
        subfolders = subfolders.toLower();
        if (!subfolders.isEmpty() && !QStringList{QStringLiteral("none"), QStringLiteral("account"),
                                                  QStringLiteral("customer"), QStringLiteral("date")}
                                          .contains(subfolders))
            error = tr("--subfolders: \"%1\" is not none, account, customer or date.").arg(subfolders);
    }
    if (!error.isEmpty()) {
        options.error = error;
        return false;
    }
    const bool formatGiven = args.contains(QStringLiteral("--format"))
        || std::any_of(args.begin(), args.end(), [](const QString &a) { return a.startsWith(QLatin1String("--format=")); });
    if (!options.parseFilesList(args))
        return false;
    if (options.command == CliOptions::Command::Help) {
        options.helpText.replace(QLatin1String("List files. Without --limit one page is printed; with --limit N the pages are walked until N files (0 = all)."),
                                 isExport ? tr("Export the metadata of every file the filters match.")
                                          : tr("Download every file the filters match."));
        options.helpText += helpText(sub);
        return true;
    }
    if (options.limit < 0)
        options.limit = 0;  // every page
    if (isExport) {
        options.command = CliOptions::Command::FilesExport;
        if (!formatGiven)
            options.format = CliOptions::Format::Csv;
        if (options.format == CliOptions::Format::Table) {
            options.error = tr("files export: --format is csv or json.");
            return false;
        }
        if (output.isEmpty()) {
            options.error = tr("files export needs --output FILE (or --output - for stdout).");
            return false;
        }
    } else {
        options.command = CliOptions::Command::FilesDownload;
        if (dest.isEmpty()) {
            options.error = tr("files download needs --dest DIR.");
            return false;
        }
    }
    return true;
}
