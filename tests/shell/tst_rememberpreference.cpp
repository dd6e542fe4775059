// Preferences' "remember me" against a real Secret Service (run by ctest
// tst_rememberpreference_keyring under dbus-run-session with gnome-keyring) and the simulator:
// turned on while signed in, the session goes into the keychain; turned off, it is removed.
#include "api/apiclient.h"
#include "clientwaits.h"
#include "settings/consolesettings.h"
#include "shell/consoleshell.h"
#include "settings/credentialstore.h"
#include "shell/mainwindow.h"
#include "preferences/preferencesdialog.h"
#include "shell/sessioncontroller.h"
#include "simprocess.h"

#include <QCheckBox>
#include <QTemporaryDir>
#include <QtTest>

class TestRememberPreference final : public QObject
{
    Q_OBJECT
private:
    SimProcess m_sim;
    QTemporaryDir m_dir;

    PreferencesDialog *openPreferences(MainWindow *window)
    {
        window->openPreferences();
        return window->findChild<PreferencesDialog *>();
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("EVOVOICE_KEYRING_TEST"))
            QSKIP("needs the keyring wrapper (ctest tst_rememberpreference_keyring)");
        QVERIFY2(m_sim.start(), qPrintable(m_sim.errorString()));
    }

    void rememberOnThenOff()
    {
        ConsoleSettings settings(m_dir.filePath(QStringLiteral("console.ini")));
        CredentialStore store(QStringLiteral("EvoVoice Files Console remember test"));
        ConsoleShell shell(&settings, &store);
        ConsoleOptions options;
        options.server = m_sim.apiUrl().toString();
        options.user = QStringLiteral("manager@example.com");
        options.password = QStringLiteral("demo");
        shell.start(options);
        QVERIFY(QTest::qWaitFor([&] { return shell.window() && shell.window()->isVisible(); }, 20000));
        QVERIFY(!settings.rememberSession());
        const QString server = m_sim.apiUrl().toString();
        const QString user = options.user;
        QCOMPARE(waitForStore([&](auto cb) { store.load(server, user, this, cb); }).status,
                 CredentialStore::Status::NotFound);

        PreferencesDialog *dialog = openPreferences(shell.window());
        QVERIFY(dialog);
        QVERIFY(dialog->rememberField()->isEnabled());
        dialog->rememberField()->setChecked(true);
        dialog->accept();
        QTRY_VERIFY_WITH_TIMEOUT(settings.rememberSession(), 20000);
        const auto stored = waitForStore([&](auto cb) { store.load(server, user, this, cb); });
        QVERIFY2(stored.ok(), qPrintable(stored.errorText));
        QCOMPARE(stored.session.serialize(), shell.client()->session().serialize());

        QTRY_VERIFY_WITH_TIMEOUT(!shell.window()->findChild<PreferencesDialog *>(), 5000);
        dialog = openPreferences(shell.window());
        QVERIFY(dialog->rememberField()->isChecked());
        dialog->rememberField()->setChecked(false);
        dialog->accept();
        QVERIFY(!settings.rememberSession());
        QVERIFY(QTest::qWaitFor([&] {
            return waitForStore([&](auto cb) { store.load(server, user, this, cb); }).status
                == CredentialStore::Status::NotFound;
        }, 20000));
    }
};

QTEST_MAIN(TestRememberPreference)
#include "tst_rememberpreference.moc"
