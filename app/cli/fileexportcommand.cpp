#include "fileexportcommand.h"

#include "api/apiclient.h"
#include "settings/consolesettings.h"
#include "export/exportjob.h"
#include "export/filecsvwriter.h"

#include <cstdio>

FileExportCommand::FileExportCommand(ApiClient *client, const CliOptions &options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_options(options)
{
}

void FileExportCommand::run()
{
    const ExportCliFlags &flags = m_options.exportFlags;
    ExportOptions o;
    o.source = ExportOptions::Source::AllMatching;
    o.query = m_options.query;
    if (!o.query.specificIds.isEmpty()) {
        o.source = ExportOptions::Source::Ids;
        o.ids = o.query.specificIds;
        o.query.specificIds.clear();
    }
    if (m_options.command == CliOptions::Command::FilesExport) {
        o.metadataFormat = m_options.format == CliOptions::Format::Json ? ExportOptions::MetadataFormat::Json
                                                                         : ExportOptions::MetadataFormat::Csv;
        o.metadataPath = flags.output;
        o.csvBom = flags.bom;
        o.neutraliseFormulas = !m_options.rawCsv;
        if (!flags.columns.isEmpty()) {
            QString error;
            if (!FileCsvWriter::parseColumns(flags.columns, &o.columns, &error)) {
                std::fprintf(stderr, "evovoice-cli: --columns: %s\n", qPrintable(error));
                emit finished(CliOptions::ExitUsage);
                return;
            }
        }
    } else {
        o.folder = flags.dest;
        o.media = !flags.noMedia;
        o.transcripts = flags.transcripts;
        o.nameTemplate = flags.nameTemplate;
        o.jobs = flags.jobs > 0 ? flags.jobs : ConsoleSettings().downloadJobs();
        if (flags.subfolders == QLatin1String("account"))
            o.subfolders = ExportOptions::Subfolders::Account;
        else if (flags.subfolders == QLatin1String("customer"))
            o.subfolders = ExportOptions::Subfolders::Customer;
        else if (flags.subfolders == QLatin1String("date"))
            o.subfolders = ExportOptions::Subfolders::Date;
    }
    const QString invalid = o.validate();
    if (!invalid.isEmpty()) {
        std::fprintf(stderr, "evovoice-cli: %s\n", qPrintable(invalid));
        emit finished(CliOptions::ExitUsage);
        return;
    }
    m_quiet = flags.quiet;
    auto *job = new ExportJob(m_client, o, this);
    if (!m_quiet)
        connect(job, &ExportJob::progressChanged, this, [this](const ExportProgress &p) { m_progress.update(p); });
    connect(job, &ExportJob::finished, this, &FileExportCommand::onFinished);
    job->start();
}

void FileExportCommand::onFinished(const ExportSummary &s)
{
    if (!m_quiet)
        m_progress.done();
    for (const ExportFailure &f : s.failures)
        std::fprintf(stderr, "evovoice-cli: failed: %s %s: %s\n", qPrintable(f.id), qPrintable(f.path), qPrintable(f.reason));
    if (!s.totalChangedNote.isEmpty())
        std::fprintf(stderr, "evovoice-cli: note: %s\n", qPrintable(s.totalChangedNote));
    if (!s.error.isEmpty())
        std::fprintf(stderr, "evovoice-cli: %s\n", qPrintable(s.error));
    if (!m_quiet || !s.ok()) {
        std::fprintf(stderr, "evovoice-cli: %s\n",
                     qPrintable(tr("%1 exported, %2 already complete, %3 failed%4")
                                    .arg(s.exported)
                                    .arg(s.skipped)
                                    .arg(s.failed)
                                    .arg(s.manifestPath.isEmpty() ? QString() : tr("; manifest: %1").arg(s.manifestPath))));
    }
    std::fflush(stderr);
    std::fflush(stdout);
    emit finished(s.ok() ? CliOptions::ExitOk : CliOptions::ExitError);
}
