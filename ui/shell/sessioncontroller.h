#pragma once

#include "api/authsession.h"
#include "signindialog.h"

#include <QObject>
#include <QPointer>
#include <QString>

class ApiClient;
class ConsoleSettings;
class CredentialStore;
class QWidget;

// Owns the life of the session: the start (remembered session, scripted credentials, demo, or
// the sign-in dialog), "remember me" through the keychain, re-sign-in when the server stops
// accepting the session (ApiClient::authenticationRequired), and sign-out. Passwords pass
// through to ApiClient only; the keychain gets AuthSession::serialize() and nothing else.
class SessionController final : public QObject
{
    Q_OBJECT
public:
    enum class State { SignedOut, Restoring, SigningIn, SignedIn };

    SessionController(ApiClient *client, ConsoleSettings *settings, CredentialStore *store,
                      QObject *parent = nullptr);
    ~SessionController() override;

    void setDemo(bool demo);                 // nothing is remembered, recent lists untouched
    bool isDemo() const { return m_demo; }
    void setWindow(QWidget *window);         // parent of the re-sign-in dialog
    State state() const { return m_state; }

    // Start: a remembered session when there is one (verified with authStatus), else the dialog.
    void start();
    // Scripted start (--server/--user/EVOVOICE_PASSWORD, --demo): signs in without the dialog;
    // on failure the dialog opens prefilled with the error.
    void signInWith(const QString &server, const QString &user, const QString &password);
    // Opens the sign-in dialog (not signed in: parentless; cancel = signInAbandoned()).
    void requestSignIn(const QString &error = {}, const QString &info = {});
    // The session was refused: a modal dialog over the window, prefilled; the window stays.
    void reauthenticate();
    void signOut();
    // Preferences' "remember me" while signed in: stores the session in the keychain or removes it.
    void setRememberMe(bool remember);

    SignInDialog *dialog() const { return m_dialog; }
    QString keychainNotice() const { return m_keychainNotice; }

signals:
    void signedIn();                 // show or reload the window
    void reauthenticated();          // retry what failed
    void reauthenticationCancelled();
    void signInAbandoned();          // the dialog was cancelled while signed out: quit
    void signedOut();
    void notice(const QString &text);  // non-modal notice (status bar)

private:
    enum class Remember { Keep, Yes, No };
    SignInDialog *openDialog(QWidget *parent);
    void finishSignIn(const QString &server, const QString &user, Remember remember);
    void restore(const QString &server, const QString &user, const AuthSession &session);
    void setKeychainNotice(const QString &text);
    void storeSession();

    ApiClient *m_client;
    ConsoleSettings *m_settings;
    CredentialStore *m_store;
    QPointer<QWidget> m_window;
    QPointer<SignInDialog> m_dialog;
    State m_state = State::SignedOut;
    QString m_keychainNotice;
    bool m_demo = false;
    bool m_remembering = false;
};
