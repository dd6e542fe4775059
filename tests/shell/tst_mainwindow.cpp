#include "api/apiclient.h"
#include "settings/consolesettings.h"
#include "shell/consoleshell.h"
#include "shell/consolestatusbar.h"
#include "settings/credentialstore.h"
#include "detail/detailpane.h"
#include "shell/errorbanner.h"
#include "models/filesmodel.h"
#include "files/filesview.h"
#include "filters/filtersidebar.h"
#include "shell/mainwindow.h"
#include "files/nomatchnotice.h"
#include "shell/sessioncontroller.h"
#include "shell/shellactions.h"
#include "shell/signindialog.h"
#include "simprocess.h"

#include <QAction>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

// The window end to end against a real simulator: sign-in, rows, status bar, the error banner
// (rows kept, Retry), an empty result, and a refused restored session reopening the sign-in
// dialog. Every test function starts its own signed-in window (init) and depends on no other;
// races are made to happen by holding a request in the simulator (POST /__sim/hold), never by
// sleeping.
class TestMainWindow final : public QObject
{
    Q_OBJECT
private:
    SimProcess m_sim;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ConsoleSettings> m_settings;
    std::unique_ptr<CredentialStore> m_store;
    std::unique_ptr<ConsoleShell> m_shell;

    MainWindow *window() const { return m_shell->window(); }
    FilesModel *model() const { return window()->filesModel(); }
    bool rowsLoaded(int row = 0) const { return model()->rowCount() > row && !model()->fileAt(row).isNull(); }
    int filesRequestCount()
    {
        return int(m_sim.requests(QStringLiteral("api"), QStringLiteral("/files")).size());
    }

private slots:
    void initTestCase()
    {
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");  // no keychain here: nothing is remembered
        QVERIFY2(m_sim.start({QStringLiteral("--files"), QStringLiteral("1500")}), qPrintable(m_sim.errorString()));
        // One store for the run: a keychain job still in flight must find it (libsecret calls back).
        m_store = std::make_unique<CredentialStore>(QStringLiteral("EvoVoice Files Console test"));
    }

    void cleanupTestCase()
    {
        m_shell.reset();
        m_store.reset();
    }

    // A fresh window, signed in as the manager, first rows shown.
    void init()
    {
        QVERIFY(m_sim.clearHolds());
        QVERIFY(m_sim.clearFaults());
        QVERIFY(m_sim.clearRequests());
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<ConsoleSettings>(m_dir->filePath(QStringLiteral("console.ini")));
        m_shell = std::make_unique<ConsoleShell>(m_settings.get(), m_store.get());
        m_shell->client()->setRetryBaseDelay(10);
        m_shell->client()->setMaxRetries(2);
        ConsoleOptions options;
        options.server = m_sim.apiUrl().toString();
        options.user = QStringLiteral("manager@example.com");
        options.password = QStringLiteral("demo");
        m_shell->start(options);
        QVERIFY(QTest::qWaitFor([&] { return window() && window()->isVisible(); }, 30000));
        QVERIFY(m_shell->session()->dialog() == nullptr);
        QVERIFY(QTest::qWaitFor([&] { return rowsLoaded(5) && !model()->isLoading(); }, 30000));
    }

    void cleanup()
    {
        QVERIFY(m_sim.clearHolds());
        m_shell.reset();
        m_settings.reset();
        m_dir.reset();
    }

