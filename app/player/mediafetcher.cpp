#include "mediafetcher.h"

#include "api/apiclient.h"
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
    m_ranges.clear();
    m_total = -1;
    m_complete = false;
    m_fromCache = false;
}

qint64 MediaFetcher::contiguousEnd(qint64 pos) const
{
    if (m_complete)
        return qMax(pos, m_total);
    return m_ranges.contiguousEnd(pos);
}

void MediaFetcher::fetch(const FileInfo &file)
{
    cancel();
    m_file = file;
    m_uri = file.uri();
    m_refreshed = false;
    m_requests = 0;
    if (m_cache) {
        const QString hit = m_cache->lookup(file.id(), file.contentLength());
        if (!hit.isEmpty()) {
            m_path = hit;
            m_fromCache = true;
            m_complete = true;
            m_total = QFile(hit).size();
            emit started(hit);
            emit progress(m_total, m_total);
            emit finished(hit);
            return;
        }
    }
    m_path = m_cache ? m_cache->partialPath(file.id(), file.contentLength()) : QString();
    if (!m_cache) {
        if (!m_tempDir)
            m_tempDir = std::make_unique<QTemporaryDir>();
        m_path = m_tempDir->filePath(QStringLiteral("download.part"));
    }
    m_out.setFileName(m_path);
    if (!m_out.open(QIODevice::ReadWrite | QIODevice::Truncate)) {
        const QString text = tr("The download could not be saved: %1").arg(m_out.errorString());
        const quint64 generation = m_generation;
        QMetaObject::invokeMethod(this, [this, generation, text]() {
            if (generation == m_generation)
                emit failed(text);
        }, Qt::QueuedConnection);
        return;
    }
    m_total = file.contentLength();
    emit started(m_path);
    startSegment(0);
}

bool MediaFetcher::isStorageUri(const QUrl &uri) const
{
    const QUrl api = m_client->server();
    return uri.scheme() != api.scheme() || uri.host() != api.host() || uri.port(-1) != api.port(-1);
}

void MediaFetcher::startSegment(qint64 offset)
{
    if (m_call)
        m_call->cancel();
    const quint64 generation = ++m_generation;
    m_segmentStart = offset;
    if (!m_out.seek(offset)) {
        fail(tr("The download could not be saved: %1").arg(m_out.errorString()));
        return;
    }
    ++m_requests;
    m_call = m_client->download(m_uri, &m_out, offset, this, [this, generation](const ApiResult<qint64> &r) {
        if (generation != m_generation)
            return;
        m_call = nullptr;
        onSegmentDone(generation, r.ok(), r.error.httpStatus(), r.error.userText());
    });
    if (m_call)
        connect(m_call, &ApiCall::progress, this, [this, generation](qint64, qint64) { onProgress(generation); });
}

void MediaFetcher::onProgress(quint64 generation)
{
    if (generation != m_generation || !m_out.isOpen())
        return;
    m_out.flush(); // the player reads the same file through its own handle
    const qint64 end = m_out.pos();
    m_ranges.add(m_segmentStart, end);
    emit progress(received(), m_total);
    // Caught up with a part fetched before (after a prioritize()): go on with the next gap.
    if (m_ranges.contiguousEnd(m_segmentStart) > end) {
        QMetaObject::invokeMethod(this, [this, generation]() {
            if (generation == m_generation)
                continueWithNextGap();
        }, Qt::QueuedConnection);
    }
}

void MediaFetcher::prioritize(qint64 offset)
{
    if (m_complete || m_fromCache || !m_out.isOpen() || m_total <= 0 || offset >= m_total)
        return;
    offset = qMax<qint64>(0, offset);
    if (m_ranges.contiguousEnd(offset) > offset + kNearBytes / 4)
        return; // already there (and a little more)
    if (m_call) {
        const qint64 writing = m_out.pos();
        if (offset >= m_segmentStart && offset - writing < kNearBytes)
            return; // the running download gets there soon
    }
    // Start where the bytes on disk from offset end (perhaps offset itself).
    startSegment(m_ranges.contiguousEnd(offset));
}

void MediaFetcher::continueWithNextGap()
{
    const qint64 gap = m_ranges.firstGap(0, m_total);
    if (m_total > 0 && gap >= m_total) {
        if (m_call)
            m_call->cancel();
        m_call = nullptr;
        complete();
        return;
    }
    startSegment(gap);
}

void MediaFetcher::onSegmentDone(quint64 generation, bool ok, int httpStatus, const QString &text)
{
    if (!ok) {
        if (!m_refreshed && httpStatus >= 400 && httpStatus < 500 && isStorageUri(m_uri)) {
            // The pre-signed URL has expired (or was refused): ask for a fresh one, once.
            m_refreshed = true;
            const qint64 offset = m_segmentStart;
            const quint64 g = ++m_generation;
            m_client->getFile(m_file.id(), this, [this, g, offset](const ApiResult<FileInfo> &r) {
                if (g != m_generation)
                    return;
                if (!r.ok() || r.value.uri().isEmpty()) {
                    fail(tr("The file could not be fetched again: %1").arg(r.error.userText()));
                    return;
                }
                m_uri = r.value.uri();
                startSegment(offset);
            });
            return;
        }
        fail(tr("The download failed: %1").arg(text));
        return;
    }
    onProgress(generation);
    m_total = m_out.pos(); // a segment that ends well ends at the end of the file
    continueWithNextGap();
}

void MediaFetcher::complete()
{
    m_out.flush();
    m_out.close();
    m_total = QFile(m_path).size();
    m_complete = true;
    if (m_cache) {
        const QString entry = m_cache->commit(m_file.id(), m_file.contentLength());
        if (!entry.isEmpty())
            m_path = entry;
    }
    emit progress(m_total, m_total);
    emit finished(m_path);
}

void MediaFetcher::fail(const QString &text)
{
    ++m_generation;
    if (m_call)
        m_call->cancel();
    m_call = nullptr;
    m_out.close();
    if (m_cache)
        m_cache->discardPartial(m_file.id(), m_file.contentLength());
    emit failed(text);
}
