#pragma once

#include "export/exportoptions.h"
#include "export/exportscope.h"
#include "exportsources.h"

#include <QObject>
#include <QPointer>

class ApiClient;
class ConsoleSettings;
class ExportDialog;
class ExportJob;
class ExportProgressPanel;
class FilesView;
class QDockWidget;
class QMainWindow;

// The window's export feature: "Export…" opens the ExportDialog on the table's selection and
// query; the export then runs as an ExportJob (app/export) while ExportProgressPanel, in a dock at
// the bottom of the window, shows its progress, pauses, resumes or cancels it and gives the
// summary. One export at a time: asking again while one runs brings its panel forward.
class ExportController final : public QObject
{
    Q_OBJECT
public:
    ExportController(ApiClient *client, ConsoleSettings *settings, FilesView *view, QMainWindow *window);
    ~ExportController() override;

    // What the dialog offers for the table as it is now.
    ExportSources currentSources() const;
    bool isRunning() const;
    // Before the window closes: true when it may (nothing runs, or the user chose to stop it).
    bool confirmClose();
    // Signed out: a running export cannot go on without the session; it is cancelled (what is
    // finished stays, "Run again" after signing in continues).
    void cancelRunning();

    ExportDialog *dialog() const;
    ExportJob *job() const;
    ExportProgressPanel *panel() const { return m_panel; }
    QDockWidget *dock() const { return m_dock; }

public slots:
    void openDialog();
    void startExport(const ExportOptions &options, const ExportScope &scope);

signals:
    void exportStarted();
    void exportFinished();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    ApiClient *m_client;
    ConsoleSettings *m_settings;
    FilesView *m_view;
    QMainWindow *m_window;
    QDockWidget *m_dock;
    ExportProgressPanel *m_panel;
    QPointer<ExportDialog> m_dialog;
    QPointer<ExportJob> m_job;
    ExportOptions m_lastOptions;
    ExportScope m_lastScope;
};
