#pragma once

#include <QDialog>
#include <QFutureWatcher>

#include "settings/directorysize.h"

class ConsoleSettings;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;

// Edit > Preferences (Ctrl+,): every setting a user may change, on five tabs (Account, General,
// Playback, Media cache, Downloads). It reads ConsoleSettings when opened and writes it only on
// OK; Cancel leaves the settings as they were. It never shows or stores a password.
// What other parts must act on is announced, not done here: languageChanged(code) (the language
// manager retranslates), clearCacheRequested() (the media cache empties itself),
// signOutRequested(), rememberMeChanged(on) (the session controller stores or forgets the
// session in the keychain) and queryDefaultsChanged() (new queries use the page size).
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
public:
    // signedIn: "manager@example.com on https://evovoice.io" or empty when not signed in.
    PreferencesDialog(ConsoleSettings *settings, const QString &signedIn, QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    // Reads the settings into the form (the constructor does it once).
    void load();
    // Writes the form into the settings and emits what changed (OK does it).
    void save();
    void accept() override;

    // Counts the media cache folder's bytes again (after Clear cache, when the folder changes).
    void refreshCacheSize();
    bool isCountingCache() const;
    qint64 cacheBytesOnDisk() const { return m_cacheBytes; }

    // The fields, for tests.
    QTabWidget *tabs() const { return m_tabs; }
    QComboBox *serverField() const { return m_server; }
    QLineEdit *userField() const { return m_user; }
    QCheckBox *rememberField() const { return m_remember; }
    QPushButton *clearRecentButton() const { return m_clearRecent; }
    QPushButton *signOutButton() const { return m_signOut; }
    QComboBox *languageField() const { return m_language; }
    QSpinBox *pageSizeField() const { return m_pageSize; }
    QCheckBox *simplifiedPagingField() const { return m_simplified; }
    QSpinBox *volumeField() const { return m_volume; }
    QDoubleSpinBox *rateField() const { return m_rate; }
    QCheckBox *autoAdvanceField() const { return m_autoAdvance; }
    QCheckBox *skipSilenceField() const { return m_skipSilence; }
    QSpinBox *cacheLimitField() const { return m_cacheLimit; }   // MiB
    QLineEdit *cacheFolderField() const { return m_cacheFolder; }
    QLabel *cacheUsageLabel() const { return m_cacheUsage; }
    QPushButton *clearCacheButton() const { return m_clearCache; }
    QSpinBox *downloadJobsField() const { return m_jobs; }
    QLineEdit *exportFolderField() const { return m_exportFolder; }
    QLineEdit *nameTemplateField() const { return m_nameTemplate; }

signals:
    void languageChanged(const QString &code);   // "" = follow the system
    void clearCacheRequested();
    void signOutRequested();
    void rememberMeChanged(bool remember);
    void queryDefaultsChanged(int pageSize, bool simplifiedPaging);
    void cacheSizeCounted(qint64 bytes);          // after refreshCacheSize()

private:
    QWidget *buildAccountTab(const QString &signedIn);
    QWidget *buildGeneralTab();
    QWidget *buildPlaybackTab();
    QWidget *buildCacheTab();
    QWidget *buildDownloadsTab();
    QWidget *folderRow(QLineEdit *field, const QString &title);
    void showCacheSize();

    ConsoleSettings *m_settings;
    QTabWidget *m_tabs;
    QComboBox *m_server = nullptr;
    QLineEdit *m_user = nullptr;
    QCheckBox *m_remember = nullptr;
    QPushButton *m_clearRecent = nullptr;
    QPushButton *m_signOut = nullptr;
    bool m_recentCleared = false;
    QComboBox *m_language = nullptr;
    QSpinBox *m_pageSize = nullptr;
    QCheckBox *m_simplified = nullptr;
    QSpinBox *m_volume = nullptr;
    QDoubleSpinBox *m_rate = nullptr;
    QCheckBox *m_autoAdvance = nullptr;
    QCheckBox *m_skipSilence = nullptr;
    QSpinBox *m_cacheLimit = nullptr;
    QLineEdit *m_cacheFolder = nullptr;
    QLabel *m_cacheUsage = nullptr;
    QPushButton *m_clearCache = nullptr;
    QSpinBox *m_jobs = nullptr;
    QLineEdit *m_exportFolder = nullptr;
    QLineEdit *m_nameTemplate = nullptr;
    QFutureWatcher<DirectorySize> m_sizeWatcher;
    qint64 m_cacheBytes = -1;
    bool m_countAgain = false;
};
