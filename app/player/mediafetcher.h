#pragma once

#include "byteranges.h"
#include "api/fileinfo.h"

#include <QFile>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <memory>

class ApiCall;
class ApiClient;
class MediaCache;
class QTemporaryDir;

// Brings one file's bytes to disk: from the media cache when it holds them (no request), or
// through ApiClient::download() into the cache's ".part" file, flushed as it arrives so that a
// reader can play the beginning while the rest comes. prioritize() fetches the range from a
// far offset first (a seek past the downloaded part) and fills the gaps afterwards. An expired
// pre-signed storage URL (4xx from another origin than the API's) is refreshed once with
// GET /files/{id}. fetch() again or cancel() aborts the download under way.
class MediaFetcher final : public QObject
{
    Q_OBJECT
public:
    // A seek this many bytes or less ahead of the download waits for it instead of a new request.
    static constexpr qint64 kNearBytes = 512 * 1024;

    MediaFetcher(ApiClient *client, MediaCache *cache, QObject *parent = nullptr);
    ~MediaFetcher() override;

    void fetch(const FileInfo &file);
    void cancel();
    // The player needs the bytes from offset on: fetch that range now unless it is near.
    void prioritize(qint64 offset);

    QString path() const { return m_path; }     // where the bytes are (growing while downloading)
    qint64 received() const { return m_complete ? m_total : m_ranges.coveredBytes(); }
    qint64 total() const { return m_total; }    // -1 while unknown
    bool isComplete() const { return m_complete; }
    bool fromCache() const { return m_fromCache; }
    // The end of the bytes on disk from pos on without a gap (pos when pos is not on disk).
    qint64 contiguousEnd(qint64 pos) const;
    int requestCount() const { return m_requests; }

signals:
    void started(const QString &path);          // the file exists (perhaps empty); bytes follow
    void progress(qint64 received, qint64 total);
    void finished(const QString &path);         // all bytes are on disk at path
    void failed(const QString &text);

private:
    void startSegment(qint64 offset);
    void onProgress(quint64 generation);
    void onSegmentDone(quint64 generation, bool ok, int httpStatus, const QString &text);
    void continueWithNextGap();
    void complete();
    void fail(const QString &text);
    bool isStorageUri(const QUrl &uri) const;

    ApiClient *m_client;
    QPointer<MediaCache> m_cache;  // owned elsewhere; may die first when both are children of one parent
    FileInfo m_file;
    QUrl m_uri;
    QFile m_out;
    std::unique_ptr<QTemporaryDir> m_tempDir;
    QPointer<ApiCall> m_call;
    QString m_path;
    ByteRanges m_ranges;
    qint64 m_segmentStart = 0;
    qint64 m_total = -1;
    bool m_complete = false;
    bool m_fromCache = false;
    bool m_refreshed = false;
    int m_requests = 0;
    quint64 m_generation = 0;
};
