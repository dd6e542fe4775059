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

    // Interface language: a locale name ("de", "es", "en") or empty to follow the system
    // (LANGUAGE, LC_ALL, LANG).
    QString language() const;
    void setLanguage(const QString &language);

    // Playback (remembered between runs)
    static constexpr int kDefaultVolume = 80;          // percent
    int playbackVolume() const;                        // 0..100
    void setPlaybackVolume(int percent);
    bool playbackMuted() const;
    void setPlaybackMuted(bool muted);
    double playbackRate() const;                       // 0.5..2.0, default 1.0
    void setPlaybackRate(double rate);
    bool playbackAutoAdvance() const;                  // play the next audio row at the end
    void setPlaybackAutoAdvance(bool on);
    bool playbackSkipSilence() const;
    void setPlaybackSkipSilence(bool on);

    // Media cache (downloaded file bodies)
    static constexpr qint64 kDefaultCacheBytes = 500LL * 1024 * 1024;
    static QString defaultCacheDirectory();            // <standard cache location>/media
    qint64 cacheSizeLimit() const;                     // bytes
    void setCacheSizeLimit(qint64 bytes);
    QString cacheDirectory() const;
    void setCacheDirectory(const QString &path);

    // Downloads and export
    static constexpr int kDefaultDownloadJobs = 4;
    static constexpr int kMaxDownloadJobs = 16;
    static QString defaultExportFolder();              // <Documents>/EvoVoice exports
    static QString defaultNameTemplate();              // {dateCreated:yyyyMMdd-HHmmss}_{type}_{fromAddress}_{id}.{ext}
    int downloadJobs() const;                          // 1..kMaxDownloadJobs
    void setDownloadJobs(int jobs);
    QString exportFolder() const;
    void setExportFolder(const QString &path);
    QString exportNameTemplate() const;
    void setExportNameTemplate(const QString &nameTemplate);
    // The export dialog's last choices (its own vocabulary; the dialog maps them to ExportOptions)
    QString exportMetadataFormat() const;              // "csv" (default), "json" or "none"
    void setExportMetadataFormat(const QString &format);
    QStringList exportColumns() const;                 // CSV columns by API name, in order; empty = all
    void setExportColumns(const QStringList &columns);
    bool exportCsvBom() const;                         // default false
    void setExportCsvBom(bool bom);
    bool exportTranscripts() const;                    // default false
    void setExportTranscripts(bool on);
    bool exportMedia() const;                          // default true
    void setExportMedia(bool on);
    QString exportSubfolders() const;                  // "none" (default), "account", "customer" or "date"
    void setExportSubfolders(const QString &subfolders);

    // Files table defaults for new queries (Preferences; the sidebar's paging fields start here)
    static constexpr int kDefaultPageSize = 200;
    static constexpr int kMaxPageSize = 1000;
    int pageSize() const;                              // 1..kMaxPageSize
    void setPageSize(int rows);
    bool simplifiedPaging() const;                     // default false
    void setSimplifiedPaging(bool on);

    // Drops every recent server (the sign-in dialog then offers the default).
    void clearRecentServers();

    // Saved views (SavedViews) live in the same settings file under this key.
    static constexpr const char *kSavedViewsKey = "views/saved/v1";

    // A normalised server text: trimmed, scheme added when missing, no trailing slash.
    static QString normalizedServer(const QString &server);

private:
    std::unique_ptr<QSettings> m_settings;
};
