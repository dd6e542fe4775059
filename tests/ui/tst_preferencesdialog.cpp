// PreferencesDialog offscreen: it shows what ConsoleSettings holds, OK writes the form back and
// says what changed, Cancel leaves every setting as it was, the cache folder's size is counted.
#include "api/apiclient.h"
#include "settings/consolesettings.h"
#include "filters/filtersidebar.h"
#include "shell/mainwindow.h"
#include "preferences/preferencesdialog.h"
#include "settings/savedviews.h"
#include "shell/shellactions.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>

class TestPreferencesDialog final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_count = 0;

    QString iniPath() { return m_dir.filePath(QStringLiteral("prefs%1.ini").arg(++m_count)); }

    static void fill(ConsoleSettings &s, const QString &cache)
    {
        s.addRecentServer(QStringLiteral("https://evovoice.io"));
        s.addRecentServer(QStringLiteral("https://team.evovoice.io"));
        s.setLastUser(QStringLiteral("manager@example.com"));
        s.setRememberSession(true);
        s.setLanguage(QStringLiteral("de"));
        s.setPageSize(350);
        s.setSimplifiedPaging(true);
        s.setPlaybackVolume(42);
        s.setPlaybackRate(1.5);
        s.setPlaybackAutoAdvance(false);
        s.setPlaybackSkipSilence(true);
        s.setCacheSizeLimit(750LL * 1024 * 1024);
        s.setCacheDirectory(cache);
        s.setDownloadJobs(7);
        s.setExportFolder(QStringLiteral("/tmp/exports here"));
        s.setExportNameTemplate(QStringLiteral("{id}.{ext}"));
        s.sync();
    }

    static QByteArray fileBytes(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void loadsEveryValue()
    {
        ConsoleSettings settings(iniPath());
        fill(settings, m_dir.filePath(QStringLiteral("cache")));
        PreferencesDialog dialog(&settings, QStringLiteral("manager@example.com on https://team.evovoice.io"));
        QCOMPARE(dialog.serverField()->currentText(), QStringLiteral("https://team.evovoice.io"));
        QCOMPARE(dialog.serverField()->count(), 2);
        QCOMPARE(dialog.userField()->text(), QStringLiteral("manager@example.com"));
        QVERIFY(dialog.rememberField()->isChecked());
        QVERIFY(dialog.signOutButton()->isEnabled());
        QCOMPARE(dialog.languageField()->currentData().toString(), QStringLiteral("de"));
        QCOMPARE(dialog.languageField()->currentText(), QStringLiteral("Deutsch"));
        QCOMPARE(dialog.pageSizeField()->value(), 350);
        QVERIFY(dialog.simplifiedPagingField()->isChecked());
        QCOMPARE(dialog.volumeField()->value(), 42);
        QCOMPARE(dialog.rateField()->value(), 1.5);
        QVERIFY(!dialog.autoAdvanceField()->isChecked());
        QVERIFY(dialog.skipSilenceField()->isChecked());
        QCOMPARE(dialog.cacheLimitField()->value(), 750);
        QCOMPARE(dialog.cacheFolderField()->text(), m_dir.filePath(QStringLiteral("cache")));
        QCOMPARE(dialog.downloadJobsField()->value(), 7);
        QCOMPARE(dialog.exportFolderField()->text(), QStringLiteral("/tmp/exports here"));
        QCOMPARE(dialog.nameTemplateField()->text(), QStringLiteral("{id}.{ext}"));
        // Every mnemonic label leads to its field (no literal "&" on screen).
        for (QLabel *label : dialog.findChildren<QLabel *>())
            if (label->text().contains(QLatin1Char('&')))
                QVERIFY2(label->buddy(), qPrintable(label->text()));
        // Five tabs, no password anywhere.
        QCOMPARE(dialog.tabs()->count(), 5);
        for (QLineEdit *e : dialog.findChildren<QLineEdit *>())
            QVERIFY(e->echoMode() == QLineEdit::Normal);
    }

    void okSavesAndAnnounces()
    {
        ConsoleSettings settings(iniPath());
        fill(settings, m_dir.filePath(QStringLiteral("cache")));
        PreferencesDialog dialog(&settings, QString());
        QVERIFY(!dialog.signOutButton()->isEnabled());  // not signed in
        QSignalSpy language(&dialog, &PreferencesDialog::languageChanged);
        QSignalSpy remember(&dialog, &PreferencesDialog::rememberMeChanged);
        QSignalSpy paging(&dialog, &PreferencesDialog::queryDefaultsChanged);

        dialog.serverField()->setEditText(QStringLiteral("evovoice.io/"));
        dialog.userField()->setText(QStringLiteral("  admin@example.com "));
        dialog.rememberField()->setChecked(false);
        dialog.languageField()->setCurrentIndex(dialog.languageField()->findData(QStringLiteral("es")));
        dialog.pageSizeField()->setValue(50);
        dialog.simplifiedPagingField()->setChecked(false);
        dialog.volumeField()->setValue(100);
        dialog.rateField()->setValue(0.75);
        dialog.autoAdvanceField()->setChecked(true);
        dialog.skipSilenceField()->setChecked(false);
        dialog.cacheLimitField()->setValue(0);
        dialog.cacheFolderField()->setText(m_dir.filePath(QStringLiteral("other cache")));
        dialog.downloadJobsField()->setValue(16);
        dialog.exportFolderField()->setText(QStringLiteral("/srv/exports"));
        dialog.nameTemplateField()->setText(QStringLiteral("{type}_{id}.{ext}"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        // A second ConsoleSettings on the same file: the values are on disk.
        ConsoleSettings reread(settings.fileName());
        QCOMPARE(reread.lastServer(), QStringLiteral("https://evovoice.io"));
        QCOMPARE(reread.lastUser(), QStringLiteral("admin@example.com"));
        QVERIFY(!reread.rememberSession());
        QCOMPARE(reread.language(), QStringLiteral("es"));
        QCOMPARE(reread.pageSize(), 50);
        QVERIFY(!reread.simplifiedPaging());
        QCOMPARE(reread.playbackVolume(), 100);
        QCOMPARE(reread.playbackRate(), 0.75);
        QVERIFY(reread.playbackAutoAdvance());
        QVERIFY(!reread.playbackSkipSilence());
        QCOMPARE(reread.cacheSizeLimit(), 0);
        QCOMPARE(reread.cacheDirectory(), m_dir.filePath(QStringLiteral("other cache")));
        QCOMPARE(reread.downloadJobs(), 16);
        QCOMPARE(reread.exportFolder(), QStringLiteral("/srv/exports"));
        QCOMPARE(reread.exportNameTemplate(), QStringLiteral("{type}_{id}.{ext}"));

        QCOMPARE(language.count(), 1);
        QCOMPARE(language.first().first().toString(), QStringLiteral("es"));
        QCOMPARE(remember.count(), 1);
        QCOMPARE(remember.first().first().toBool(), false);
        QCOMPARE(paging.count(), 1);
        QCOMPARE(paging.first().at(0).toInt(), 50);
        QCOMPARE(paging.first().at(1).toBool(), false);
    }

    void okWithoutChangesAnnouncesNothing()
    {
        ConsoleSettings settings(iniPath());
        fill(settings, m_dir.filePath(QStringLiteral("cache")));
        const QByteArray before = fileBytes(settings.fileName());
        PreferencesDialog dialog(&settings, QString());
        QSignalSpy language(&dialog, &PreferencesDialog::languageChanged);
        QSignalSpy remember(&dialog, &PreferencesDialog::rememberMeChanged);
        QSignalSpy paging(&dialog, &PreferencesDialog::queryDefaultsChanged);
        dialog.accept();
        QCOMPARE(language.count() + remember.count() + paging.count(), 0);
        QCOMPARE(settings.recentServers().size(), 2);  // the recent list stays in its order
        QCOMPARE(settings.lastServer(), QStringLiteral("https://team.evovoice.io"));
        QCOMPARE(fileBytes(settings.fileName()), before);
    }

    void cancelLeavesSettingsUnchanged()
    {
        ConsoleSettings settings(iniPath());
        fill(settings, m_dir.filePath(QStringLiteral("cache")));
        const QByteArray before = fileBytes(settings.fileName());
        QVERIFY(!before.isEmpty());
        {
            PreferencesDialog dialog(&settings, QStringLiteral("someone on somewhere"));
            QSignalSpy language(&dialog, &PreferencesDialog::languageChanged);
            dialog.serverField()->setEditText(QStringLiteral("https://elsewhere.example"));
            dialog.clearRecentButton()->click();
            dialog.languageField()->setCurrentIndex(0);
            dialog.pageSizeField()->setValue(1);
            dialog.volumeField()->setValue(0);
            dialog.cacheFolderField()->setText(QStringLiteral("/nowhere"));
            dialog.nameTemplateField()->clear();
            dialog.reject();
            QCOMPARE(language.count(), 0);
        }
        settings.sync();
        QCOMPARE(fileBytes(settings.fileName()), before);
        QCOMPARE(settings.recentServers().size(), 2);
        QCOMPARE(settings.language(), QStringLiteral("de"));
        QCOMPARE(settings.pageSize(), 350);
    }

    void forgetRecentServersOnOk()
    {
        ConsoleSettings settings(iniPath());
        fill(settings, m_dir.filePath(QStringLiteral("cache")));
        PreferencesDialog dialog(&settings, QString());
        dialog.clearRecentButton()->click();
        QCOMPARE(dialog.serverField()->count(), 0);
        QCOMPARE(dialog.serverField()->currentText(), QStringLiteral("https://team.evovoice.io"));
        dialog.accept();
        QCOMPARE(settings.recentServers(), QStringList{QStringLiteral("https://team.evovoice.io")});
    }

    void cacheSizeAndClear()
    {
        const QString cache = m_dir.filePath(QStringLiteral("sized cache"));
        QVERIFY(QDir().mkpath(cache + QStringLiteral("/sub")));
        for (const auto &[name, bytes] : {std::pair{"a.wav", 1000}, std::pair{"sub/b.pdf", 2500}}) {
            QFile f(cache + QLatin1Char('/') + QLatin1String(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(bytes, 'x'));
        }
        ConsoleSettings settings(iniPath());
        settings.setCacheDirectory(cache);
        PreferencesDialog dialog(&settings, QString());
        QTRY_COMPARE_WITH_TIMEOUT(dialog.cacheBytesOnDisk(), qint64(3500), 20000);
        QVERIFY2(dialog.cacheUsageLabel()->text().contains(QLatin1String("2 file")),
                 qPrintable(dialog.cacheUsageLabel()->text()));

        // Clear cache: announced (the media cache empties itself), then counted again.
        QSignalSpy clear(&dialog, &PreferencesDialog::clearCacheRequested);
        QSignalSpy counted(&dialog, &PreferencesDialog::cacheSizeCounted);
        connect(&dialog, &PreferencesDialog::clearCacheRequested, this, [cache] { QDir(cache).removeRecursively(); });
        dialog.clearCacheButton()->click();
        QCOMPARE(clear.count(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(counted.count() >= 1, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.cacheBytesOnDisk(), qint64(0), 20000);
        // Canceling after Clear cache still leaves the settings alone.
        dialog.reject();
        QCOMPARE(settings.cacheDirectory(), cache);
    }

    void savedViewsShareTheSettingsFile()
    {
        QCOMPARE(QLatin1String(SavedViews::kSettingsKey), QLatin1String(ConsoleSettings::kSavedViewsKey));
    }

    void windowOpensItFromTheEditMenu()
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("native")));
        ConsoleSettings settings(iniPath());
        settings.setPageSize(120);
        settings.setSimplifiedPaging(true);
        ApiClient client;
        MainWindow window(&client, &settings);
        QAction *action = window.actions()->preferences;
        QVERIFY(action->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)));
        // The sidebar starts with the page-size and paging defaults.
        QCOMPARE(window.sidebar()->query().countPerPage, 120);
        QVERIFY(window.sidebar()->query().simplifiedPaging);
        QSignalSpy language(&window, &MainWindow::languageChanged);
        action->trigger();
        auto *dialog = window.findChild<PreferencesDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        dialog->languageField()->setCurrentIndex(dialog->languageField()->findData(QStringLiteral("de")));
        dialog->pageSizeField()->setValue(80);
        dialog->accept();
        QCOMPARE(language.count(), 1);
        QCOMPARE(language.first().first().toString(), QStringLiteral("de"));
        QCOMPARE(window.sidebar()->query().countPerPage, 80);  // the next query uses it
    }
};

QTEST_MAIN(TestPreferencesDialog)
#include "tst_preferencesdialog.moc"
