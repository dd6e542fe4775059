#include "filelistcommand.h"

#include "fileformatter.h"
#include "api/filepager.h"
#include "tablewriter.h"

#include <cstdio>

FileListCommand::FileListCommand(ApiClient *client, const CliOptions &options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_options(options)
{
}

void FileListCommand::run()
{
    if (m_options.limit < 0) {
        m_client->listFiles(m_options.query, this, [this](const ApiResult<ListPage<FileInfo>> &r) {
            if (!r.ok()) {
                fail(r.error);
                return;
            }
            m_files = r.value.items;
            print();
        });
        return;
    }
    auto *pager = new FilePager(m_client, m_options.query, this);
    pager->setLimit(m_options.limit);
    connect(pager, &FilePager::itemsReady, this, [this](const QList<FileInfo> &items) { m_files += items; });
    connect(pager, &FilePager::finished, this, [this](const ApiError &error) {
        if (error.isError())
            fail(error);
        else
            print();
    });
    pager->start();
}

void FileListCommand::fail(const ApiError &error)
{
    std::fprintf(stderr, "evovoice-cli: %s\n", qPrintable(error.userText()));
    emit finished(CliOptions::ExitError);
}

void FileListCommand::print()
{
    const QByteArray out = FileFormatter::format(m_files, m_options.format, TableWriter::terminalWidth(), !m_options.rawCsv);
    std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
    std::fflush(stdout);
    emit finished(CliOptions::ExitOk);
}
