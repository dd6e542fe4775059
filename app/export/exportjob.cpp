#include "exportjob.h"

#include "api/apiclient.h"
#include "settings/consolesettings.h"
#include "downloadqueue.h"
#include "exportfolder.h"
#include "exportmanifest.h"
#include "exportnamer.h"
#include "exportmetadatawriter.h"
#include "filenamesanitizer.h"
#include "filewalker.h"
#include "transcriptwriter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>
#include <QTimer>

#include <deque>
#include <memory>
#include <optional>

namespace {
constexpr int kQueueHigh = 4000;  // listing pauses above this many waiting downloads
constexpr int kQueueLow = 1000;   // and goes on below this
} // namespace

class ExportJobPrivate
{
public:
    ExportJob *q = nullptr;
    ApiClient *client = nullptr;
    ExportOptions options;
    ExportSummary summary;
    bool running = false;
    bool started = false;
    bool paused = false;
    bool walkDone = false;
    bool queueDrained = true;
    bool throttled = false;

    std::unique_ptr<ExportFolder> folder;
    std::unique_ptr<ExportManifest> manifest;
    std::optional<ExportNamer> namer;
    FileWalker *walker = nullptr;
    DownloadQueue *queue = nullptr;

    // Metadata output
    std::unique_ptr<ExportMetadataWriter> metadata;
    QString metaError;

    // Progress
    QTimer *tick = nullptr;
    qint64 expected = -1;
    qint64 listed = 0;
    qint64 bytesTotal = 0;
    bool bytesTotalKnown = true;
    qint64 bytesFinished = 0;   // of files that ended (this run)
    std::deque<std::pair<qint64, qint64>> samples;  // (ms, bytes)
    QElapsedTimer clock;

    void onItems(const QList<FileInfo> &items, const QList<QByteArray> &rawItems);
    void writeTranscript(const FileInfo &file, const QString &mediaPath);
    void onFileFinished(const DownloadQueue::Result &r);
    void record(const QString &id, const QString &path, qint64 bytes, const QString &sha, const QString &status,
                const QString &error);
    void maybeFinish();
    void finish();
    bool openMetadata();
    ExportProgress progress();
};

bool ExportJobPrivate::openMetadata()
{
    if (options.metadataFormat == ExportOptions::MetadataFormat::None)
        return true;
    metadata = std::make_unique<ExportMetadataWriter>(options);
    if (!metadata->open()) {
        metaError = metadata->error();
        metadata.reset();
        return false;
    }
    summary.metadataPath = metadata->path();
    return true;
}

void ExportJobPrivate::onItems(const QList<FileInfo> &items, const QList<QByteArray> &rawItems)
{
    if (metadata)
        metadata->writePage(items, rawItems);  // CSV: a page's rows in one write
    for (const FileInfo &f : items) {
        ++listed;
        if (!options.media && !options.transcripts) {
            ++summary.exported;
            continue;
        }
        const QString mediaPath = namer->pathFor(f);
        if (options.transcripts)
            writeTranscript(f, mediaPath);
        if (options.media) {
            if (f.contentLength() >= 0)
                bytesTotal += f.contentLength();
            else
                bytesTotalKnown = false;
            queueDrained = false;
            queue->enqueue(f, mediaPath);
        }
    }
    if (queue && !throttled && queue->pending() > kQueueHigh) {
        throttled = true;
        walker->pause();
    }
}

void ExportJobPrivate::writeTranscript(const FileInfo &f, const QString &mediaPath)
{
    const QString rel = namer->siblingPath(mediaPath, QStringLiteral("transcript.txt"));
    QString error;
    const QString abs = folder->resolve(rel, &error);
    const bool primary = !options.media;
    auto fail = [&](const QString &why) {
        record(f.id(), rel, -1, {}, QStringLiteral("failed"), why);
        ++summary.failed;
        summary.failures.append({f.id(), rel, why});
    };
    if (abs.isEmpty()) {
        fail(error);
        return;
    }
    const QByteArray content = TranscriptWriter::content(f);
    if (const ExportManifest::Entry *done = manifest->completed(rel)) {
        if (QFileInfo(abs).size() == done->bytes && done->bytes == content.size()) {
            record(f.id(), rel, done->bytes, done->sha256, QStringLiteral("skipped"), {});
            if (primary)
                ++summary.skipped;
            return;
        }
    }
    qint64 bytes = 0;
    QString sha;
    if (!TranscriptWriter::write(f, abs, &bytes, &sha, &error)) {
        fail(ExportJob::tr("The transcript could not be written: %1").arg(error));
        return;
    }
    record(f.id(), rel, bytes, sha, QStringLiteral("ok"), {});
    if (primary)
        ++summary.exported;
}

