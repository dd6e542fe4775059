#include "filepreviewloader.h"

#include "api/apicall.h"
#include "api/apiclient.h"

#include <QLocale>

FilePreviewLoader::FilePreviewLoader(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

FilePreviewLoader::~FilePreviewLoader()
{
    cancelCall();
}

FilePreviewLoader::Kind FilePreviewLoader::kindOf(const FileInfo &file)
{
    if (file.isNull())
        return Kind::None;
    const QString type = file.contentType().trimmed().toLower();
    if (file.type() == FileType::Fax || file.type() == FileType::FaxOutgoing || type == QLatin1String("application/pdf")
        || (type.isEmpty() && file.fileName().endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)))
        return Kind::Pdf;
    if (type.startsWith(QLatin1String("image/")))
        return Kind::Image;
    return Kind::None;
}

void FilePreviewLoader::load(const FileInfo &file)
{
    const Kind kind = kindOf(file);
    if (kind == Kind::None) {
        clear();
        return;
    }
    if (!m_file.isNull() && m_file.id() == file.id() && m_kind == kind && (m_call || !m_data.isEmpty()))
        return;
    cancelCall();
    ++m_generation;
    m_file = file;
    m_kind = kind;
    m_data.clear();
    emit started(file, kind);
    if (file.contentLength() > m_maxBytes) {
        emit failed(tr("The file is too large to preview (%1).").arg(QLocale().formattedDataSize(file.contentLength())));
        return;
    }
    if (!file.uri().isValid() || file.uri().isEmpty()) {
        refreshUri();   // a record without its uri: ask for it
        return;
    }
    startDownload(file.uri(), true);
}

void FilePreviewLoader::clear()
{
    const bool had = !m_file.isNull();
    cancelCall();
    ++m_generation;
    m_file = FileInfo();
    m_kind = Kind::None;
    m_data.clear();
    if (had)
        emit cleared();
}

void FilePreviewLoader::cancelCall()
{
    if (m_call)
        m_call->cancel();
    m_call = nullptr;
    if (m_buffer.isOpen())
        m_buffer.close();
}

bool FilePreviewLoader::isStorageUri(const QUrl &uri) const
{
    const QUrl api = m_client->server();
    const QUrl resolved = api.resolved(uri);
    return resolved.host() != api.host() || resolved.port() != api.port() || resolved.scheme() != api.scheme();
}

void FilePreviewLoader::startDownload(const QUrl &uri, bool mayRefresh)
{
    m_buffer.close();
    m_buffer.setData(QByteArray());
    m_buffer.open(QIODevice::WriteOnly);
    const quint64 generation = m_generation;
    m_call = m_client->download(uri, &m_buffer, 0, this,
                                [this, generation, mayRefresh, storage = isStorageUri(uri)](const ApiResult<qint64> &r) {
        if (generation != m_generation)
            return;
        m_call = nullptr;
        onDownloaded(r.error, mayRefresh && storage);
    });
    if (m_call) {
        connect(m_call, &ApiCall::progress, this, [this, generation](qint64 received, qint64 total) {
            if (generation == m_generation)
                emit progress(received, total);
        });
    }
}

void FilePreviewLoader::onDownloaded(const ApiError &error, bool mayRefresh)
{
    if (!error.isError()) {
        m_buffer.close();
        m_data = m_buffer.data();
        m_buffer.setData(QByteArray());
        emit loaded(m_data);
        return;
    }
    m_buffer.close();
    // An expired pre-signed URL: ask the API for a fresh one, once.
    if (mayRefresh && error.httpStatus() >= 400 && error.httpStatus() < 500) {
        refreshUri();
        return;
    }
    emit failed(tr("The file could not be downloaded: %1").arg(error.userText()));
}

void FilePreviewLoader::refreshUri()
{
    const quint64 generation = m_generation;
    m_call = m_client->getFile(m_file.id(), this, [this, generation](const ApiResult<FileInfo> &r) {
        if (generation != m_generation)
            return;
        m_call = nullptr;
        if (!r.ok()) {
            emit failed(tr("The file could not be downloaded: %1").arg(r.error.userText()));
            return;
        }
        if (!r.value.uri().isValid() || r.value.uri().isEmpty()) {
            emit failed(tr("The server gives no address for this file."));
            return;
        }
        startDownload(r.value.uri(), false);
    });
}
