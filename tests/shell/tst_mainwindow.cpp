#include "apiclient.h"
#include "consolesettings.h"
#include "consoleshell.h"
#include "consolestatusbar.h"
#include "credentialstore.h"
#include "errorbanner.h"
#include "filesmodel.h"
#include "filesview.h"
#include "filtersidebar.h"
#include "mainwindow.h"
#include "sessioncontroller.h"
#include "shellactions.h"
#include "signindialog.h"
#include "simprocess.h"

#include <QAction>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

// The window end to end against a real simulator: sign-in, rows, status bar, the error banner
// (rows kept, Retry), and a refused restored session reopening the sign-in dialog.
class TestMainWindow final : public QObject
{
    Q_OBJECT
private:
    SimProcess m_sim;
    QTemporaryDir m_dir;
    std::unique_ptr<ConsoleSettings> m_settings;
    std::unique_ptr<CredentialStore> m_store;
    std::unique_ptr<ConsoleShell> m_shell;

    MainWindow *window() const { return m_shell->window(); }
    FilesModel *model() const { return window()->filesModel(); }
    bool rowsLoaded(int row = 0) const { return model()->rowCount() > row && !model()->fileAt(row).isNull(); }

private slots:
    void initTestCase()
    {
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");  // no keychain here: nothing is remembered
        QVERIFY2(m_sim.start({QStringLiteral("--files"), QStringLiteral("1500")}), qPrintable(m_sim.errorString()));
        m_settings = std::make_unique<ConsoleSettings>(m_dir.filePath(QStringLiteral("console.ini")));
        m_store = std::make_unique<CredentialStore>(QStringLiteral("EvoVoice Files Console test"));
        m_shell = std::make_unique<ConsoleShell>(m_settings.get(), m_store.get());
        m_shell->client()->setRetryBaseDelay(10);
        m_shell->client()->setMaxRetries(2);
    }

    void cleanupTestCase()
    {
        m_shell.reset();
    }

