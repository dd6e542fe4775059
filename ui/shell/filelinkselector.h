#pragma once

#include "api/fileinfo.h"

#include <QObject>
#include <QPointer>
#include <QString>

class ApiClient;
class DetailPane;
class FilesModel;
class FilesView;

// Selects the file a link names, once the table runs the link's filter. First one query by Ids
// (the filter plus SpecificIds = the file) tells whether the file is in the result at all; then
// the table's pages are walked until the row is loaded (scrolling the view to the next page not
// loaded yet, or fetchMore() with simplified paging), at most kMaxPages pages. When the file is
// not in the filter, or beyond those pages, its details are shown in the detail pane all the
// same and finished() says why the row is not selected. Deletes itself when finished.
class FileLinkSelector final : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxPages = 25;

    FileLinkSelector(ApiClient *client, FilesModel *model, FilesView *view, DetailPane *detail, const QString &fileId,
                     QObject *parent = nullptr);
    ~FileLinkSelector() override;

    void start();  // after the model was given the link's query

signals:
    // selected: the row is current. Otherwise message says why (translated).
    void finished(bool selected, const QString &message);

private:
    bool trySelect();
    void onPageLoaded();
    void advance();
    void showDetailsOnly(const QString &message);
    void showWhenSettled(const FileInfo &file, const QString &message);
    void finish(bool selected, const QString &message);

    ApiClient *m_client;
    QPointer<FilesModel> m_model;
    QPointer<FilesView> m_view;
    QPointer<DetailPane> m_detail;
    QString m_fileId;
    FileInfo m_file;
    int m_pagesAsked = 0;
    bool m_inFilter = false;
    bool m_done = false;
};
