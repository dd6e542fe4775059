#include "consoleshell.h"

#include "api/apiclient.h"
#include "settings/consolesettings.h"
#include "settings/credentialstore.h"
#include "settings/demosimulator.h"
#include "mainwindow.h"
#include "sessioncontroller.h"
#include "windowlinks.h"

#include <QMessageBox>
#include <QTimer>

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
        // Signed out to follow a link to another server: the dialog that opens next offers it.
        QTimer::singleShot(0, this, [this] {
            if (m_pendingLink && !m_pendingLink->server.isEmpty() && m_session->dialog())
                m_session->dialog()->setServer(m_pendingLink->server);
        });
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
    m_pendingLink = options.link;
    const bool otherServer = m_pendingLink && !m_pendingLink->sameServer(m_settings->lastServer());
    if (!options.demo && !options.isScripted() && otherServer) {
        // The remembered session is for another server: sign in to the link's.
        m_session->requestSignIn({}, tr("Sign in to %1 to open the link.").arg(m_pendingLink->server));
        if (m_session->dialog())
            m_session->dialog()->setServer(m_pendingLink->server);
    } else if (options.demo) {
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
        connect(m_window.get(), &MainWindow::rememberMeChanged, m_session.get(), &SessionController::setRememberMe);
        if (!m_session->keychainNotice().isEmpty())
            m_window->showNotice(m_session->keychainNotice());
    }
    m_window->show();
    m_window->startSession();
    applyPendingLink();
}

void ConsoleShell::applyPendingLink()
{
    if (!m_pendingLink)
        return;
    const ConsoleLink link = *m_pendingLink;
    m_pendingLink.reset();
    if (!m_isDemo && !link.sameServer(m_client->server().toString())) {
        m_window->showNotice(tr("The link was for %1; you signed in to %2, so it was not opened.")
                                 .arg(link.server, m_client->server().toString()));
        return;
    }
    m_window->links()->open(link);
}

void ConsoleShell::raiseWindow()
{
    QWidget *front = m_session->dialog() ? static_cast<QWidget *>(m_session->dialog()) : m_window.get();
    if (!front)
        return;
    if (front->isMinimized())
        front->showNormal();
    front->raise();
    front->activateWindow();
}

void ConsoleShell::openLinkText(const QString &text)
{
    if (text.trimmed().isEmpty()) {
        raiseWindow();
        return;
    }
    QString why;
    const std::optional<ConsoleLink> link = ConsoleLink::parse(text, &why);
    if (!link) {
        raiseWindow();
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Cannot open the link"), why, QMessageBox::Close,
                                    m_window && m_window->isVisible() ? m_window.get() : nullptr);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    openLink(*link);
}

void ConsoleShell::openLink(const ConsoleLink &link)
{
    raiseWindow();
    if (!m_window || m_session->state() != SessionController::State::SignedIn) {
        m_pendingLink = link;
        if (!m_isDemo && !link.server.isEmpty() && m_session->dialog() && !link.sameServer(m_session->dialog()->server()))
            m_session->dialog()->setServer(link.server);
        return;
    }
    const QString current = m_client->server().toString();
    if (m_isDemo || link.sameServer(current)) {
        m_window->links()->open(link);
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Open the link"),
                                tr("This link is for %1, but you are signed in to %2.\n\nSign out and sign in to %1?")
                                    .arg(link.server, current),
                                QMessageBox::Yes | QMessageBox::No, m_window.get());
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(QMessageBox::No);
    connect(box, &QMessageBox::finished, this, [this, link](int button) {
        if (button != QMessageBox::Yes)
            return;
        m_pendingLink = link;
        m_session->signOut();
    });
    box->open();
}
