#include "mainwindow.h"

#include "aboutdialog.h"
#include "api/apiclient.h"
#include "settings/consolesettings.h"
#include "consolestatusbar.h"
#include "detail/detailpane.h"
#include "errorbanner.h"
#include "export/exportcontroller.h"
#include "models/filesmodel.h"
#include "detail/filepreview.h"
#include "models/filepreviewloader.h"
#include "files/filesview.h"
#include "filters/filtersidebar.h"
#include "player/playerbar.h"
#include "player/playerfeature.h"
#include "files/nomatchnotice.h"
#include "preferences/preferencesdialog.h"
#include "shellactions.h"
#include "windowlinks.h"
#include "shortcutsdialog.h"

#include <QAction>
#include <QCheckBox>
#include <QApplication>
#include <QCloseEvent>
#include <QHeaderView>
#include <QIcon>
#include <QLocale>
#include <QMenuBar>
#include <QScreen>
#include <QSplitter>
#include <QVBoxLayout>

namespace {
constexpr int kSidebarWidth = 300;
constexpr int kDetailWidth = 380;
} // namespace

MainWindow::MainWindow(ApiClient *client, ConsoleSettings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_client(client)
    , m_settings(settings)
    , m_model(new FilesModel(client, this))
    , m_view(new FilesView)
    , m_sidebar(new FilterSidebar(client))
    , m_detail(new DetailPane)
    , m_banner(new ErrorBanner)
    , m_noMatch(new NoMatchNotice)
    , m_status(new ConsoleStatusBar(this))
    , m_actions(new ShellActions(this))
    , m_links(new WindowLinks(this, client, settings))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/evovoice-console.png")));
    setStatusBar(m_status);
    m_actions->populate(menuBar());
    m_player = new PlayerFeature(client, settings, m_model, m_view, this);   // Playback menu, bar
    m_previewLoader = new FilePreviewLoader(client, this);
    m_detail->preview()->setLoader(m_previewLoader);
    buildLayout();
    m_view->setFilesModel(m_model);
    m_defaultViewState = m_view->saveState();
    connectPieces();
    connectActions();
    restoreLayout();
    m_export = new ExportController(client, settings, m_view, this);  // its dock after the restored layout
    connect(m_actions->exportFiles, &QAction::triggered, m_export, &ExportController::openDialog);
    applyQueryDefaults(m_settings->pageSize(), m_settings->simplifiedPaging());
    updateTitle();
    updateFilesStatus();
}

MainWindow::~MainWindow()
{
    // The children (sidebar lookups, the model) cancel their calls while ~QWidget deletes them,
    // and the client reports each as finished: nothing of this half-destroyed window may hear it.
    disconnect(m_client, nullptr, this, nullptr);
}

void MainWindow::buildLayout()
{
    m_sidebar->setObjectName(QStringLiteral("filterSidebar"));
    m_view->setObjectName(QStringLiteral("filesView"));
    m_detail->setObjectName(QStringLiteral("detailPane"));

    auto *centre = new QWidget;
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->setSpacing(4);
    centreLayout->addWidget(m_banner);
    centreLayout->addWidget(m_noMatch);
    centreLayout->addWidget(m_view, 1);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_sidebar);
    m_splitter->addWidget(centre);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 0);
    auto *central = new QWidget;
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_splitter, 1);
    centralLayout->addWidget(m_player->bar());   // the player at the bottom
    setCentralWidget(central);
    applyDefaultSizes();
}

