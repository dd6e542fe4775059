#pragma once

#include "exportfolder.h"
#include "api/fileinfo.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QQueue>

class ApiCall;
class ApiClient;
class ExportFileWriter;
class ExportManifest;

// Downloads files into a folder, `jobs` at a time (1..16). Each file goes to NAME.part with a
// SHA-256 computed while writing and is renamed to NAME only when its size matches both the
// answer's Content-Length and FileInfo::contentLength(); an interrupted file resumes with a
// Range request (a 200 instead of a 206 starts it over). A file the manifest of an earlier run
// lists as complete, still on disk with that size, is skipped without a request. A failed file
// is retried (after the client's own retries) with a growing pause. Credentials are the client's
// business: they go only to the API's origin, never to pre-signed storage URLs.
// pause() aborts the running transfers and keeps their bytes; resume() continues them.
class DownloadQueue final : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        QString id;
        QString path;              // relative to the folder
        qint64 bytes = -1;
        QString sha256;
        enum class Status { Ok, Skipped, Failed, Cancelled } status = Status::Failed;
        QString error;
    };

    DownloadQueue(ApiClient *client, const QString &folder, ExportManifest *manifest, QObject *parent = nullptr);
    ~DownloadQueue() override;

    void setJobs(int jobs);                   // clamped to 1..16
    void setFileAttempts(int attempts);       // whole-file attempts (default 3)
    void setRetryDelay(int ms);               // first pause between them (default 1000, doubles)
    void setVerifyExisting(bool rehash);      // skip only when the SHA-256 of the file on disk matches

    void enqueue(const FileInfo &file, const QString &relativePath);
    void setInputComplete();                  // no more files come: drained() follows when all are done
    int pending() const { return int(m_waiting.size()) + int(m_running.size()); }

    void pause();
    void resume();
    void cancel();                            // running and waiting files end Cancelled
    bool isPaused() const { return m_paused; }

    qint64 bytesDone() const { return m_bytesDone; }       // this run's downloaded bytes (live)
    QList<QPair<QString, QPair<qint64, qint64>>> runningFiles() const; // path, (done, total)

signals:
    void fileFinished(const DownloadQueue::Result &result);
    void drained();

private:
    struct Task
    {
        FileInfo file;
        QString path;
        int attempt = 0;
        QPointer<ApiCall> call;
        ExportFileWriter *writer = nullptr;
        qint64 done = 0;
        qint64 announced = -1;     // offset + Content-Length of the current answer
    };

    void pump();
    void startTask(Task *task);
    bool trySkip(Task *task);
    void onDone(Task *task, bool ok, const QString &error);
    void finishTask(Task *task, Result::Status status, const QString &error, qint64 bytes = -1,
                    const QString &sha = {});
    void abortTask(Task *task);
    QString absolutePath(const QString &relativePath, QString *error) const;
    static QString partialPath(const QString &target);
    void checkDrained();

    ApiClient *m_client;
    ExportFolder m_folder;
    ExportManifest *m_manifest;
    int m_jobs = 4;
    int m_attempts = 3;
    int m_retryDelay = 1000;
    bool m_verify = false;
    bool m_paused = false;
    bool m_cancelled = false;
    bool m_inputComplete = false;
    QList<Task *> m_delayed;     // waiting out a pause before their next attempt
    qint64 m_bytesDone = 0;
    QQueue<Task *> m_waiting;
    QList<Task *> m_running;
};
Q_DECLARE_METATYPE(DownloadQueue::Result)
