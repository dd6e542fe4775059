#include "api/apiclient.h"
#include "apiwait.h"
#include "shell/consoleoptions.h"
#include "settings/consolesettings.h"
#include "shell/consoleshell.h"
#include "clientwaits.h"
#include "settings/credentialstore.h"
#include "models/filesmodel.h"
#include "shell/mainwindow.h"
#include "shell/sessioncontroller.h"
#include "shell/signindialog.h"
#include "simprocess.h"

#include <QLabel>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

// Start-up with a remembered session, end to end, against a real Secret Service (ctest
// tst_shellrestore_keyring runs it under dbus-run-session with gnome-keyring) and a real
// simulator: a session signed in with "remember me" and kept in the keychain is restored without
// the sign-in dialog and the window loads rows; a remembered session the server refuses is
// removed from the keychain and the dialog opens, prefilled.
class TestShellRestore final : public QObject
{
    Q_OBJECT
private:
    // Counts every sign-in dialog that is shown, however briefly.
    class DialogWatch final : public QObject
    {
    public:
        int shown = 0;
        bool eventFilter(QObject *watched, QEvent *event) override
        {
            if (event->type() == QEvent::Show && qobject_cast<SignInDialog *>(watched))
                ++shown;
            return false;
        }
    };

    static const QString &user()
    {
        static const QString kUser = QStringLiteral("manager@example.com");
        return kUser;
    }
    QString server() const { return m_sim.apiUrl().toString(); }

    // Signs in to the simulator with "remember me", as the dialog would, and keeps the session in
    // the keychain and the settings, as SessionController does; the client then goes away.
    bool rememberSignIn(AuthSession *session)
    {
        ApiClient client;
        if (!client.setServer(m_sim.apiUrl()))
            return false;
        const auto signedIn = waitFor<AuthSession>([&](auto cb) {
            client.signIn(user(), QStringLiteral("demo"), true, this, cb);
        });
        if (!signedIn || !signedIn->ok())
            return false;
        *session = client.session();
        const auto stored = waitForStore([&](auto cb) { m_store->store(server(), user(), *session, this, cb); });
        if (!stored.ok()) {
            qWarning("store: %s", qPrintable(stored.errorText));
            return false;
        }
        m_settings->addRecentServer(server());
        m_settings->setLastUser(user());
        m_settings->setRememberSession(true);
        m_settings->sync();
        return true;
    }

    SimProcess m_sim;
    QTemporaryDir m_dir;
    std::unique_ptr<ConsoleSettings> m_settings;
    std::unique_ptr<CredentialStore> m_store;
    DialogWatch m_watch;

private slots:
    void initTestCase()
    {
        if (!qEnvironmentVariableIsSet("EVOVOICE_KEYRING_TEST"))
            QSKIP("needs a Secret Service: run through ctest (tst_shellrestore_keyring)");
        QVERIFY2(m_sim.start({QStringLiteral("--files"), QStringLiteral("500")}), qPrintable(m_sim.errorString()));
        m_settings = std::make_unique<ConsoleSettings>(m_dir.filePath(QStringLiteral("console.ini")));
        m_store = std::make_unique<CredentialStore>(QStringLiteral("EvoVoice Files Console restore test"));
        qApp->installEventFilter(&m_watch);
    }

    void cleanupTestCase()
    {
        qApp->removeEventFilter(&m_watch);
    }

    void rememberedSessionStartsWithoutDialog()
    {
        AuthSession session;
        QVERIFY(rememberSignIn(&session));
        QVERIFY(session.isValid());
        QVERIFY(session.permanent);

        m_watch.shown = 0;
        ConsoleShell shell(m_settings.get(), m_store.get());
        QCOMPARE(shell.session()->state(), SessionController::State::SignedOut);
        shell.start(ConsoleOptions());
        QCOMPARE(shell.session()->state(), SessionController::State::Restoring);
        QVERIFY(QTest::qWaitFor([&] { return shell.window() && shell.window()->isVisible(); }, 20000));
        QCOMPARE(shell.session()->state(), SessionController::State::SignedIn);
        FilesModel *model = shell.window()->filesModel();
        QVERIFY2(QTest::qWaitFor([&] { return model->rowCount() > 0 && !model->fileAt(0).isNull(); }, 20000),
                 qPrintable(model->lastError().userText()));
        QCOMPARE(m_watch.shown, 0);
        QVERIFY(shell.session()->dialog() == nullptr);
        QVERIFY(shell.client()->isSignedIn());
        QCOMPARE(shell.client()->session().sessionId, session.sessionId);
        QCOMPARE(shell.client()->currentUser().emailAddress.toLower(), user());
        QVERIFY(m_settings->rememberSession());
        // Still in the keychain for the next start.
        const auto kept = waitForStore([&](auto cb) { m_store->load(server(), user(), this, cb); });
        QCOMPARE(kept.status, CredentialStore::Status::Ok);
        shell.window()->close();
    }

    void refusedRememberedSessionIsForgottenAndAsks()
    {
        AuthSession session;
        QVERIFY(rememberSignIn(&session));
        QVERIFY(m_sim.expireSessions());

        m_watch.shown = 0;
        ConsoleShell shell(m_settings.get(), m_store.get());
        shell.start(ConsoleOptions());
        QVERIFY(QTest::qWaitFor([&] {
            return shell.session()->dialog() && shell.session()->dialog()->isVisible();
        }, 20000));
        SignInDialog *dialog = shell.session()->dialog();
        QVERIFY(!shell.window());
        QCOMPARE(shell.session()->state(), SessionController::State::SigningIn);
        QCOMPARE(dialog->server(), server());
        QCOMPARE(dialog->user(), user());
        auto *info = dialog->findChild<QLabel *>(QStringLiteral("infoLabel"));
        QVERIFY(info);
        QVERIFY2(info->text().contains(QLatin1String("expired")), qPrintable(info->text()));
        QVERIFY(!shell.client()->isSignedIn());
        QVERIFY(!m_settings->rememberSession());
        // The entry is removed from the keychain (the removal runs while the dialog opens).
        QVERIFY(QTest::qWaitFor([&] {
            return waitForStore([&](auto cb) { m_store->load(server(), user(), this, cb); }).status
                == CredentialStore::Status::NotFound;
        }, 10000));
        QCOMPARE(m_store->availability(), CredentialStore::Availability::Available);
        dialog->reject();
    }
};

QTEST_MAIN(TestShellRestore)
#include "tst_shellrestore.moc"
