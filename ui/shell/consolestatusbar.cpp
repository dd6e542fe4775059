#include "consolestatusbar.h"

#include "api/userinfo.h"

#include <QEvent>
#include <QLabel>
#include <QProgressBar>
#include <QUrl>

ConsoleStatusBar::ConsoleStatusBar(QWidget *parent)
    : QStatusBar(parent)
    , m_files(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_user(new QLabel(this))
    , m_notice(new QLabel(this))
{
    setObjectName(QStringLiteral("statusBar"));
    m_files->setObjectName(QStringLiteral("filesStatus"));
    m_files->setTextFormat(Qt::PlainText);
    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setFixedSize(80, 12);
    m_busy->hide();
    m_user->setObjectName(QStringLiteral("userStatus"));
    m_user->setTextFormat(Qt::PlainText);
    m_notice->setObjectName(QStringLiteral("noticeStatus"));
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    m_notice->hide();
    addWidget(m_files);
    addPermanentWidget(m_notice);
    addPermanentWidget(m_busy);
    addPermanentWidget(m_user);
    retranslate();
}

void ConsoleStatusBar::retranslate()
{
    m_busy->setToolTip(tr("Loading…"));
    if (!m_server.isNull())
        setUser(m_userInfo, m_server);
    showNotice(m_notice->toolTip());
}

void ConsoleStatusBar::setFilesText(const QString &text)
{
    m_files->setText(text);
}

QString ConsoleStatusBar::filesText() const
{
    return m_files->text();
}

void ConsoleStatusBar::setBusy(bool busy)
{
    m_busy->setVisible(busy);
}

bool ConsoleStatusBar::isBusy() const
{
    return !m_busy->isHidden();
}

QString ConsoleStatusBar::primaryRole(const QStringList &roles)
{
    for (const char *r : {"SystemAdministrator", "Administrator", "Manager", "Customer"})
        if (roles.contains(QLatin1String(r), Qt::CaseInsensitive))
            return QString::fromLatin1(r);
    return roles.value(0);
}

void ConsoleStatusBar::setUser(const UserInfo &user, const QString &server)
{
    m_userInfo = user;
    m_server = server;
    const QString role = primaryRole(user.roles);
    const QString name = user.displayName();
    QString text = role.isEmpty() ? name : tr("%1 (%2)", "user (role)").arg(name, role);
    m_user->setText(text);
    m_user->setToolTip(tr("Signed in as %1 on %2\nRoles: %3")
                           .arg(user.emailAddress.isEmpty() ? name : user.emailAddress, server,
                                user.roles.join(QStringLiteral(", "))));
}

QString ConsoleStatusBar::userText() const
{
    return m_user->text();
}

void ConsoleStatusBar::showNotice(const QString &text)
{
    // A short label that stays (the full reason in its tooltip); never a dialog.
    m_notice->setText(text.isEmpty() ? QString() : tr("Nothing remembered: no keychain"));
    m_notice->setToolTip(text);
    m_notice->setVisible(!text.isEmpty());
}

QString ConsoleStatusBar::noticeText() const
{
    return m_notice->toolTip();
}

void ConsoleStatusBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QStatusBar::changeEvent(event);
}