    void scriptedSignInShowsRows()
    {
        ConsoleOptions options;
        options.server = m_sim.apiUrl().toString();
        options.user = QStringLiteral("manager@example.com");
        options.password = QStringLiteral("demo");
        m_shell->start(options);
        QVERIFY(QTest::qWaitFor([&] { return window() && window()->isVisible(); }, 20000));
        QVERIFY(m_shell->session()->dialog() == nullptr);
        QVERIFY(QTest::qWaitFor([&] { return rowsLoaded(); }, 20000));
        auto *status = window()->consoleStatusBar();
        QVERIFY(QTest::qWaitFor([&] {
            return status->filesText().contains(QRegularExpression(QStringLiteral("of [0-9,]+ files")));
        }, 10000));
        QVERIFY2(status->userText().contains(QLatin1String("Manager")), qPrintable(status->userText()));
        QVERIFY(!window()->windowTitle().contains(QLatin1String("(demo)")));

        // Menus and shortcuts are there.
        QCOMPARE(window()->menuBar()->actions().size(), 4);  // File, Edit, View, Help
        QCOMPARE(window()->actions()->quit->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Q));
        QVERIFY(window()->actions()->refresh->shortcuts().contains(QKeySequence(Qt::Key_F5)));
        QCOMPARE(window()->actions()->focusFilters->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_F));
        QCOMPARE(m_settings->lastUser(), QStringLiteral("manager@example.com"));
        QCOMPARE(m_settings->lastServer(), m_sim.apiUrl().toString());
    }

    void serverErrorShowsBannerAndKeepsRows()
    {
        const int rows = model()->rowCount();
        QVERIFY(rows > 0);
        ErrorBanner *banner = window()->errorBanner();
        QVERIFY(banner->isHidden());
        QVERIFY(m_sim.queueFault(QStringLiteral("/files"), QStringLiteral("500"), 50));
        window()->actions()->refresh->trigger();
        QVERIFY(QTest::qWaitFor([&] { return !banner->isHidden(); }, 20000));
        QVERIFY(!banner->text().isEmpty());
        QCOMPARE(model()->rowCount(), rows);  // the rows stay
        QVERIFY(window()->findChildren<QDialog *>().isEmpty() || !window()->findChild<QDialog *>()->isVisible());

        // A second failure updates the same banner.
        window()->actions()->refresh->trigger();
        QVERIFY(QTest::qWaitFor([&] { return !banner->isHidden() && banner->repeatCount() >= 1; }, 20000));
        QCOMPARE(window()->findChildren<ErrorBanner *>().size(), 1);

        QVERIFY(m_sim.clearFaults());
        QTest::mouseClick(banner->findChild<QPushButton *>(QStringLiteral("errorBannerRetry")), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return banner->isHidden() && rowsLoaded(); }, 20000));
        QCOMPARE(model()->rowCount(), rows);
    }

    void refusedRestoredSessionAsksAgainAndKeepsFilters()
    {
        ApiClient *client = m_shell->client();
        // A remembered session: no password in memory, so silent re-sign-in is impossible.
        const AuthSession session = client->session();
        QVERIFY(session.isValid());
        client->forgetSession();
        client->restoreSession(session);

        FilterSidebar *sidebar = window()->sidebar();
        FileQuery q = sidebar->query();
        q.type = FileType::CallRecording;
        sidebar->setQuery(q);
        model()->setQuery(q);
        QVERIFY2(QTest::qWaitFor([&] { return rowsLoaded(3); }, 20000),
                 qPrintable(QStringLiteral("rows %1 error %2 signed in %3").arg(model()->rowCount())
                                .arg(model()->lastError().userText()).arg(client->isSignedIn())));
        const FileQuery before = model()->query();
        FilesView *view = window()->filesView();
        view->setCurrentIndex(model()->index(3, 0));
        const QString currentId = model()->fileAt(3).id();

        QVERIFY(m_sim.expireSessions());
        window()->actions()->refresh->trigger();
        QVERIFY(QTest::qWaitFor([&] {
            return m_shell->session()->dialog() && m_shell->session()->dialog()->isVisible();
        }, 20000));
        SignInDialog *dialog = m_shell->session()->dialog();
        QCOMPARE(dialog->parentWidget(), window());
        QVERIFY(dialog->isModal() || dialog->windowModality() != Qt::NonModal);
        QCOMPARE(dialog->user(), QStringLiteral("manager@example.com"));
        QVERIFY(window()->isVisible());
        // Filters, selection and rows are kept.
        QVERIFY(sidebar->query().sameFilters(q));
        QVERIFY(model()->query().sameFilters(before));
        QCOMPARE(view->currentIndex().row(), 3);

        // More 401s do not open more dialogs.
        window()->actions()->refresh->trigger();
        QTest::qWait(300);
        QCOMPARE(window()->findChildren<SignInDialog *>().size(), 1);

        auto *password = dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
        QTest::keyClicks(password, QStringLiteral("demo"));
        dialog->signIn();
        QVERIFY(QTest::qWaitFor([&] { return m_shell->session()->dialog() == nullptr; }, 20000));
        QVERIFY(QTest::qWaitFor([&] { return rowsLoaded(3) && window()->errorBanner()->isHidden(); }, 20000));
        QVERIFY(model()->query().sameFilters(before));
        QCOMPARE(view->currentIndex().row(), 3);
        QCOMPARE(model()->fileAt(3).id(), currentId);
    }

    void layoutIsRememberedAndNothingSecretIsWritten()
    {
        window()->actions()->showDetail->setChecked(false);
        const AuthSession session = m_shell->client()->session();
        window()->close();
        m_settings->sync();
        QVERIFY(!m_settings->detailVisible());
        QVERIFY(!m_settings->filesViewState().isEmpty());
        QVERIFY(!m_settings->windowGeometry().isEmpty());

        QFile f(m_settings->fileName());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY(!text.isEmpty());
        QVERIFY(!text.contains("demo"));  // the password
        if (!session.bearerToken.isEmpty())
            QVERIFY(!text.contains(session.bearerToken));
        if (!session.ssId.isEmpty())
            QVERIFY(!text.contains(session.ssId));
        if (!session.ssPid.isEmpty())
            QVERIFY(!text.contains(session.ssPid));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
