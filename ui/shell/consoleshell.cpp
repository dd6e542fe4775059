#include "consoleshell.h"

#include "apiclient.h"
#include "consolesettings.h"
#include "credentialstore.h"
#include "demosimulator.h"
#include "mainwindow.h"
#include "sessioncontroller.h"

#include <QMessageBox>

#include <cstdio>

namespace {
const QString kDemoUser = QStringLiteral("manager@example.com");
const QString kDemoPassword = QStringLiteral("demo");
} // namespace

ConsoleShell::ConsoleShell(ConsoleSettings *settings, CredentialStore *store, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_store(store)
    , m_client(std::make_unique<ApiClient>())
    , m_session(std::make_unique<SessionController>(m_client.get(), settings, store))
{
    connect(m_session.get(), &SessionController::signedIn, this, &ConsoleShell::showWindow);
    connect(m_session.get(), &SessionController::signInAbandoned, this, [this] { emit quitRequested(0); });
    connect(m_session.get(), &SessionController::signedOut, this, [this] {
        if (m_window) {
            m_window->endSession();
            m_window->hide();
        }
    });
    connect(m_session.get(), &SessionController::reauthenticated, this, [this] {
        if (m_window)
            m_window->retryAfterSignIn();
    });
    connect(m_session.get(), &SessionController::notice, this, [this](const QString &text) {
        if (m_window)
            m_window->showNotice(text);
    });
}

ConsoleShell::~ConsoleShell()
{
    // The window and the session use the client; the simulator goes last.
    m_window.reset();
    m_session.reset();
    m_client.reset();
    m_demo.reset();
}

void ConsoleShell::setDemoProgram(const QString &program)
{
    m_demoProgram = program;
}

void ConsoleShell::start(const ConsoleOptions &options)
{
    m_isDemo = options.demo;
    if (options.demo) {
        startDemo();
    } else if (options.isScripted()) {
        m_session->signInWith(options.server.isEmpty() ? m_settings->lastServer() : options.server,
                              options.user.isEmpty() ? m_settings->lastUser() : options.user, options.password);
    } else {
        m_session->start();
    }
}

void ConsoleShell::startDemo()
{
    m_session->setDemo(true);
    m_demo = std::make_unique<DemoSimulator>();
    if (!m_demoProgram.isEmpty())
        m_demo->setProgram(m_demoProgram);
    connect(m_demo.get(), &DemoSimulator::ready, this, [this](const QUrl &url) {
        m_session->signInWith(url.toString(), kDemoUser, kDemoPassword);
    });
    connect(m_demo.get(), &DemoSimulator::failed, this, &ConsoleShell::fatal);
    m_demo->start();
}

void ConsoleShell::fatal(const QString &message)
{
    std::fprintf(stderr, "evovoice-console: %s\n", qPrintable(message));
    auto *box = new QMessageBox(QMessageBox::Critical, tr("EvoVoice Files Console"), message, QMessageBox::Close);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this] { emit quitRequested(1); });
    box->open();
}

void ConsoleShell::showWindow()
{
    if (!m_window) {
        m_window = std::make_unique<MainWindow>(m_client.get(), m_settings);
        m_window->setDemo(m_isDemo);
        m_session->setWindow(m_window.get());
        connect(m_window.get(), &MainWindow::closed, this, [this] { emit quitRequested(0); });
        connect(m_window.get(), &MainWindow::signOutRequested, m_session.get(), &SessionController::signOut);
        if (!m_session->keychainNotice().isEmpty())
            m_window->showNotice(m_session->keychainNotice());
    }
    m_window->show();
    m_window->startSession();
}
