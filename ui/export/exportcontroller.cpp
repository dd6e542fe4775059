#include "exportcontroller.h"

#include "exportdialog.h"
#include "export/exportjob.h"
#include "exportprogresspanel.h"
#include "models/filesmodel.h"
#include "files/filesview.h"

#include <QDockWidget>
#include <QEvent>
#include <QLocale>
#include <QMainWindow>
#include <QMessageBox>

namespace {
constexpr int kSampleRows = 5;
constexpr int kMaxHeldSelection = 20000;  // up to this many selected rows are exported as shown
} // namespace

ExportController::ExportController(ApiClient *client, ConsoleSettings *settings, FilesView *view, QMainWindow *window)
    : QObject(window)
    , m_client(client)
    , m_settings(settings)
    , m_view(view)
    , m_window(window)
    , m_dock(new QDockWidget(tr("Export"), window))
    , m_panel(new ExportProgressPanel(m_dock))
{
    m_dock->setObjectName(QStringLiteral("exportDock"));
    m_dock->setWidget(m_panel);
    m_dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    m_dock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::TopDockWidgetArea);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_dock);
    m_dock->hide();
    m_dock->installEventFilter(this);   // its title follows the language
    connect(m_panel, &ExportProgressPanel::closeRequested, m_dock, &QWidget::hide);
    connect(m_panel, &ExportProgressPanel::pauseRequested, this, [this] {
        if (m_job)
            m_job->pause();
    });
    connect(m_panel, &ExportProgressPanel::resumeRequested, this, [this] {
        if (m_job)
            m_job->resume();
    });
    connect(m_panel, &ExportProgressPanel::retryRequested, this, [this] { startExport(m_lastOptions, m_lastScope); });
    connect(m_panel, &ExportProgressPanel::cancelRequested, this, [this] {
        if (m_job)
            m_job->cancel();
    });
}

bool ExportController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_dock && event->type() == QEvent::LanguageChange)
        m_dock->setWindowTitle(tr("Export"));
    return QObject::eventFilter(watched, event);
}

ExportController::~ExportController() = default;

ExportDialog *ExportController::dialog() const
{
    return m_dialog.data();
}

ExportJob *ExportController::job() const
{
    return m_job.data();
}

bool ExportController::isRunning() const
{
    return m_job && m_panel->isRunning();
}

ExportSources ExportController::currentSources() const
{
    ExportSources s;
    const FilesModel *model = m_view->filesModel();
    if (!model || !model->hasQuery())
        return s;
    s.selection = m_view->selectedFiles();
    s.query = model->wireQuery();
    s.loadedRows = model->rowCount();
    s.matchingCount = model->totalCount() >= 0 ? model->totalCount() : (model->isComplete() ? model->rowCount() : -1);
    for (int row = 0; row < model->rowCount() && s.matchingSample.size() < kSampleRows; ++row) {
        const FileInfo file = model->fileAt(row);
        if (!file.isNull())
            s.matchingSample << file;
    }
    const bool holdAll = s.selection.count() <= kMaxHeldSelection;
    bool allLoaded = holdAll;
    for (const FileRowRange &r : s.selection.ranges()) {
        for (int row = r.first; row <= r.last; ++row) {
            const FileInfo file = model->fileAt(row);
            if (file.isNull()) {
                allLoaded = false;
                if (!holdAll && s.selectionSample.size() >= kSampleRows)
                    break;
                continue;
            }
            if (s.selectionSample.size() < kSampleRows)
                s.selectionSample << file;
            if (holdAll)
                s.selectionFiles << file;
            else if (s.selectionSample.size() >= kSampleRows)
                break;
        }
    }
    if (!allLoaded)
        s.selectionFiles.clear();
    return s;
}

void ExportController::openDialog()
{
    if (isRunning()) {
        m_dock->show();
        m_dock->raise();
        QMessageBox::information(m_window, tr("Export"),
                                 tr("An export is running. Wait for it to finish or cancel it in the Export panel."));
        return;
    }
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    auto *dialog = new ExportDialog(m_settings, currentSources(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        ExportScope scope;
        scope.kind = dialog->selectionChosen() ? ExportScope::Kind::Selection : ExportScope::Kind::AllMatching;
        scope.count = dialog->chosenCount();
        startExport(dialog->options(), scope);
    });
    dialog->open();
}

void ExportController::startExport(const ExportOptions &options, const ExportScope &scope)
{
    if (isRunning())
        return;
    if (m_job)
        m_job->deleteLater();
    m_lastOptions = options;
    m_lastScope = scope;
    auto *job = new ExportJob(m_client, options, this);
    m_job = job;
    connect(job, &ExportJob::progressChanged, m_panel, &ExportProgressPanel::setProgress);
    connect(job, &ExportJob::finished, this, [this, job](const ExportSummary &summary) {
        if (job != m_job)
            return;
        m_panel->setSummary(summary);
        m_dock->show();
        emit exportFinished();
    });
    m_panel->start(options.folder, scope);
    m_dock->show();
    m_dock->raise();
    emit exportStarted();
    job->start();
}

bool ExportController::confirmClose()
{
    if (!isRunning())
        return true;
    const auto answer = QMessageBox::question(
        m_window, tr("Export running"),
        tr("An export is still running. Stop it and close? Files already finished are kept; a new export "
           "into the same folder continues where this one stopped."),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return false;
    if (m_job)
        m_job->cancel();
    return true;
}

void ExportController::cancelRunning()
{
    if (isRunning() && m_job)
        m_job->cancel();
}
