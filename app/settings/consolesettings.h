#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

class QSettings;

// The console's typed settings (QSettings, organisation "EvoVoice", application "Files Console").
// Every key is a constant in consolesettings.cpp; view state lives under versioned keys so that
// a later layout change can ignore old blobs. Never holds a secret: passwords are not stored
// anywhere and remembered sessions live in the system keychain (CredentialStore).
class ConsoleSettings final
{
public:
    static constexpr int kMaxRecentServers = 8;
    static QString defaultServer();  // https://evovoice.io

    ConsoleSettings();                               // the user's settings
    explicit ConsoleSettings(const QString &iniPath); // a given INI file (tests)
    ~ConsoleSettings();
    ConsoleSettings(const ConsoleSettings &) = delete;
    ConsoleSettings &operator=(const ConsoleSettings &) = delete;

    QString fileName() const;
    void sync();

    // Connection (no secrets)
    QStringList recentServers() const;                 // most recent first, de-duplicated, capped
    void addRecentServer(const QString &server);       // moves it to the front
    QString lastServer() const;                        // recentServers().first() or the default
    QString lastUser() const;
    void setLastUser(const QString &user);
    // Whether a session for lastServer()/lastUser() was put in the keychain ("remember me").
    bool rememberSession() const;
    void setRememberSession(bool remember);

    // Window layout (versioned)
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    QByteArray splitterState() const;
    void setSplitterState(const QByteArray &state);
    QByteArray filesViewState() const;
    void setFilesViewState(const QByteArray &state);
    bool sidebarVisible() const;
    void setSidebarVisible(bool visible);
    bool detailVisible() const;
    void setDetailVisible(bool visible);
    // Clears every layout key (View > Reset layout).
    void resetLayout();

    // A normalised server text: trimmed, scheme added when missing, no trailing slash.
    static QString normalizedServer(const QString &server);

private:
    std::unique_ptr<QSettings> m_settings;
};
