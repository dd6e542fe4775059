#include "consolesettings.h"

#include <QSettings>

namespace {
// Every key in one place.
const QString kRecentServers = QStringLiteral("connection/recentServers");
const QString kLastUser = QStringLiteral("connection/lastUser");
const QString kRememberSession = QStringLiteral("connection/rememberSession");
const QString kWindowGeometry = QStringLiteral("layout/v1/windowGeometry");
const QString kWindowState = QStringLiteral("layout/v1/windowState");
const QString kSplitterState = QStringLiteral("layout/v1/splitterState");
const QString kSidebarVisible = QStringLiteral("layout/v1/sidebarVisible");
const QString kDetailVisible = QStringLiteral("layout/v1/detailVisible");
const QString kFilesViewState = QStringLiteral("views/files/v1/state");
const QString kLayoutGroup = QStringLiteral("layout/v1");
} // namespace

QString ConsoleSettings::defaultServer()
{
    return QStringLiteral("https://evovoice.io");
}

ConsoleSettings::ConsoleSettings()
    : m_settings(std::make_unique<QSettings>(QStringLiteral("EvoVoice"), QStringLiteral("Files Console")))
{
}

ConsoleSettings::ConsoleSettings(const QString &iniPath)
    : m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{
}

ConsoleSettings::~ConsoleSettings() = default;

QString ConsoleSettings::fileName() const
{
    return m_settings->fileName();
}

void ConsoleSettings::sync()
{
    m_settings->sync();
}

QString ConsoleSettings::normalizedServer(const QString &server)
{
    QString s = server.trimmed();
    if (s.isEmpty())
        return s;
    if (!s.contains(QStringLiteral("://")))
        s.prepend(QStringLiteral("https://"));
    while (s.endsWith(QLatin1Char('/')))
        s.chop(1);
    return s;
}

QStringList ConsoleSettings::recentServers() const
{
    QStringList out;
    const QStringList stored = m_settings->value(kRecentServers).toStringList();
    for (const QString &s : stored) {
        const QString n = normalizedServer(s);
        if (!n.isEmpty() && !out.contains(n, Qt::CaseInsensitive))
            out << n;
        if (out.size() == kMaxRecentServers)
            break;
    }
    return out;
}

void ConsoleSettings::addRecentServer(const QString &server)
{
    const QString n = normalizedServer(server);
    if (n.isEmpty())
        return;
    QStringList list = recentServers();
    list.removeIf([&](const QString &s) { return s.compare(n, Qt::CaseInsensitive) == 0; });
    list.prepend(n);
    while (list.size() > kMaxRecentServers)
        list.removeLast();
    m_settings->setValue(kRecentServers, list);
}

QString ConsoleSettings::lastServer() const
{
    const QStringList list = recentServers();
    return list.isEmpty() ? defaultServer() : list.first();
}

QString ConsoleSettings::lastUser() const
{
    return m_settings->value(kLastUser).toString();
}

void ConsoleSettings::setLastUser(const QString &user)
{
    m_settings->setValue(kLastUser, user.trimmed());
}

bool ConsoleSettings::rememberSession() const
{
    return m_settings->value(kRememberSession, false).toBool();
}

void ConsoleSettings::setRememberSession(bool remember)
{
    m_settings->setValue(kRememberSession, remember);
}

QByteArray ConsoleSettings::windowGeometry() const
{
    return m_settings->value(kWindowGeometry).toByteArray();
}

void ConsoleSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(kWindowGeometry, geometry);
}

QByteArray ConsoleSettings::windowState() const
{
    return m_settings->value(kWindowState).toByteArray();
}

void ConsoleSettings::setWindowState(const QByteArray &state)
{
    m_settings->setValue(kWindowState, state);
}

QByteArray ConsoleSettings::splitterState() const
{
    return m_settings->value(kSplitterState).toByteArray();
}

void ConsoleSettings::setSplitterState(const QByteArray &state)
{
    m_settings->setValue(kSplitterState, state);
}

QByteArray ConsoleSettings::filesViewState() const
{
    return m_settings->value(kFilesViewState).toByteArray();
}

void ConsoleSettings::setFilesViewState(const QByteArray &state)
{
    m_settings->setValue(kFilesViewState, state);
}

bool ConsoleSettings::sidebarVisible() const
{
    return m_settings->value(kSidebarVisible, true).toBool();
}

void ConsoleSettings::setSidebarVisible(bool visible)
{
    m_settings->setValue(kSidebarVisible, visible);
}

bool ConsoleSettings::detailVisible() const
{
    return m_settings->value(kDetailVisible, true).toBool();
}

void ConsoleSettings::setDetailVisible(bool visible)
{
    m_settings->setValue(kDetailVisible, visible);
}

void ConsoleSettings::resetLayout()
{
    m_settings->remove(kLayoutGroup);
    m_settings->remove(kFilesViewState);
}
