#include "exportmetadatawriter.h"

#include "exportjob.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cstdio>

ExportMetadataWriter::ExportMetadataWriter(const ExportOptions &options)
    : m_options(options)
{
}

ExportMetadataWriter::~ExportMetadataWriter()
{
    if (auto *save = qobject_cast<QSaveFile *>(m_out.get()))
        save->cancelWriting();
}

bool ExportMetadataWriter::open()
{
    const bool isCsv = m_options.metadataFormat == ExportOptions::MetadataFormat::Csv;
    QString path = m_options.metadataPath;
    if (path.isEmpty())
        path = QDir(m_options.folder).filePath(isCsv ? QStringLiteral("files.csv") : QStringLiteral("files.json"));
    if (path == QLatin1String("-")) {
        auto out = std::make_unique<QFile>();
        if (!out->open(stdout, QIODevice::WriteOnly)) {
            m_error = out->errorString();
            return false;
        }
        m_out = std::move(out);
    } else {
        path = QFileInfo(path).absoluteFilePath();
        QDir().mkpath(QFileInfo(path).absolutePath());
        auto out = std::make_unique<QSaveFile>(path);
        if (!out->open(QIODevice::WriteOnly)) {
            m_error = ExportJob::tr("The metadata file \"%1\" could not be written: %2").arg(path, out->errorString());
            return false;
        }
        m_out = std::move(out);
        m_path = path;
    }
    if (isCsv) {
        FileCsvWriter::Options o;
        o.columns = m_options.columns;
        o.bom = m_options.csvBom;
        o.neutraliseFormulas = m_options.neutraliseFormulas;
        m_csv.emplace(o);
        m_csv->writeHeader(m_out.get());
    } else {
        m_json.emplace(m_out.get());
        m_json->begin();
    }
    return true;
}

void ExportMetadataWriter::write(const FileInfo &file, const QByteArray &raw)
{
    if (!m_out)
        return;
    const bool ok = m_csv ? m_csv->writeRow(m_out.get(), file) : m_json->item(file, raw);
    if (!ok && m_error.isEmpty())
        m_error = ExportJob::tr("The metadata file could not be written: %1").arg(m_out->errorString());
}

void ExportMetadataWriter::writePage(const QList<FileInfo> &files, const QList<QByteArray> &raws)
{
    if (!m_out)
        return;
    if (!m_csv) {
        for (qsizetype i = 0; i < files.size(); ++i)
            write(files.at(i), raws.value(i));
        return;
    }
    if (!m_csv->writeRows(m_out.get(), files) && m_error.isEmpty())
        m_error = ExportJob::tr("The metadata file could not be written: %1").arg(m_out->errorString());
}

bool ExportMetadataWriter::finish(bool complete)
{
    if (!m_out)
        return false;
    if (m_json)
        m_json->end();
    bool kept = true;
    if (auto *save = qobject_cast<QSaveFile *>(m_out.get())) {
        if (complete && m_error.isEmpty()) {
            kept = save->commit();
            if (!kept)
                m_error = ExportJob::tr("The metadata file could not be saved: %1").arg(save->errorString());
        } else {
            save->cancelWriting();
            save->commit();
            kept = false;
        }
    } else {
        static_cast<QFile *>(m_out.get())->flush();
    }
    m_out.reset();
    return kept;
}
