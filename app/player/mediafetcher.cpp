#include "mediafetcher.h"

#include "apiclient.h"
#include "mediacache.h"

#include <QTemporaryDir>

MediaFetcher::MediaFetcher(ApiClient *client, MediaCache *cache, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_cache(cache)
{
}

MediaFetcher::~MediaFetcher()
{
    cancel();
}

void MediaFetcher::cancel()
{
    ++m_generation;
    if (m_call)
        m_call->cancel();
    m_call = nullptr;
    if (m_out.isOpen()) {
        m_out.close();
        if (!m_complete && m_cache && !m_file.isNull())
            m_cache->discardPartial(m_file.id(), m_file.contentLength());
    }
    m_path.clear();
    m_received = 0;
    m_total = -1;
    m_complete = false;
    m_fromCache = false;
}

void MediaFetcher::fetch(const FileInfo &file)
{
    cancel();
    m_file = file;
    m_refreshed = false;
    if (m_cache) {
        const QString hit = m_cache->lookup(file.id(), file.contentLength());
        if (!hit.isEmpty()) {
            m_path = hit;
            m_fromCache = true;
            m_complete = true;
            m_received = m_total = QFile(hit).size();
            emit started(hit);
            emit progress(m_received, m_total);
            emit finished(hit);
            return;
        }
    }
    startDownload(file.uri());
}

bool MediaFetcher::isStorageUri(const QUrl &uri) const
{
    const QUrl api = m_client->server();
    return uri.scheme() != api.scheme() || uri.host() != api.host() || uri.port(-1) != api.port(-1);
}

void MediaFetcher::startDownload(const QUrl &uri)
{
    const quint64 generation = ++m_generation;
    if (m_cache) {
        m_path = m_cache->partialPath(m_file.id(), m_file.contentLength());
    } else {
        if (!m_tempDir)
            m_tempDir = std::make_unique<QTemporaryDir>();
        m_path = m_tempDir->filePath(QStringLiteral("download.part"));
    }
    m_out.close();
    m_out.setFileName(m_path);
    if (!m_out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        const QString text = tr("The download could not be saved: %1").arg(m_out.errorString());
        QMetaObject::invokeMethod(this, [this, generation, text]() {
            if (generation == m_generation)
                emit failed(text);
        }, Qt::QueuedConnection);
        return;
    }
    m_received = 0;
    m_total = m_file.contentLength();
    emit started(m_path);
    m_call = m_client->download(uri, &m_out, 0, this, [this, generation](const ApiResult<qint64> &r) {
        if (generation != m_generation)
            return;
        m_call = nullptr;
        onDone(r.ok(), r.error.httpStatus(), r.error.userText());
    });
    if (m_call) {
        connect(m_call, &ApiCall::progress, this, [this, generation](qint64 received, qint64 total) {
            if (generation != m_generation)
                return;
            m_out.flush(); // the player reads the same file through its own handle
            m_received = received;
            if (total > 0)
                m_total = total;
            emit progress(m_received, m_total);
        });
    }
}

void MediaFetcher::onDone(bool ok, int httpStatus, const QString &text)
{
    if (!ok) {
        const QUrl uri = m_file.uri();
        if (!m_refreshed && httpStatus >= 400 && httpStatus < 500 && isStorageUri(uri)) {
            // The pre-signed URL has expired (or was refused): ask for a fresh one, once.
            m_refreshed = true;
            const quint64 generation = ++m_generation;
            m_client->getFile(m_file.id(), this, [this, generation](const ApiResult<FileInfo> &r) {
                if (generation != m_generation)
                    return;
                if (!r.ok() || r.value.uri().isEmpty()) {
                    m_out.close();
                    emit failed(tr("The file could not be fetched again: %1").arg(r.error.userText()));
                    return;
                }
                m_file = r.value;
                startDownload(r.value.uri());
            });
            return;
        }
        m_out.close();
        if (m_cache)
            m_cache->discardPartial(m_file.id(), m_file.contentLength());
        emit failed(tr("The download failed: %1").arg(text));
        return;
    }
    m_out.flush();
    m_out.close();
    m_received = QFile(m_path).size();
    m_total = m_received;
    m_complete = true;
    if (m_cache) {
        const QString entry = m_cache->commit(m_file.id(), m_file.contentLength());
        if (!entry.isEmpty())
            m_path = entry;
    }
    emit progress(m_received, m_total);
    emit finished(m_path);
}