void ExportJobPrivate::record(const QString &id, const QString &path, qint64 bytes, const QString &sha,
                              const QString &status, const QString &error)
{
    if (!manifest)
        return;
    if (!manifest->append({id, path, bytes, sha, status, error}) && summary.error.isEmpty())
        summary.error = ExportJob::tr("manifest.csv could not be written.");
}

void ExportJobPrivate::onFileFinished(const DownloadQueue::Result &r)
{
    switch (r.status) {
    case DownloadQueue::Result::Status::Ok:
        ++summary.exported;
        bytesFinished += r.bytes;
        record(r.id, r.path, r.bytes, r.sha256, QStringLiteral("ok"), {});
        break;
    case DownloadQueue::Result::Status::Skipped:
        ++summary.skipped;
        bytesTotal -= qMax<qint64>(0, r.bytes);  // not part of this run's transfer
        record(r.id, r.path, r.bytes, r.sha256, QStringLiteral("skipped"), {});
        break;
    case DownloadQueue::Result::Status::Failed:
        ++summary.failed;
        summary.failures.append({r.id, r.path, r.error});
        record(r.id, r.path, r.bytes, {}, QStringLiteral("failed"), r.error);
        break;
    case DownloadQueue::Result::Status::Cancelled:
        break;  // not done, not failed: a rerun continues it
    }
    if (throttled && queue->pending() < kQueueLow && running) {
        throttled = false;
        if (!paused)
            walker->resume();
    }
}

ExportProgress ExportJobPrivate::progress()
{
    ExportProgress p;
    p.phase = !walkDone && !options.media ? ExportProgress::Phase::Listing
        : (walkDone && queueDrained)      ? ExportProgress::Phase::Finishing
                                          : ExportProgress::Phase::Downloading;
    p.filesListed = listed;
    p.filesDone = summary.exported + summary.skipped + summary.failed;
    p.filesTotal = walkDone ? listed : expected;
    p.paused = paused;
    if (options.media) {
        p.bytesDone = queue->bytesDone();
        p.bytesTotal = walkDone && bytesTotalKnown ? bytesTotal : -1;
        for (const auto &rf : queue->runningFiles())
            p.running.append({QString(), rf.first, rf.second.first, rf.second.second});
        const qint64 now = clock.elapsed();
        samples.emplace_back(now, p.bytesDone);
        while (samples.size() > 2 && now - samples.front().first > 3000)
            samples.pop_front();
        const qint64 span = samples.back().first - samples.front().first;
        if (span > 200 && !paused)
            p.bytesPerSecond = double(samples.back().second - samples.front().second) * 1000.0 / double(span);
        if (p.bytesTotal >= 0 && p.bytesPerSecond > 1)
            p.secondsLeft = qint64(double(qMax<qint64>(0, p.bytesTotal - p.bytesDone)) / p.bytesPerSecond) + 1;
    }
    return p;
}

void ExportJobPrivate::maybeFinish()
{
    if (running && walkDone && queueDrained)
        finish();
}

void ExportJobPrivate::finish()
{
    running = false;
    tick->stop();
    if (metadata) {
        // A list that stopped early or was cancelled never replaces the file as if complete.
        if (!metadata->finish(summary.error.isEmpty() && !summary.cancelled))
            summary.metadataPath.clear();
        if (metaError.isEmpty())
            metaError = metadata->error();
        metadata.reset();
    }
    if (!metaError.isEmpty() && summary.error.isEmpty())
        summary.error = metaError;
    if (manifest)
        manifest->close();
    summary.rowsListed = listed;
    if (walker && walker->totalChanged()) {
        summary.totalChanged = true;
        const bool grew = walker->totalAtEnd() > walker->totalAtStart();
        summary.totalChangedNote =
            (grew ? ExportJob::tr("Files arrived while exporting: the matching files went from %1 to %2. "
                                  "Each file was exported once, %3 in all.")
                  : ExportJob::tr("Files were removed while exporting: the matching files went from %1 to %2. "
                                  "Each file was exported once, %3 in all."))
                .arg(QLocale().toString(walker->totalAtStart()), QLocale().toString(walker->totalAtEnd()),
                     QLocale().toString(listed));
    }
    emit q->progressChanged(progress());
    emit q->finished(summary);
}

