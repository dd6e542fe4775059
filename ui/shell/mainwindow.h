#pragma once

#include <QByteArray>
#include <QMainWindow>

class ApiClient;
class ConsoleSettings;
class ConsoleStatusBar;
class DetailPane;
class ErrorBanner;
class ExportController;
class FilesModel;
class FilesView;
class FilterSidebar;
class FilePreviewLoader;
class PlayerFeature;
class NoMatchNotice;
class ShellActions;
class WindowLinks;
class QSplitter;

// The console's window. It only assembles the feature widgets (FilterSidebar left, FilesView over
// a FilesModel in the centre under an ErrorBanner, DetailPane right), wires their signals, owns
// the menus (ShellActions) and the status bar, and remembers its layout in ConsoleSettings.
// The session (sign-in, re-sign-in, sign-out) is SessionController's; the window asks for it
// with signOutRequested() and hears back through startSession() / retryAfterSignIn().
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(ApiClient *client, ConsoleSettings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    void setDemo(bool demo);
    // Signed in (first time or as another user): reload lookups, run the sidebar's query.
    void startSession();
    // Signed in again after the session was refused: retry what failed, keep everything else.
    void retryAfterSignIn();
    // Signed out: drop the rows.
    void endSession();
    void showNotice(const QString &text);

    FilesModel *filesModel() const { return m_model; }
    FilesView *filesView() const { return m_view; }
    FilterSidebar *sidebar() const { return m_sidebar; }
    DetailPane *detailPane() const { return m_detail; }
    ErrorBanner *errorBanner() const { return m_banner; }
    NoMatchNotice *noMatchNotice() const { return m_noMatch; }
    ConsoleStatusBar *consoleStatusBar() const { return m_status; }
    ShellActions *actions() const { return m_actions; }
    ExportController *exportController() const { return m_export; }
    PlayerFeature *player() const { return m_player; }
    FilePreviewLoader *previewLoader() const { return m_previewLoader; }
    WindowLinks *links() const { return m_links; }
    // Edit > Preferences (the dialog deletes itself on close).
    void openPreferences();

signals:
    void signOutRequested();
    void closed();  // the user closed the window (quit)
    // From Preferences, for the parts that act on them (language manager, media cache, session).
    void languageChanged(const QString &code);
    void clearCacheRequested();
    void rememberMeChanged(bool remember);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildLayout();
    void connectPieces();
    void connectActions();
    void restoreLayout();
    void saveLayout();
    void resetLayout();
    void applyDefaultSizes();
    void updateFilesStatus();
    void updateBusy();
    void updateTitle();
    void applyQueryDefaults(int pageSize, bool simplifiedPaging);

    ApiClient *m_client;
    ConsoleSettings *m_settings;
    FilesModel *m_model;
    FilesView *m_view;
    FilterSidebar *m_sidebar;
    DetailPane *m_detail;
    ErrorBanner *m_banner;
    NoMatchNotice *m_noMatch;
    ConsoleStatusBar *m_status;
    ShellActions *m_actions;
    ExportController *m_export = nullptr;
    PlayerFeature *m_player;
    FilePreviewLoader *m_previewLoader;
    WindowLinks *m_links;
    QSplitter *m_splitter = nullptr;
    QByteArray m_defaultViewState;
    int m_firstVisible = -1;
    int m_lastVisible = -1;
    bool m_demo = false;
};
