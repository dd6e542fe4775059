#include "signindialog.h"

#include "api/apicall.h"
#include "api/apiclient.h"
#include "settings/consolesettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace {
QLabel *makeMessageLabel(QWidget *parent, const QString &name, const QString &style)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setStyleSheet(style);
    label->hide();
    return label;
}
} // namespace

SignInDialog::SignInDialog(ApiClient *client, ConsoleSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_settings(settings)
    , m_server(new QComboBox(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(this))
    , m_notice(makeMessageLabel(this, QStringLiteral("noticeLabel"), QStringLiteral("color: palette(mid);")))
    , m_info(makeMessageLabel(this, QStringLiteral("infoLabel"), QString()))
    , m_error(makeMessageLabel(this, QStringLiteral("errorLabel"),
                               QStringLiteral("QLabel { color: #a11; background: #fdecea; padding: 4px; }")))
    , m_busy(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_signIn(m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole))
{
    setObjectName(QStringLiteral("signInDialog"));

    m_server->setObjectName(QStringLiteral("serverCombo"));
    m_server->setEditable(true);
    m_server->setInsertPolicy(QComboBox::NoInsert);
    m_server->setMinimumContentsLength(32);
    m_server->addItems(settings->recentServers());
    if (m_server->findText(ConsoleSettings::defaultServer()) < 0)
        m_server->addItem(ConsoleSettings::defaultServer());
    m_server->setCurrentText(settings->lastServer());

    m_user->setObjectName(QStringLiteral("emailEdit"));
    m_user->setText(settings->lastUser());
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_remember->setObjectName(QStringLiteral("rememberCheck"));
    m_remember->setChecked(settings->rememberSession());
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setDefault(true);
    m_busy->setObjectName(QStringLiteral("busyBar"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(8);
    m_busy->hide();

    auto *form = new QFormLayout;
    m_serverLabel = new QLabel(this);
    m_userLabel = new QLabel(this);
    m_passwordLabel = new QLabel(this);
    m_serverLabel->setBuddy(m_server);
    m_userLabel->setBuddy(m_user);
    m_passwordLabel->setBuddy(m_password);
    form->addRow(m_serverLabel, m_server);
    form->addRow(m_userLabel, m_user);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(QString(), m_remember);
    retranslate();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_notice);
    layout->addWidget(m_info);
    layout->addWidget(m_error);
    layout->addWidget(m_busy);
    layout->addWidget(m_buttons);
    layout->setSizeConstraint(QLayout::SetFixedSize);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::signIn);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    connect(m_user, &QLineEdit::textChanged, this, &SignInDialog::updateButtons);
    connect(m_password, &QLineEdit::textChanged, this, &SignInDialog::updateButtons);
    connect(m_server, &QComboBox::currentTextChanged, this, &SignInDialog::updateButtons);
    updateButtons();
    (m_user->text().isEmpty() ? m_user : m_password)->setFocus();
}

void SignInDialog::retranslate()
{
    setWindowTitle(tr("Sign in to EvoVoice"));
    m_server->setToolTip(tr("The EvoVoice API address; recent servers are in the list."));
    m_user->setPlaceholderText(tr("name@example.com"));
    m_remember->setText(tr("&Remember me on this computer"));
    m_remember->setToolTip(tr("Keeps the session (never the password) in the system keychain."));
    m_signIn->setText(tr("&Sign in", "button: sign in to the server"));
    m_serverLabel->setText(tr("Se&rver:"));
    m_userLabel->setText(tr("&Email:"));
    m_passwordLabel->setText(tr("&Password:"));
}

void SignInDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

SignInDialog::~SignInDialog()
{
    if (m_call)
        m_call->cancel();
}

void SignInDialog::setServer(const QString &server)
{
    m_server->setCurrentText(server);
}

void SignInDialog::setServerLocked(bool locked)
{
    m_serverLocked = locked;
    m_server->setEnabled(!locked && !isBusy());
}

void SignInDialog::setUser(const QString &user)
{
    m_user->setText(user);
    (user.isEmpty() ? m_user : m_password)->setFocus();
}

void SignInDialog::setPassword(const QString &password)
{
    m_password->setText(password);
}

void SignInDialog::setRememberMe(bool remember)
{
    m_remember->setChecked(remember && m_rememberAvailable);
}

void SignInDialog::setRememberAvailable(bool available, const QString &notice)
{
    m_rememberAvailable = available;
    if (!available)
        m_remember->setChecked(false);
    m_remember->setEnabled(available && !isBusy());
    m_notice->setText(notice);
    m_notice->setVisible(!notice.isEmpty());
}

void SignInDialog::setError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void SignInDialog::setInfo(const QString &text)
{
    m_info->setText(text);
    m_info->setVisible(!text.isEmpty());
}

QString SignInDialog::server() const
{
    return ConsoleSettings::normalizedServer(m_server->currentText());
}

QString SignInDialog::user() const
{
    return m_user->text().trimmed();
}

bool SignInDialog::rememberMe() const
{
    return m_remember->isChecked();
}

QString SignInDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void SignInDialog::signIn()
{
    if (isBusy() || !m_signIn->isEnabled())
        return;
    setError({});
    const QString server = this->server();
    QString urlError;
    const QUrl url(server, QUrl::StrictMode);
    if (server.isEmpty() || !url.isValid() || url.host().isEmpty()) {
        setError(tr("\"%1\" is not a server address such as https://evovoice.io.").arg(m_server->currentText()));
        m_server->setFocus();
        return;
    }
    if (m_client->server() != url) {
        if (!m_client->setServer(url, &urlError)) {
            setError(urlError.isEmpty() ? tr("The server address cannot be used.") : urlError);
            m_server->setFocus();
            return;
        }
    }
    setBusy(true);
    ApiCall *call = m_client->signIn(user(), m_password->text(), rememberMe(), this,
                              [this](const ApiResult<AuthSession> &result) {
                                  m_call.clear();
                                  setBusy(false);
                                  if (!result.ok()) {
                                      const ApiError &e = result.error;
                                      if (e.kind() == ApiError::Kind::Unauthorized && !e.message().isEmpty())
                                          setError(tr("Sign-in refused: %1").arg(e.message()));
                                      else
                                          setError(e.userText());
                                      if (e.kind() == ApiError::Kind::Unauthorized) {
                                          m_password->clear();
                                          m_password->setFocus();
                                      }
                                      return;
                                  }
                                  m_password->clear();
                                  emit signedIn(result.value);
                                  accept();
                              });
    if (m_busyFlag)  // the callback may already have run
        m_call = call;
}

void SignInDialog::reject()
{
    if (isBusy()) {
        // The first Cancel stops the running sign-in; the dialog stays.
        if (m_call)
            m_call->cancel();
        m_call.clear();
        setBusy(false);
        setInfo(tr("Sign-in cancelled."));
        return;
    }
    QDialog::reject();
}

void SignInDialog::setBusy(bool busy)
{
    m_busyFlag = busy;
    m_busy->setVisible(busy);
    m_server->setEnabled(!busy && !m_serverLocked);
    m_user->setReadOnly(busy);
    m_password->setReadOnly(busy);
    m_remember->setEnabled(!busy && m_rememberAvailable);
    if (busy)
        setInfo({});
    updateButtons();
}

void SignInDialog::updateButtons()
{
    m_signIn->setEnabled(!isBusy() && !m_user->text().trimmed().isEmpty() && !m_password->text().isEmpty()
                         && !m_server->currentText().trimmed().isEmpty());
}