ExportJob::ExportJob(ApiClient *client, const ExportOptions &options, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<ExportJobPrivate>())
{
    d->q = this;
    d->client = client;
    d->options = options;
    if (d->options.nameTemplate.isEmpty())
        d->options.nameTemplate = ConsoleSettings::defaultNameTemplate();
    d->options.jobs = qBound(1, d->options.jobs, ConsoleSettings::kMaxDownloadJobs);
    d->tick = new QTimer(this);
    d->tick->setInterval(100);
    connect(d->tick, &QTimer::timeout, this, [this] { emit progressChanged(d->progress()); });
}

ExportJob::~ExportJob()
{
    if (d->running) {
        // Nothing is reported from here on: finished() never comes from a destructor.
        d->running = false;
        if (d->walker)
            d->walker->disconnect(this);
        if (d->queue)
            d->queue->disconnect(this);
        if (d->walker)
            d->walker->cancel();
        if (d->queue)
            d->queue->cancel();
        d->metadata.reset();  // an unfinished file is discarded
    }
}

const ExportOptions &ExportJob::options() const { return d->options; }
bool ExportJob::isRunning() const { return d->running; }
bool ExportJob::isPaused() const { return d->paused; }

void ExportJob::start()
{
    if (d->started)
        return;
    d->started = true;
    d->running = true;
    d->clock.start();
    const bool files = d->options.media || d->options.transcripts;
    if (files || d->options.metadataPath.isEmpty())
        d->summary.folder = QDir(d->options.folder).absolutePath();
    QString error = d->options.validate();
    if (error.isEmpty() && files) {
        d->folder = std::make_unique<ExportFolder>(d->options.folder);
        if (!d->folder->exists())
            error = tr("The folder \"%1\" could not be created.").arg(d->options.folder);
    }
    if (error.isEmpty() && files) {
        d->manifest = std::make_unique<ExportManifest>(d->folder->path());
        d->manifest->load();
        QString why;
        if (!d->manifest->open(&why))
            error = tr("manifest.csv could not be written: %1").arg(why);
        d->summary.manifestPath = d->manifest->path();
        d->namer.emplace(NameTemplate(d->options.nameTemplate), d->options.subfolders);
        const QHash<QString, QString> earlier = d->manifest->pathsById();
        for (auto it = earlier.cbegin(); it != earlier.cend(); ++it)
            if (FileNameSanitizer::relativePath(it.value()) == it.value())
                d->namer->reserve(it.key(), it.value());
    }
    if (error.isEmpty() && !d->openMetadata())
        error = d->metaError;
    if (!error.isEmpty()) {
        d->summary.error = error;
        d->metaError.clear();
        QTimer::singleShot(0, this, [this] {
            d->walkDone = d->queueDrained = true;
            d->finish();
        });
        return;
    }
    d->walker = new FileWalker(d->client, d->options, this);
    connect(d->walker, &FileWalker::totalKnown, this, [this](qint64 total) { d->expected = total; });
    connect(d->walker, &FileWalker::itemsReady, this, [this](const QList<FileInfo> &items, const QList<QByteArray> &rawItems) {
        d->onItems(items, rawItems);
    });
    connect(d->walker, &FileWalker::finished, this, [this](const QString &walkError) {
        d->walkDone = true;
        if (!walkError.isEmpty() && d->summary.error.isEmpty())
            d->summary.error = walkError;
        if (d->queue)
            d->queue->setInputComplete();
        d->maybeFinish();
    });
    if (d->options.media) {
        d->queue = new DownloadQueue(d->client, d->folder->path(), d->manifest.get(), this);
        d->queue->setJobs(d->options.jobs);
        connect(d->queue, &DownloadQueue::fileFinished, this,
                [this](const DownloadQueue::Result &r) { d->onFileFinished(r); });
        connect(d->queue, &DownloadQueue::drained, this, [this] {
            d->queueDrained = true;
            d->maybeFinish();
        });
    }
    d->tick->start();
    d->walker->start();
}

void ExportJob::pause()
{
    if (!d->running || d->paused)
        return;
    d->paused = true;
    if (d->walker)
        d->walker->pause();
    if (d->queue)
        d->queue->pause();
    emit progressChanged(d->progress());
}

void ExportJob::resume()
{
    if (!d->running || !d->paused)
        return;
    d->paused = false;
    if (d->walker && !d->throttled)
        d->walker->resume();
    if (d->queue)
        d->queue->resume();
    emit progressChanged(d->progress());
}

void ExportJob::cancel()
{
    if (!d->running)
        return;
    d->summary.cancelled = true;
    if (d->walker)
        d->walker->cancel();
    d->walkDone = true;
    if (d->queue)
        d->queue->cancel();  // drained() follows at once
    d->queueDrained = true;
    d->maybeFinish();
}
