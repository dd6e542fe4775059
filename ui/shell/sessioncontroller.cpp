#include "sessioncontroller.h"

#include "api/apiclient.h"
#include "settings/consolesettings.h"
#include "settings/credentialstore.h"
#include "signindialog.h"

#include <QUrl>

SessionController::SessionController(ApiClient *client, ConsoleSettings *settings, CredentialStore *store,
                                     QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_settings(settings)
    , m_store(store)
{
    connect(m_store, &CredentialStore::availabilityChanged, this, [this](CredentialStore::Availability a) {
        if (a == CredentialStore::Availability::Unavailable)
            setKeychainNotice(m_store->unavailableReason());
    });
    connect(m_client, &ApiClient::authenticationRequired, this, [this] {
        if (m_state == State::SignedIn)
            reauthenticate();
    });
    // A session renewed by silent re-sign-in replaces the remembered one.
    connect(m_client, &ApiClient::sessionChanged, this, [this] {
        if (m_remembering && m_state == State::SignedIn && m_client->isSignedIn())
            storeSession();
    });
}

SessionController::~SessionController()
{
    delete m_dialog;
}

void SessionController::setDemo(bool demo)
{
    m_demo = demo;
}

void SessionController::setWindow(QWidget *window)
{
    m_window = window;
}

void SessionController::setKeychainNotice(const QString &text)
{
    if (m_keychainNotice == text)
        return;
    m_keychainNotice = text;
    if (m_dialog && !m_demo)
        m_dialog->setRememberAvailable(false, text);
    emit notice(text);
}

void SessionController::start()
{
    const QString server = m_settings->lastServer();
    const QString user = m_settings->lastUser();
    if (!m_settings->rememberSession() || user.isEmpty()) {
        requestSignIn();
        return;
    }
    m_state = State::Restoring;
    m_store->load(server, user, this, [this, server, user](const CredentialStore::Result &r) {
        if (r.ok()) {
            restore(server, user, r.session);
            return;
        }
        if (r.status == CredentialStore::Status::NotFound)
            m_settings->setRememberSession(false);
        requestSignIn();
    });
}

void SessionController::restore(const QString &server, const QString &user, const AuthSession &session)
{
    QString error;
    if (!m_client->setServer(QUrl(server), &error)) {
        requestSignIn(error);
        return;
    }
    m_client->restoreSession(session);
    m_client->authStatus(this, [this, server, user](const ApiResult<UserInfo> &r) {
        if (r.ok() && (r.value.isAuthenticated || !r.value.id.isEmpty())) {
            m_remembering = true;
            finishSignIn(server, user, Remember::Keep);
            return;
        }
        m_client->forgetSession();
        const ApiError::Kind kind = r.error.kind();
        if (r.ok() || kind == ApiError::Kind::Unauthorized || kind == ApiError::Kind::Forbidden) {
            // The server no longer accepts it: forget it and ask.
            m_store->remove(server, user, this, nullptr);
            m_settings->setRememberSession(false);
            requestSignIn({}, tr("Your remembered session has expired. Please sign in again."));
        } else {
            requestSignIn(r.error.userText());
        }
    });
}

void SessionController::signInWith(const QString &server, const QString &user, const QString &password)
{
    QString error;
    const QUrl url(ConsoleSettings::normalizedServer(server));
    if (!m_client->setServer(url, &error)) {
        requestSignIn(error.isEmpty() ? tr("The server address cannot be used.") : error);
        if (m_dialog) {
            m_dialog->setServer(server);
            m_dialog->setUser(user);
        }
        return;
    }
    if (password.isEmpty()) {
        requestSignIn();
        if (m_dialog) {
            m_dialog->setServer(server);
            m_dialog->setUser(user);
        }
        return;
    }
    m_state = State::SigningIn;
    m_client->signIn(user, password, false, this, [this, server, user](const ApiResult<AuthSession> &r) {
        if (r.ok()) {
            finishSignIn(server, user, Remember::Keep);
            return;
        }
        requestSignIn(r.error.userText());
        if (m_dialog) {
            m_dialog->setServer(server);
            m_dialog->setUser(user);
        }
    });
}

SignInDialog *SessionController::openDialog(QWidget *parent)
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return m_dialog;
    }
    auto *dialog = new SignInDialog(m_client, m_settings, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_demo)
        dialog->setRememberAvailable(false, tr("Demo mode: nothing is remembered."));
    else if (m_store->availability() == CredentialStore::Availability::Unavailable)
        dialog->setRememberAvailable(false, m_store->unavailableReason());
    m_dialog = dialog;
    return dialog;
}

