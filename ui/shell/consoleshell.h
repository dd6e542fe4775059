#pragma once

#include "consoleoptions.h"

#include <QObject>

#include <memory>

class ApiClient;
class ConsoleSettings;
class CredentialStore;
class DemoSimulator;
class MainWindow;
class SessionController;

// The console put together: the API client, the session controller, the window and, with
// --demo, the simulator child. It decides what happens at start (demo, scripted, remembered or
// dialog) and wires the window to the session. main() only parses options and runs it.
class ConsoleShell final : public QObject
{
    Q_OBJECT
public:
    ConsoleShell(ConsoleSettings *settings, CredentialStore *store, QObject *parent = nullptr);
    ~ConsoleShell() override;

    void setDemoProgram(const QString &program);  // tests; default: next to the binary
    void start(const ConsoleOptions &options);
    // A link to open: at once when signed in to its server, else after the sign-in (kept while
    // the dialog is open). A link for another server asks before signing out.
    void openLink(const ConsoleLink &link);
    // What a second start handed over (SingleInstance): a link's text, or "" = come to the front.
    void openLinkText(const QString &text);
    std::optional<ConsoleLink> pendingLink() const { return m_pendingLink; }

    ApiClient *client() const { return m_client.get(); }
    SessionController *session() const { return m_session.get(); }
    MainWindow *window() const { return m_window.get(); }
    DemoSimulator *demo() const { return m_demo.get(); }

signals:
    void quitRequested(int exitCode);

private:
    void startDemo();
    void showWindow();
    void fatal(const QString &message);
    void raiseWindow();
    void applyPendingLink();

    ConsoleSettings *m_settings;
    CredentialStore *m_store;
    std::unique_ptr<DemoSimulator> m_demo;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<SessionController> m_session;
    std::unique_ptr<MainWindow> m_window;
    QString m_demoProgram;
    bool m_isDemo = false;
    std::optional<ConsoleLink> m_pendingLink;
};