void MainWindow::connectPieces()
{
    // Filters -> table, keeping the table's sort (the model owns page and sort).
    connect(m_sidebar, &FilterSidebar::queryChanged, this, [this](const FileQuery &query) {
        FileQuery q = query;
        const FileQuery current = m_model->query();
        q.sortField = current.sortField;
        q.sortOrder = current.sortOrder;
        q.page = 0;
        m_model->setQuery(q);
        m_detail->setHighlightTerm(q.transcriptionContains);
    });
    connect(m_view, &FilesView::currentFileChanged, this, [this](const FileInfo &file) {
        m_detail->setHighlightTerm(m_model->query().transcriptionContains);
        m_detail->setFile(file);
        m_previewLoader->load(file);   // a fax's pages or an image
    });
    connect(m_detail, &DetailPane::customerActivated, m_sidebar, &FilterSidebar::filterByCustomer);
    connect(m_detail, &DetailPane::copyLinkRequested, m_links, &WindowLinks::copyLinkToFile);

    // Errors: one inline banner; the rows stay.
    connect(m_model, &FilesModel::errorOccurred, this, [this](const ApiError &error) {
        if (error.kind() == ApiError::Kind::Unauthorized)
            m_banner->showMessage(tr("Not signed in: %1").arg(error.userText()));
        else if (m_model->hasStaleRows())
            m_banner->showMessage(tr("Could not refresh: %1 The rows shown are from before the refresh.").arg(error.userText()));
        else
            m_banner->showError(error);
    });
    connect(m_model, &FilesModel::errorCleared, m_banner, &ErrorBanner::clear);
    connect(m_banner, &ErrorBanner::retryRequested, m_model, &FilesModel::retry);

    // Status bar
    connect(m_view, &FilesView::visibleRangeChanged, this, [this](int first, int last) {
        m_firstVisible = first;
        m_lastVisible = last;
        updateFilesStatus();
    });
    connect(m_model, &FilesModel::totalChanged, this, &MainWindow::updateFilesStatus);
    connect(m_view, &FilesView::selectedCountChanged, this, &MainWindow::updateFilesStatus);
    connect(m_model, &FilesModel::modelReset, this, &MainWindow::updateFilesStatus);
    connect(m_model, &FilesModel::rowsInserted, this, &MainWindow::updateFilesStatus);
    connect(m_model, &FilesModel::pageLoaded, this, &MainWindow::updateFilesStatus);
    // The status follows the end of loading too (an empty reply changes nothing else).
    connect(m_model, &FilesModel::loadingChanged, this, &MainWindow::updateFilesStatus);
    connect(m_model, &FilesModel::errorOccurred, this, &MainWindow::updateFilesStatus);
    connect(m_noMatch, &NoMatchNotice::resetRequested, m_sidebar, &FilterSidebar::reset);
    // The first rows of a new query: make the first one current, so that the detail pane shows
    // it and J/K work at once (a current row the user chose is kept).
    connect(m_model, &FilesModel::pageLoaded, this, [this](int firstRow) {
        if (firstRow != 0 || m_view->currentIndex().isValid() || m_model->rowCount() == 0)
            return;
        const QHeaderView *header = m_view->header();
        for (int visual = 0; visual < header->count(); ++visual) {
            const int column = header->logicalIndex(visual);
            if (!header->isSectionHidden(column)) {
                m_view->setCurrentIndex(m_model->index(0, column));
                return;
            }
        }
    });
    connect(m_model, &FilesModel::loadingChanged, this, &MainWindow::updateBusy);
    connect(m_client, &ApiClient::requestStarted, this, &MainWindow::updateBusy);
    connect(m_client, &ApiClient::requestFinished, this, &MainWindow::updateBusy);
}

