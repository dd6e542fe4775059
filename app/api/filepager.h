#pragma once

#include "apierror.h"
#include "fileinfo.h"
#include "filequery.h"

#include <QObject>
#include <QPointer>
#include <QSet>

class ApiClient;
class ApiCall;

// Walks every page of a query (with or without SimplifiedPaging), with progress and
// cancellation, and never yields the same id twice even when data shifts between pages.
class FilePager final : public QObject
{
    Q_OBJECT
public:
    FilePager(ApiClient *client, const FileQuery &query, QObject *parent = nullptr);
    ~FilePager() override;

    void setLimit(qint64 maxItems);      // 0 (default) = no limit
    void start();
    void cancel();                       // emits finished(Cancelled)
    bool isRunning() const;
    qint64 delivered() const;

signals:
    void itemsReady(const QList<FileInfo> &items);
    void progress(qint64 done, qint64 total);   // total -1 when unknown
    void finished(const ApiError &error);       // Kind::None when every page was read

private:
    void requestPage();

    ApiClient *m_client;
    FileQuery m_query;
    QPointer<ApiCall> m_call;
    QSet<QString> m_seen;
    qint64 m_limit = 0;
    qint64 m_delivered = 0;
    qint64 m_total = -1;
    bool m_running = false;
    int m_stalledPages = 0;  // consecutive pages that brought no new id
};
