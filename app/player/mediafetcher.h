#pragma once

#include "fileinfo.h"

#include <QFile>
#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

class ApiCall;
class ApiClient;
class MediaCache;
class QTemporaryDir;

// Brings one file's bytes to disk: from the media cache when it holds them (no request), or
// through ApiClient::download() into the cache's ".part" file, flushed as it arrives so that a
// reader can play the beginning while the rest comes. An expired pre-signed storage URL (4xx
// from another origin than the API's) is refreshed once with GET /files/{id}. fetch() again
// or cancel() aborts the download under way.
class MediaFetcher final : public QObject
{
    Q_OBJECT
public:
    MediaFetcher(ApiClient *client, MediaCache *cache, QObject *parent = nullptr);
    ~MediaFetcher() override;

    void fetch(const FileInfo &file);
    void cancel();

    QString path() const { return m_path; }     // where the bytes are (growing while downloading)
    qint64 received() const { return m_received; }
    qint64 total() const { return m_total; }    // -1 while unknown
    bool isComplete() const { return m_complete; }
    bool fromCache() const { return m_fromCache; }

signals:
    void started(const QString &path);          // the file exists (perhaps empty); bytes follow
    void progress(qint64 received, qint64 total);
    void finished(const QString &path);         // all bytes are on disk at path
    void failed(const QString &text);

private:
    void startDownload(const QUrl &uri);
    void onDone(bool ok, int httpStatus, const QString &text);
    bool isStorageUri(const QUrl &uri) const;

    ApiClient *m_client;
    MediaCache *m_cache;
    FileInfo m_file;
    QFile m_out;
    std::unique_ptr<QTemporaryDir> m_tempDir;
    QPointer<ApiCall> m_call;
    QString m_path;
    qint64 m_received = 0;
    qint64 m_total = -1;
    bool m_complete = false;
    bool m_fromCache = false;
    bool m_refreshed = false;
    quint64 m_generation = 0;
};
