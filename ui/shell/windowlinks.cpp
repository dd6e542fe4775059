#include "windowlinks.h"

#include "api/apiclient.h"
#include "settings/consolesettings.h"
#include "detail/detailpane.h"
#include "filelinkselector.h"
#include "models/filesmodel.h"
#include "files/filesview.h"
#include "filters/filtersidebar.h"
#include "mainwindow.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcLinks, "evovoice.links", QtWarningMsg)

WindowLinks::WindowLinks(MainWindow *window, ApiClient *client, ConsoleSettings *settings)
    : QObject(window)
    , m_window(window)
    , m_client(client)
    , m_settings(settings)
{
}

WindowLinks::~WindowLinks() = default;

ConsoleLink WindowLinks::linkToFile(const FileInfo &file) const
{
    ConsoleLink link;
    link.server = ConsoleLink::normalizedServer(m_client->server().toString());
    link.query = m_window->filesModel()->query();
    link.query.page = 0;
    link.fileId = file.id();
    return link;
}

void WindowLinks::copyLinkToFile(const FileInfo &file)
{
    if (file.id().isEmpty())
        return;
    QGuiApplication::clipboard()->setText(linkToFile(file).toUrl());
    m_window->showNotice(tr("Link to \u201c%1\u201d copied.").arg(file.fileName().isEmpty() ? file.id() : file.fileName()));
}

void WindowLinks::open(const ConsoleLink &link)
{
    qCInfo(lcLinks) << "opening link" << link.toUrl();
    if (m_selector)
        delete m_selector;
    FileQuery q = link.query;
    if (q.countPerPage == FileQuery().countPerPage)
        q.countPerPage = m_settings->pageSize();
    q.simplifiedPaging = q.simplifiedPaging || m_settings->simplifiedPaging();
    q.page = 0;
    m_window->sidebar()->setQuery(q);
    m_window->filesModel()->setQuery(q);
    m_window->detailPane()->setHighlightTerm(q.transcriptionContains);
    if (link.fileId.isEmpty()) {
        emit opened(QString(), false, QString());
        return;
    }
    auto *selector = new FileLinkSelector(m_client, m_window->filesModel(), m_window->filesView(),
                                          m_window->detailPane(), link.fileId, this);
    m_selector = selector;
    const QString id = link.fileId;
    connect(selector, &FileLinkSelector::finished, this, [this, id](bool selected, const QString &message) {
        qCInfo(lcLinks) << (selected ? "selected file" : "did not select file") << id << message;
        if (!message.isEmpty())
            m_window->showNotice(message);
        emit opened(id, selected, message);
    });
    selector->start();
}