void SessionController::requestSignIn(const QString &error, const QString &info)
{
    m_state = State::SigningIn;
    const bool fresh = m_dialog.isNull();
    SignInDialog *dialog = openDialog(nullptr);
    dialog->setError(error);
    dialog->setInfo(info);
    if (!fresh)
        return;
    if (!m_demo && m_store->availability() == CredentialStore::Availability::Unknown)
        m_store->probe(this, nullptr);  // tells the dialog early when there is no keychain
    connect(dialog, &SignInDialog::signedIn, this, [this, dialog] {
        finishSignIn(dialog->server(), dialog->user(), dialog->rememberMe() ? Remember::Yes : Remember::No);
    });
    connect(dialog, &QDialog::rejected, this, [this] {
        m_state = State::SignedOut;
        emit signInAbandoned();
    });
    dialog->open();
}

void SessionController::reauthenticate()
{
    if (m_dialog)
        return;  // already asking; further 401s wait for the same answer
    SignInDialog *dialog = openDialog(m_window);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setServer(m_client->server().toString());
    dialog->setServerLocked(true);
    QString user = m_client->currentUser().emailAddress;
    if (user.isEmpty())
        user = m_client->session().userName;
    if (user.isEmpty())
        user = m_settings->lastUser();
    dialog->setUser(user);
    dialog->setRememberMe(m_remembering);
    dialog->setInfo(tr("The server no longer accepts your session. Sign in again to continue; "
                       "your filters and selection are kept."));
    connect(dialog, &SignInDialog::signedIn, this, [this, dialog] {
        finishSignIn(dialog->server(), dialog->user(), dialog->rememberMe() ? Remember::Yes : Remember::No);
        emit reauthenticated();
    });
    connect(dialog, &QDialog::rejected, this, &SessionController::reauthenticationCancelled);
    dialog->open();
}

void SessionController::finishSignIn(const QString &server, const QString &user, Remember remember)
{
    const bool first = m_state != State::SignedIn;
    m_state = State::SignedIn;
    if (!m_demo) {
        m_settings->addRecentServer(server);
        m_settings->setLastUser(user);
        if (remember == Remember::Yes) {
            m_remembering = true;
            storeSession();
        } else if (remember == Remember::No) {
            m_remembering = false;
            m_settings->setRememberSession(false);
            if (m_store->availability() != CredentialStore::Availability::Unavailable)
                m_store->remove(server, user, this, nullptr);
        }
        m_settings->sync();
    }
    if (first)
        emit signedIn();
}

void SessionController::storeSession()
{
    const QString server = m_client->server().toString();
    const QString user = m_settings->lastUser();
    m_store->store(server, user, m_client->session(), this, [this](const CredentialStore::Result &r) {
        m_settings->setRememberSession(r.ok());
        if (!r.ok()) {
            m_remembering = false;
            setKeychainNotice(r.errorText);
        }
    });
}

void SessionController::signOut()
{
    const QString server = m_client->server().toString();
    const QString user = m_settings->lastUser();
    m_remembering = false;
    m_settings->setRememberSession(false);
    if (!m_demo)
        m_store->remove(server, user, this, nullptr);
    m_state = State::SignedOut;
    auto finish = [this] {
        m_client->forgetSession();
        emit signedOut();
        requestSignIn({}, tr("You have signed out."));
    };
    m_client->signOut(this, [finish](const ApiResult<NoValue> &) { finish(); });
}

void SessionController::setRememberMe(bool remember)
{
    if (m_demo)
        return;
    if (!remember) {
        m_remembering = false;
        m_settings->setRememberSession(false);
        if (m_store->availability() != CredentialStore::Availability::Unavailable)
            m_store->remove(m_client->server().toString(), m_settings->lastUser(), this, nullptr);
        return;
    }
    if (m_state != State::SignedIn || !m_client->isSignedIn())
        return;
    m_remembering = true;
    storeSession();
}
