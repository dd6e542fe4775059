#include "downloadqueue.h"

#include "api/apiclient.h"
#include "exportfilewriter.h"
#include "exportmanifest.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <cstdio>
#endif

namespace {

// Puts the finished file in place, over an older one of that name: one rename(2) where the
// system replaces atomically, else remove and rename.
bool replaceFile(const QString &from, const QString &to)
{
#ifdef Q_OS_UNIX
    return std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
#else
    QFile::remove(to);
    return QFile::rename(from, to);
#endif
}

} // namespace

DownloadQueue::DownloadQueue(ApiClient *client, const QString &folder, ExportManifest *manifest, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_folder(folder)
    , m_manifest(manifest)
{
}

DownloadQueue::~DownloadQueue()
{
    for (Task *t : std::as_const(m_running))
        abortTask(t);
    qDeleteAll(m_running);
    qDeleteAll(m_waiting);
    qDeleteAll(m_delayed);
}

void DownloadQueue::setJobs(int jobs) { m_jobs = qBound(1, jobs, 16); pump(); }
void DownloadQueue::setFileAttempts(int attempts) { m_attempts = qMax(1, attempts); }
void DownloadQueue::setRetryDelay(int ms) { m_retryDelay = qMax(0, ms); }
void DownloadQueue::setVerifyExisting(bool rehash) { m_verify = rehash; }

void DownloadQueue::enqueue(const FileInfo &file, const QString &relativePath)
{
    auto *t = new Task;
    t->file = file;
    t->path = relativePath;
    m_waiting.enqueue(t);
    pump();
}

void DownloadQueue::setInputComplete()
{
    m_inputComplete = true;
    checkDrained();
}

QList<QPair<QString, QPair<qint64, qint64>>> DownloadQueue::runningFiles() const
{
    QList<QPair<QString, QPair<qint64, qint64>>> out;
    for (const Task *t : m_running)
        out.append({t->path, {t->done, t->announced >= 0 ? t->announced : t->file.contentLength()}});
    return out;
}

QString DownloadQueue::absolutePath(const QString &relativePath, QString *error) const
{
    return m_folder.resolve(relativePath, error);
}

QString DownloadQueue::partialPath(const QString &target)
{
    // NAME.part, or a short hidden name when NAME is already near the 255-byte limit.
    const QFileInfo fi(target);
    if (fi.fileName().toUtf8().size() + 5 <= 255)
        return target + QStringLiteral(".part");
    const QByteArray hash = QCryptographicHash::hash(fi.fileName().toUtf8(), QCryptographicHash::Sha256).toHex().left(24);
    return fi.absolutePath() + QStringLiteral("/.") + QString::fromLatin1(hash) + QStringLiteral(".part");
}

void DownloadQueue::pump()
{
    while (!m_paused && !m_cancelled && m_running.size() < m_jobs && !m_waiting.isEmpty()) {
        Task *t = m_waiting.dequeue();
        if (trySkip(t))
            continue;
        m_running.append(t);
        startTask(t);
    }
    checkDrained();
}

bool DownloadQueue::trySkip(Task *t)
{
    if (t->attempt > 0 || !m_manifest)
        return false;
    const ExportManifest::Entry *done = m_manifest->completed(t->path);
    if (!done)
        return false;
    QString error;
    const QString target = absolutePath(t->path, &error);
    if (target.isEmpty())
        return false;
    const QFileInfo fi(target);
    const qint64 expected = t->file.contentLength();
    if (!fi.isFile() || fi.size() != done->bytes || (expected >= 0 && fi.size() != expected))
        return false;
    if (m_verify && ExportFileWriter::hashFile(target) != done->sha256.toLatin1())
        return false;
    const qint64 bytes = done->bytes;
    const QString sha = done->sha256;
    finishTask(t, Result::Status::Skipped, {}, bytes, sha);
    return true;
}

void DownloadQueue::startTask(Task *t)
{
    ++t->attempt;
    QString error;
    const QString target = absolutePath(t->path, &error);
    if (target.isEmpty()) {
        m_running.removeOne(t);
        finishTask(t, Result::Status::Failed, error);
        return;
    }
    if (!t->file.uri().isValid() || t->file.uri().isEmpty()) {
        m_running.removeOne(t);
        finishTask(t, Result::Status::Failed, tr("The server gave no address for this file."));
        return;
    }
    t->writer = new ExportFileWriter(partialPath(target), this);
    if (!t->writer->openPartial()) {
        const QString why = t->writer->errorString();
        delete t->writer;
        t->writer = nullptr;
        m_running.removeOne(t);
        finishTask(t, Result::Status::Failed, tr("The file could not be written: %1").arg(why));
        return;
    }
    const qint64 offset = t->writer->partialSize();
    const qint64 expected = t->file.contentLength();
    if (expected >= 0 && offset > expected) {
        t->writer->seek(0);  // longer than the file can be: not ours to continue
    }
    t->done = t->writer->partialSize();
    t->announced = -1;
    ApiClient::DownloadOptions options;
    options.restartWhenRangeIgnored = true;
    t->call = m_client->download(t->file.uri(), t->writer, t->writer->partialSize(), options, this,
                                 [this, t](const ApiResult<qint64> &r) { onDone(t, r.ok(), r.error.userText()); });
    connect(t->call, &ApiCall::progress, this, [this, t](qint64 received, qint64 total) {
        const qint64 delta = received - t->done;
        if (delta > 0)
            m_bytesDone += delta;
        t->done = received;
        t->announced = total;
    });
}

void DownloadQueue::onDone(Task *t, bool ok, const QString &error)
{
    t->call = nullptr;
    ExportFileWriter *w = t->writer;
    t->writer = nullptr;
    const bool flushed = w && w->finish();
    const qint64 size = w ? w->partialSize() : -1;
    const QString sha = w ? QString::fromLatin1(w->sha256Hex()) : QString();
    delete w;
    QString why;
    const QString target = absolutePath(t->path, &why);
    const QString partial = partialPath(target);
    QString failure;
    if (!ok)
        failure = error;
    else if (!flushed)
        failure = tr("The file could not be written to the disk.");
    else if (t->announced >= 0 && size != t->announced)
        failure = tr("The server announced %1 bytes but sent %2.").arg(t->announced).arg(size);
    else if (t->file.contentLength() >= 0 && size != t->file.contentLength())
        failure = tr("The file should have %1 bytes but the server sent %2.").arg(t->file.contentLength()).arg(size);
    if (failure.isEmpty() && !replaceFile(partial, target))
        failure = tr("The finished file could not be renamed to \"%1\".").arg(t->path);
    m_running.removeOne(t);
    if (failure.isEmpty()) {
        finishTask(t, Result::Status::Ok, {}, size, sha);
    } else if (m_cancelled) {
        finishTask(t, Result::Status::Cancelled, failure);
    } else if (t->attempt < m_attempts) {
        // A short or wrong body is never continued: start that file over.
        if (ok)
            QFile::remove(partial);
        m_delayed.append(t);
        const int delay = m_retryDelay << qMin(t->attempt - 1, 6);
        QTimer::singleShot(delay, this, [this, t] {
            if (!m_delayed.removeOne(t))
                return;
            m_waiting.prepend(t);
            pump();
        });
    } else {
        if (ok)
            QFile::remove(partial);  // complete but wrong: nothing to resume from
        finishTask(t, Result::Status::Failed, failure, size);
    }
    pump();
}

void DownloadQueue::finishTask(Task *t, Result::Status status, const QString &error, qint64 bytes, const QString &sha)
{
    Result r;
    r.id = t->file.id();
    r.path = t->path;
    r.bytes = bytes;
    r.sha256 = sha;
    r.status = status;
    r.error = error;
    delete t;
    emit fileFinished(r);
}

void DownloadQueue::abortTask(Task *t)
{
    if (t->call)
        t->call->cancel();  // its callback never runs
    t->call = nullptr;
    if (t->writer) {
        t->writer->finish();  // the bytes stay in NAME.part for a Range request later
        delete t->writer;
        t->writer = nullptr;
    }
}

void DownloadQueue::pause()
{
    if (m_paused || m_cancelled)
        return;
    m_paused = true;
    // Abort the running attempts, keep their bytes, and put them first in line.
    const QList<Task *> running = std::exchange(m_running, {});
    for (auto it = running.rbegin(); it != running.rend(); ++it) {
        abortTask(*it);
        --(*it)->attempt;  // a pause is not a failed attempt
        m_waiting.prepend(*it);
    }
}

void DownloadQueue::resume()
{
    if (!m_paused || m_cancelled)
        return;
    m_paused = false;
    pump();
}

void DownloadQueue::cancel()
{
    if (m_cancelled)
        return;
    m_cancelled = true;
    const QList<Task *> running = std::exchange(m_running, {});
    for (Task *t : running) {
        abortTask(t);
        finishTask(t, Result::Status::Cancelled, tr("Cancelled."));
    }
    const QList<Task *> delayed = std::exchange(m_delayed, {});
    for (Task *t : delayed)
        finishTask(t, Result::Status::Cancelled, tr("Cancelled."));
    while (!m_waiting.isEmpty())
        finishTask(m_waiting.dequeue(), Result::Status::Cancelled, tr("Cancelled."));
    emit drained();
}

void DownloadQueue::checkDrained()
{
    if (m_inputComplete && !m_cancelled && m_waiting.isEmpty() && m_running.isEmpty() && m_delayed.isEmpty()) {
        m_inputComplete = false;  // once
        emit drained();
    }
}
