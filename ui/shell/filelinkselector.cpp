#include "filelinkselector.h"

#include "api/apiclient.h"
#include "detail/detailpane.h"
#include "models/filesmodel.h"
#include "files/filesview.h"

#include <QTimer>

FileLinkSelector::FileLinkSelector(ApiClient *client, FilesModel *model, FilesView *view, DetailPane *detail,
                                   const QString &fileId, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_model(model)
    , m_view(view)
    , m_detail(detail)
    , m_fileId(fileId)
{
}

FileLinkSelector::~FileLinkSelector() = default;

void FileLinkSelector::start()
{
    FileQuery probe = m_model->query();
    if (!probe.specificIds.isEmpty() && !probe.specificIds.contains(m_fileId)) {
        showDetailsOnly(tr("The linked file is not among the ids the link's filter names."));
        return;
    }
    probe.specificIds = {m_fileId};
    probe.page = 0;
    probe.countPerPage = 1;
    probe.all = false;
    probe.simplifiedPaging = false;
    m_client->listFiles(probe, this, [this](const ApiResult<ListPage<FileInfo>> &r) {
        if (!r.ok()) {
            finish(false, tr("The linked file could not be looked up: %1").arg(r.error.userText()));
            return;
        }
        if (r.value.items.isEmpty()) {
            showDetailsOnly(tr("The linked file is not in the link's filter; its details are shown."));
            return;
        }
        m_inFilter = true;
        m_file = r.value.items.first();
        if (!m_model)
            return finish(false, QString());
        // A new query or a refresh by the user ends the search.
        connect(m_model, &FilesModel::modelReset, this, [this] { finish(false, QString()); });
        connect(m_model, &FilesModel::pageLoaded, this, [this] {
            // After the window's own handlers (which make the first row current).
            QTimer::singleShot(0, this, &FileLinkSelector::onPageLoaded);
        });
        onPageLoaded();
    });
}

bool FileLinkSelector::trySelect()
{
    if (!m_model || !m_view)
        return false;
    const int row = m_model->rowOfId(m_fileId);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, m_model->placeholderColumn());
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
    return true;
}

void FileLinkSelector::onPageLoaded()
{
    if (m_done)
        return;
    if (trySelect()) {
        finish(true, QString());
        return;
    }
    if (!m_model->isLoading())
        advance();
}

void FileLinkSelector::advance()
{
    if (m_pagesAsked >= kMaxPages) {
        showDetailsOnly(tr("The linked file is beyond the first %n page(s) of this filter; its details are shown.",
                           nullptr, kMaxPages));
        return;
    }
    if (m_model->isAppending()) {
        if (!m_model->canFetchMore(QModelIndex())) {
            if (m_model->rowCount() > 0 || !m_model->isLoading())
                showDetailsOnly(tr("The linked file is not in the rows of this filter; its details are shown."));
            return;
        }
        ++m_pagesAsked;
        m_model->fetchMore(QModelIndex());
        return;
    }
    // The first row not loaded yet, a page at a time.
    const int rows = m_model->rowCount();
    const int step = qMax(1, m_model->pageSize());
    int next = 0;
    while (next < rows && m_model->data(m_model->index(next, 0), FilesModel::LoadedRole).toBool())
        next += step;
    if (rows == 0 || next >= rows) {
        if (m_model->hasQuery() && m_model->totalCount() >= 0)
            showDetailsOnly(tr("The linked file is not in the rows of this filter; its details are shown."));
        return;
    }
    ++m_pagesAsked;
    m_view->scrollTo(m_model->index(next, m_model->placeholderColumn()), QAbstractItemView::PositionAtTop);
}

void FileLinkSelector::showDetailsOnly(const QString &message)
{
    if (!m_file.isNull()) {
        showWhenSettled(m_file, message);
        return;
    }
    m_client->getFile(m_fileId, this, [this, message](const ApiResult<FileInfo> &r) {
        if (!r.ok()) {
            finish(false, tr("The linked file %1 could not be opened: %2").arg(m_fileId, r.error.userText()));
            return;
        }
        showWhenSettled(r.value, message);
    });
}

void FileLinkSelector::showWhenSettled(const FileInfo &file, const QString &message)
{
    // The table's first page makes its first row current (and the detail pane follows it):
    // show the linked file after that, not before.
    if (m_model && m_view && m_model->hasQuery() && m_model->isLoading() && !m_view->currentIndex().isValid()) {
        m_file = file;
        disconnect(m_model, nullptr, this, nullptr);
        connect(m_model, &FilesModel::loadingChanged, this, [this, message](bool loading) {
            if (!loading)
                QTimer::singleShot(0, this, [this, message] { showWhenSettled(m_file, message); });
        });
        return;
    }
    if (m_detail)
        m_detail->setFile(file);
    finish(false, message);
}

void FileLinkSelector::finish(bool selected, const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    emit finished(selected, message);
    deleteLater();
}