    void scriptedSignInShowsRows()
    {
        auto *status = window()->consoleStatusBar();
        QTRY_VERIFY_WITH_TIMEOUT(status->filesText().contains(QRegularExpression(QStringLiteral("of [0-9,]+ files"))), 10000);
        QVERIFY2(status->userText().contains(QLatin1String("Manager")), qPrintable(status->userText()));
        QVERIFY(!window()->windowTitle().contains(QLatin1String("(demo)")));
        QVERIFY(window()->noMatchNotice()->isHidden());

        // Menus and shortcuts are there.
        QCOMPARE(window()->menuBar()->actions().size(), 5);   // File, Edit, View, Playback, Help
        QCOMPARE(window()->actions()->quit->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Q));
        QVERIFY(window()->actions()->refresh->shortcuts().contains(QKeySequence(Qt::Key_F5)));
        QCOMPARE(window()->actions()->focusFilters->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_F));
        QCOMPARE(m_settings->lastUser(), QStringLiteral("manager@example.com"));
        QCOMPARE(m_settings->lastServer(), m_sim.apiUrl().toString());
    }

    // Issue 9: a filter that matched nothing left the status bar on "Loading…" for good.
    void filterMatchingNothingSaysNoFilesMatch()
    {
        auto *status = window()->consoleStatusBar();
        FilterSidebar *sidebar = window()->sidebar();
        FileQuery q = sidebar->query();
        q.fileName = QStringLiteral("no-such-file-name-zz");
        sidebar->setQuery(q);
        sidebar->applyNow();
        QTRY_COMPARE_WITH_TIMEOUT(model()->totalCount(), qint64(0), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(status->filesText(), tr("No files match"), 20000);
        QVERIFY(!model()->isLoading());
        NoMatchNotice *notice = window()->noMatchNotice();
        QTRY_VERIFY(!notice->isHidden());

        // The notice offers to reset the filters: every file again.
        QTest::mouseClick(notice->resetButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(rowsLoaded(0), 20000);
        QVERIFY(sidebar->query().fileName.isEmpty());
        QTRY_VERIFY(notice->isHidden());
        QTRY_VERIFY(status->filesText().contains(QRegularExpression(QStringLiteral("of [0-9,]+ files"))));
    }

    // Issue 9: Refresh while the server answers 500 turned every row into "Not loaded" and
    // dropped the selection and the detail pane.
    void refreshDuringServerErrorKeepsRowsSelectionAndDetail()
    {
        FilesView *view = window()->filesView();
        DetailPane *detail = window()->detailPane();
        view->setCurrentIndex(model()->index(3, 0));
        const QString currentId = model()->fileAt(3).id();
        QTRY_COMPARE(detail->file().id(), currentId);
        const int rows = model()->rowCount();
        ErrorBanner *banner = window()->errorBanner();
        QVERIFY(banner->isHidden());

        // While the refresh's request is held, the old rows stay on screen.
        QVERIFY(m_sim.hold(QStringLiteral("/files")));
        QVERIFY(m_sim.queueFault(QStringLiteral("/files"), QStringLiteral("500"), 50));
        QVERIFY(m_sim.clearRequests());
        window()->actions()->refresh->trigger();
        QVERIFY(!m_sim.waitForHeld(1).isEmpty());
        QVERIFY(rowsLoaded(3));
        QCOMPARE(model()->data(model()->index(3, int(FileField::DateCreated))).toString().isEmpty(), false);
        QCOMPARE(model()->fileAt(3).id(), currentId);
        QCOMPARE(view->currentIndex().row(), 3);
        QCOMPARE(detail->file().id(), currentId);

        // Released: it (and the client's retries) answer 500; the rows, selection and detail stay.
        QCOMPARE(m_sim.release(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(!banner->isHidden(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!model()->isLoading(), 20000);
        QVERIFY(filesRequestCount() >= 3);  // the held one and two retries
        QVERIFY2(banner->text().contains(QLatin1String("from before the refresh")), qPrintable(banner->text()));
        QCOMPARE(model()->rowCount(), rows);
        QVERIFY(rowsLoaded(3));
        QCOMPARE(model()->fileAt(3).id(), currentId);
        QVERIFY(model()->data(model()->index(0, int(FileField::DateCreated))).toString() != tr("Not loaded"));
        QCOMPARE(view->currentIndex().row(), 3);
        QCOMPARE(detail->file().id(), currentId);
        QVERIFY(!detail->isEmptyState());
        QVERIFY(window()->findChildren<QDialog *>().isEmpty() || !window()->findChild<QDialog *>()->isVisible());

        // A second failure updates the same banner.
        QSignalSpy errors(model(), &FilesModel::errorOccurred);
        window()->actions()->refresh->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(errors.size() >= 1 && !banner->isHidden() && banner->repeatCount() >= 1, 20000);
        QCOMPARE(window()->findChildren<ErrorBanner *>().size(), 1);
        QCOMPARE(detail->file().id(), currentId);

        // Retry once the server is well again: fresh rows replace the old ones, the banner goes.
        QVERIFY(m_sim.clearFaults());
        QVERIFY(m_sim.clearRequests());
        QTest::mouseClick(banner->findChild<QPushButton *>(QStringLiteral("errorBannerRetry")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(banner->isHidden() && !model()->isLoading() && !model()->hasStaleRows(), 20000);
        QVERIFY(filesRequestCount() >= 1);
        QCOMPARE(model()->rowCount(), rows);
        QCOMPARE(model()->fileAt(3).id(), currentId);
        QCOMPARE(view->currentIndex().row(), 3);
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

        QSignalSpy refused(client, &ApiClient::authenticationRequired);
        QVERIFY(m_sim.expireSessions());
        window()->actions()->refresh->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(m_shell->session()->dialog() && m_shell->session()->dialog()->isVisible(), 20000);
        SignInDialog *dialog = m_shell->session()->dialog();
        QCOMPARE(dialog->parentWidget(), window());
        QVERIFY(dialog->isModal() || dialog->windowModality() != Qt::NonModal);
        QCOMPARE(dialog->user(), QStringLiteral("manager@example.com"));
        QVERIFY(window()->isVisible());
        // Filters, selection and rows are kept.
        QVERIFY(sidebar->query().sameFilters(q));
        QVERIFY(model()->query().sameFilters(before));
        QCOMPARE(view->currentIndex().row(), 3);

        // More 401s do not open more dialogs: the second refusal has reached the client (the
        // simulator logged the 401 and the client said so) before the dialogs are counted.
        const int refusals = int(refused.size());
        QVERIFY(refusals >= 1);
        QVERIFY(m_sim.clearRequests());
        window()->actions()->refresh->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(refused.size() > refusals, 20000);
        bool saw401 = false;
        for (const QJsonValue &v : m_sim.requests(QStringLiteral("api"), QStringLiteral("/files")))
            saw401 = saw401 || v.toObject().value(QStringLiteral("status")).toInt() == 401;
        QVERIFY(saw401);
        QCOMPARE(window()->findChildren<SignInDialog *>().size(), 1);

        auto *password = dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
        QTest::keyClicks(password, QStringLiteral("demo"));
        dialog->signIn();
        QTRY_VERIFY_WITH_TIMEOUT(m_shell->session()->dialog() == nullptr, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(rowsLoaded(3) && window()->errorBanner()->isHidden(), 20000);
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
