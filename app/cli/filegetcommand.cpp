#include "filegetcommand.h"

#include "fileformatter.h"
#include "tablewriter.h"

#include <cstdio>

FileGetCommand::FileGetCommand(ApiClient *client, const CliOptions &options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_options(options)
{
}

void FileGetCommand::run()
{
    m_client->getFile(m_options.fileId, this, [this](const ApiResult<FileInfo> &r) {
        if (!r.ok()) {
            std::fprintf(stderr, "evovoice-cli: %s\n", qPrintable(r.error.userText()));
            emit finished(CliOptions::ExitError);
            return;
        }
        const QByteArray out = FileFormatter::formatOne(r.value, m_options.format, TableWriter::terminalWidth(),
                                                        !m_options.rawCsv);
        std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
        std::fflush(stdout);
        emit finished(CliOptions::ExitOk);
    });
}
