#pragma once

#include "api/apicall.h"
#include "api/apierror.h"
#include "api/fileinfo.h"

#include <QBuffer>
#include <QByteArray>
#include <QObject>
#include <QPointer>

class ApiClient;

// Fetches the bytes of the file the detail pane previews: a fax (Fax, FaxOutgoing or any PDF)
// or an image upload. Everything else is not previewed (kind None, no request). The bytes come
// through ApiClient::download into memory; a new load() cancels the old download, and a reply
// for a file no longer asked for is dropped. When a pre-signed storage URL has expired (a 4xx
// from another origin than the API's), the file's record is fetched again with GET /files/{id}
// for a fresh uri, once. Files over maxBytes() are not fetched (tooLarge reason instead).
class FilePreviewLoader final : public QObject
{
    Q_OBJECT
public:
    enum class Kind { None, Pdf, Image };
    static constexpr qint64 kDefaultMaxBytes = 64LL * 1024 * 1024;

    explicit FilePreviewLoader(ApiClient *client, QObject *parent = nullptr);
    ~FilePreviewLoader() override;

    static Kind kindOf(const FileInfo &file);

    // Starts fetching file's bytes (or clears for a file with nothing to preview). The same file
    // again while loading or loaded does nothing.
    void load(const FileInfo &file);
    void clear();

    Kind kind() const { return m_kind; }
    FileInfo file() const { return m_file; }
    bool isLoading() const { return m_call != nullptr; }
    QByteArray data() const { return m_data; }
    void setMaxBytes(qint64 bytes) { m_maxBytes = bytes; }
    qint64 maxBytes() const { return m_maxBytes; }

signals:
    // A new file to preview: its bytes are on their way.
    void started(const FileInfo &file, FilePreviewLoader::Kind kind);
    void progress(qint64 received, qint64 total);
    void loaded(const QByteArray &data);
    void failed(const QString &reason);
    // Nothing to preview (a file that is no fax or image, or none).
    void cleared();

private:
    void startDownload(const QUrl &uri, bool mayRefresh);
    void onDownloaded(const ApiError &error, bool mayRefresh);
    void refreshUri();
    void cancelCall();
    bool isStorageUri(const QUrl &uri) const;

    ApiClient *m_client;
    QPointer<ApiCall> m_call;
    QBuffer m_buffer;
    QByteArray m_data;
    FileInfo m_file;
    Kind m_kind = Kind::None;
    qint64 m_maxBytes = kDefaultMaxBytes;
    quint64 m_generation = 0;
};
