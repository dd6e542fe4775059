#pragma once

#include "api/authsession.h"

#include <QDialog>
#include <QPointer>

class ApiCall;
class ApiClient;
class ConsoleSettings;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

// Asks for server, email, password and "remember me", and signs in with the ApiClient.
// Errors (bad password, unreachable server, TLS, password over plain HTTP) show inline with
// ApiError::userText(); while signing in a busy bar shows and Cancel aborts the request.
// The password is never stored. The caller (SessionController) records recent servers and
// keeps the session on signedIn().
class SignInDialog final : public QDialog
{
    Q_OBJECT
public:
    SignInDialog(ApiClient *client, ConsoleSettings *settings, QWidget *parent = nullptr);
    ~SignInDialog() override;

    void setServer(const QString &server);
    void setServerLocked(bool locked);   // re-sign-in: the window's data belongs to this server
    void setUser(const QString &user);
    void setPassword(const QString &password);
    void setRememberMe(bool remember);
    void setRememberAvailable(bool available, const QString &notice = {});
    void setError(const QString &text);  // inline error (empty hides it)
    void setInfo(const QString &text);   // inline information (expired session, ...)

    QString server() const;
    QString user() const;
    bool rememberMe() const;
    QString errorText() const;
    bool isBusy() const { return m_busyFlag; }

public slots:
    void signIn();                       // what the Sign in button does
    void reject() override;              // Cancel: aborts a running sign-in first

signals:
    void signedIn(const AuthSession &session);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void setBusy(bool busy);
    void updateButtons();

    ApiClient *m_client;
    ConsoleSettings *m_settings;
    QComboBox *m_server;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QLabel *m_notice;
    QLabel *m_info;
    QLabel *m_error;
    QProgressBar *m_busy;
    QDialogButtonBox *m_buttons;
    QPushButton *m_signIn;
    QLabel *m_serverLabel = nullptr;
    QLabel *m_userLabel = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QPointer<ApiCall> m_call;
    bool m_rememberAvailable = true;
    bool m_serverLocked = false;
    bool m_busyFlag = false;
};
