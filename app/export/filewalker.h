#pragma once

#include "api/apiresult.h"
#include "exportoptions.h"
#include "api/listpage.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSet>

class ApiCall;
class ApiClient;

// Lists the files an export covers (ExportOptions::Source), in order, each id once. "All
// matching" asks for the first page, then fetches the other pages concurrently when the total is
// known (in order on output), looks one page past the end for files that arrived meanwhile, and
// compares the total at the end with the one at the start: when fewer distinct files were seen
// than the server now counts, it walks once more (deduplicating by id), so nothing is lost. A
// page whose answer cannot be read is retried (after the client's own retries); a page that
// still fails ends the walk with a clear error. pause() stops asking for new pages. For a JSON
// export the items keep their bytes as sent; rows the table holds (Source::Files) are then
// fetched again by id, since the table keeps no JSON.
class FileWalker final : public QObject
{
    Q_OBJECT
public:
    FileWalker(ApiClient *client, const ExportOptions &options, QObject *parent = nullptr);
    ~FileWalker() override;

    void setPageSize(int size);          // default 1000
    void setConcurrency(int pages);      // pages in flight, default 6
    void setPageAttempts(int attempts);  // rounds per page on top of the client's retries, default 3
    void setRetryDelay(int ms);          // default 1000

    void start();
    void pause();
    void resume();
    void cancel();                       // nothing more is emitted

    qint64 seen() const { return m_seen.size(); }
    qint64 totalAtStart() const { return m_totalAtStart; }
    qint64 totalAtEnd() const { return m_totalAtEnd; }
    bool totalChanged() const { return m_totalAtStart >= 0 && m_totalAtEnd >= 0 && m_totalAtStart != m_totalAtEnd; }

    // Whether itemsReady() carries each item's JSON as the server sent it (JSON metadata).
    bool keepsRawItems() const { return m_options.metadataFormat == ExportOptions::MetadataFormat::Json; }

signals:
    // rawItems: when keepsRawItems(), items[i]'s JSON exactly as the server sent it (an entry is
    // empty in the unseen case that the reader could not pair the bytes with the item).
    void itemsReady(const QList<FileInfo> &items, const QList<QByteArray> &rawItems);
    void totalKnown(qint64 total);       // the expected number of files (may be revised)
    void finished(const QString &error); // empty when every file was listed

private:
    void planFirst();
    void sendMore();
    void sendPage(int index);
    void onPage(int index, int generation, const ApiResult<ListPage<FileInfo>> &result);
    void emitReady();
    void process(int index, const ListPage<FileInfo> &page);
    void planDone();
    void checkTotal();
    void finish(const QString &error);
    FileQuery baseQuery() const;

    ApiClient *m_client;
    ExportOptions m_options;
    int m_pageSize = 1000;
    int m_concurrency = 6;  // the per-host cap of API calls (HostQueue)
    int m_pageAttempts = 3;
    int m_retryDelay = 1000;

    QList<FileQuery> m_plan;
    int m_nextToSend = 0;
    int m_nextToEmit = 0;
    int m_generation = 0;
    QHash<int, QPointer<ApiCall>> m_inFlight;
    QSet<int> m_delayed;
    QHash<int, int> m_attempts;
    QMap<int, ListPage<FileInfo>> m_ready;
    QSet<QString> m_seen;
    QList<QPair<qint64, qint64>> m_rowRanges;  // merged, for QueryRows

    qint64 m_totalAtStart = -1;
    qint64 m_totalAtEnd = -1;
    bool m_totalsKnown = false;
    bool m_tailChecked = false;
    bool m_swept = false;
    bool m_running = false;
    bool m_paused = false;
    QPointer<ApiCall> m_countCall;
};