void MainWindow::connectActions()
{
    connect(m_actions->signOut, &QAction::triggered, this, &MainWindow::signOutRequested);
    connect(m_actions->quit, &QAction::triggered, this, &QWidget::close);
    connect(m_actions->preferences, &QAction::triggered, this, &MainWindow::openPreferences);
    connect(m_actions->copyFileLink, &QAction::triggered, this, [this] { m_links->copyLinkToFile(m_detail->file()); });
    connect(m_actions->refresh, &QAction::triggered, m_model, &FilesModel::refresh);
    connect(m_actions->focusFilters, &QAction::triggered, this, [this] {
        m_actions->showSidebar->setChecked(true);
        m_sidebar->focusFilters();
    });
    connect(m_actions->showSidebar, &QAction::toggled, m_sidebar, &QWidget::setVisible);
    connect(m_actions->showDetail, &QAction::toggled, m_detail, &QWidget::setVisible);
    connect(m_actions->resetLayout, &QAction::triggered, this, &MainWindow::resetLayout);
    connect(m_actions->shortcuts, &QAction::triggered, this, [this] {
        auto *dialog = new ShortcutsDialog(m_actions->shortcutActions() + m_player->shortcutActions(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(m_actions->about, &QAction::triggered, this, [this] {
        auto *dialog = new AboutDialog(m_client->server().toString(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
}

void MainWindow::openPreferences()
{
    const QString who = m_client->isSignedIn()
        ? tr("%1 on %2", "user on server").arg(m_client->currentUser().emailAddress, m_client->server().toString())
        : QString();
    auto *dialog = new PreferencesDialog(m_settings, who, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->rememberField()->setEnabled(!m_demo);  // demo mode remembers nothing
    connect(dialog, &PreferencesDialog::languageChanged, this, &MainWindow::languageChanged);
    connect(dialog, &PreferencesDialog::clearCacheRequested, this, &MainWindow::clearCacheRequested);
    connect(dialog, &PreferencesDialog::signOutRequested, this, &MainWindow::signOutRequested);
    connect(dialog, &PreferencesDialog::rememberMeChanged, this, &MainWindow::rememberMeChanged);
    connect(dialog, &PreferencesDialog::queryDefaultsChanged, this, &MainWindow::applyQueryDefaults);
    dialog->open();
}

void MainWindow::applyQueryDefaults(int pageSize, bool simplifiedPaging)
{
    // New queries use them (the sidebar carries the paging); the rows shown stay.
    FileQuery q = m_sidebar->query();
    q.countPerPage = pageSize;
    q.simplifiedPaging = simplifiedPaging;
    m_sidebar->setQuery(q);
}

void MainWindow::setDemo(bool demo)
{
    m_demo = demo;
    updateTitle();
}

void MainWindow::updateTitle()
{
    QString title = tr("EvoVoice Files Console");
    if (m_demo)
        title = tr("%1 (demo)", "window title in demo mode").arg(title);
    else if (!m_client->server().isEmpty())
        title = tr("%1 — %2", "title — server").arg(title, m_client->server().host());
    setWindowTitle(title);
}

void MainWindow::startSession()
{
    m_banner->clear();
    m_status->setUser(m_client->currentUser(), m_client->server().toString());
    updateTitle();
    m_sidebar->reload();
    FileQuery q = m_sidebar->query();
    const FileQuery current = m_model->query();
    q.sortField = current.sortField;
    q.sortOrder = current.sortOrder;
    q.page = 0;
    m_model->setQuery(q);
    m_view->setFocus();
}

void MainWindow::retryAfterSignIn()
{
    m_status->setUser(m_client->currentUser(), m_client->server().toString());
    m_banner->clear();
    m_model->retry();
}

void MainWindow::endSession()
{
    m_export->cancelRunning();
    m_model->clear();
    m_detail->setFile(FileInfo());
    m_previewLoader->clear();
    m_banner->clear();
    m_status->setUser(UserInfo(), QString());
}

void MainWindow::showNotice(const QString &text)
{
    m_status->showNotice(text);
}

void MainWindow::updateFilesStatus()
{
    m_noMatch->setVisible(m_model->hasQuery() && !m_model->isLoading() && m_model->rowCount() == 0
                          && (m_model->totalCount() == 0 || m_model->isAppending()) && !m_model->lastError().isError());
    if (!m_model->hasQuery()) {
        m_status->setFilesText(tr("No files loaded"));
        return;
    }
    int first = m_firstVisible;
    int last = m_lastVisible;
    const int rows = m_model->rowCount();
    if (first < 0 || first >= rows) {
        first = rows > 0 ? 0 : -1;
        last = rows - 1;
    }
    last = qMin(last, rows - 1);
    QString text = m_model->statusText(first, last);
    if (m_view->selectedCount() > 1)
        text = tr("%1 · %2 selected", "files status · selected rows").arg(text, QLocale().toString(m_view->selectedCount()));
    m_status->setFilesText(text);
}

void MainWindow::updateBusy()
{
    m_status->setBusy(m_model->isLoading() || m_client->activeRequests() > 0);
}

void MainWindow::applyDefaultSizes()
{
    const int total = qMax(width(), 1200);
    m_splitter->setSizes({kSidebarWidth, total - kSidebarWidth - kDetailWidth, kDetailWidth});
}

void MainWindow::restoreLayout()
{
    if (!restoreGeometry(m_settings->windowGeometry())) {
        const QRect avail = screen() ? screen()->availableGeometry() : QRect(0, 0, 1600, 1000);
        resize(qMin(1500, avail.width() - 40), qMin(920, avail.height() - 40));
        applyDefaultSizes();
    }
    restoreState(m_settings->windowState());
    if (!m_splitter->restoreState(m_settings->splitterState()))
        applyDefaultSizes();
    m_view->restoreState(m_settings->filesViewState());
    m_actions->showSidebar->setChecked(m_settings->sidebarVisible());
    m_actions->showDetail->setChecked(m_settings->detailVisible());
    m_sidebar->setVisible(m_settings->sidebarVisible());
    m_detail->setVisible(m_settings->detailVisible());
}

void MainWindow::saveLayout()
{
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    m_settings->setSplitterState(m_splitter->saveState());
    m_settings->setFilesViewState(m_view->saveState());
    m_settings->setSidebarVisible(m_actions->showSidebar->isChecked());
    m_settings->setDetailVisible(m_actions->showDetail->isChecked());
    m_settings->sync();
}

void MainWindow::resetLayout()
{
    m_settings->resetLayout();
    m_actions->showSidebar->setChecked(true);
    m_actions->showDetail->setChecked(true);
    m_view->restoreState(m_defaultViewState);
    applyDefaultSizes();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        // Children retranslate themselves; the window owns the actions, the model's texts
        // (headers, cells, in the new locale) and the titles it composes.
        m_actions->retranslate();
        m_model->retranslate();
        updateTitle();
        updateFilesStatus();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_export->confirmClose()) {
        event->ignore();
        return;
    }
    saveLayout();
    QMainWindow::closeEvent(event);
    if (event->isAccepted())
        emit closed();
}
