// Links against a real simulator, in process: a link with a file id several pages down selects
// that row; "Copy link to this file" gives a link that opens the same file; a file outside the
// link's filter is shown in the detail pane with a notice; a link for another server keeps the
// sign-in dialog on that server, and the link is opened once signed in.
#include "api/apiclient.h"
#include "apiwait.h"
#include "links/consolelink.h"
#include "settings/consolesettings.h"
#include "shell/consoleshell.h"
#include "shell/consolestatusbar.h"
#include "settings/credentialstore.h"
#include "detail/detailpane.h"
#include "models/filesmodel.h"
#include "files/filesview.h"
#include "filters/filtersidebar.h"
#include "shell/mainwindow.h"
#include "shell/sessioncontroller.h"
#include "signedinclient.h"
#include "shell/signindialog.h"
#include "simprocess.h"
#include "shell/windowlinks.h"

#include <QClipboard>
#include <QMessageBox>
#include <QGuiApplication>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

class TestConsoleLinks final : public QObject
{
    Q_OBJECT
private:
    SimProcess m_sim;
    QTemporaryDir m_dir;
    QStringList m_ids;             // the manager's files, in the server's default order
    QStringList m_faxIds;
    QString m_customerOnlyId;      // a file the manager cannot see

    std::unique_ptr<ConsoleSettings> newSettings(const QString &name)
    {
        return std::make_unique<ConsoleSettings>(m_dir.filePath(name + QStringLiteral(".ini")));
    }

    QStringList listIds(ApiClient &client, FileQuery q)
    {
        QStringList out;
        q.countPerPage = 1000;
        q.page = 0;
        const auto r = waitFor<ListPage<FileInfo>>([&](auto done) { client.listFiles(q, this, done); });
        if (r && r->ok())
            for (const FileInfo &f : r->value.items)
                out << f.id();
        return out;
    }

    static QString currentId(MainWindow *w)
    {
        const QModelIndex i = w->filesView()->currentIndex();
        return i.isValid() ? w->filesModel()->fileAt(i.row()).id() : QString();
    }

    static ConsoleOptions scripted(const SimProcess &sim, const std::optional<ConsoleLink> &link)
    {
        ConsoleOptions o;
        o.server = sim.apiUrl().toString();
        o.user = QStringLiteral("manager@example.com");
        o.password = QStringLiteral("demo");
        o.link = link;
        return o;
    }

private slots:
    void initTestCase()
    {
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");  // no keychain: nothing is remembered
        QVERIFY2(m_sim.start({QStringLiteral("--files"), QStringLiteral("2000")}), qPrintable(m_sim.errorString()));
        ApiClient client;
        QString error;
        QVERIFY2(signInToSim(client, m_sim, QStringLiteral("manager@example.com"), this, &error), qPrintable(error));
        m_ids = listIds(client, FileQuery());
        QVERIFY2(m_ids.size() > 700, qPrintable(QString::number(m_ids.size())));
        FileQuery fax;
        fax.type = FileType::Fax;
        m_faxIds = listIds(client, fax);
        QVERIFY(!m_faxIds.isEmpty());
    }

    void linkSelectsAFileSeveralPagesDown()
    {
        auto settings = newSettings(QStringLiteral("a"));
        settings->setPageSize(100);  // the row is on page 7 of 100 rows
        CredentialStore store(QStringLiteral("EvoVoice links test"));
        ConsoleShell shell(settings.get(), &store);
        ConsoleLink link;
        link.server = m_sim.apiUrl().toString();
        link.fileId = m_ids.at(650);
        shell.start(scripted(m_sim, link));
        QVERIFY(QTest::qWaitFor([&] { return shell.window() && shell.window()->isVisible(); }, 20000));
        MainWindow *w = shell.window();
        QSignalSpy opened(w->links(), &WindowLinks::opened);
        QVERIFY(QTest::qWaitFor([&] { return currentId(w) == link.fileId; }, 30000));
        QVERIFY(opened.count() == 1 || opened.wait(10000));
        QCOMPARE(opened.first().at(0).toString(), link.fileId);
        QVERIFY(opened.first().at(1).toBool());
        QCOMPARE(w->filesView()->currentIndex().row(), 650);
        QCOMPARE(w->filesModel()->query().countPerPage, 100);
        QTRY_COMPARE_WITH_TIMEOUT(w->detailPane()->file().id(), link.fileId, 10000);

        // "Copy link to this file": a link that names the server and this file.
        QGuiApplication::clipboard()->clear();
        w->detailPane()->copyLinkButton()->click();
        const QString copied = QGuiApplication::clipboard()->text();
        QString why;
        const auto back = ConsoleLink::parse(copied, &why);
        QVERIFY2(back, qPrintable(why + QLatin1String(": ") + copied));
        QCOMPARE(back->fileId, link.fileId);
        QVERIFY(back->sameServer(m_sim.apiUrl().toString()));
        QVERIFY(copied.startsWith(QLatin1String("evovoice://open?")));
    }

    void linkWithFilterAndSimplifiedPaging()
    {
        auto settings = newSettings(QStringLiteral("b"));
        CredentialStore store(QStringLiteral("EvoVoice links test"));
        ConsoleShell shell(settings.get(), &store);
        shell.start(scripted(m_sim, std::nullopt));
        QVERIFY(QTest::qWaitFor([&] { return shell.window() && shell.window()->isVisible(); }, 20000));
        MainWindow *w = shell.window();
        // The link arrives while the console runs (as from a second start): filter and file.
        QString why;
        const QString target = m_faxIds.last();
        const auto link = ConsoleLink::parse(
            QStringLiteral("evovoice://open?file=%1&type=Fax&simplified=true&pageSize=20").arg(target), &why);
        QVERIFY2(link, qPrintable(why));
        shell.openLinkText(link->toUrl());
        QVERIFY(QTest::qWaitFor([&] { return currentId(w) == target; }, 30000));
        QCOMPARE(w->sidebar()->query().type, std::optional<FileType>(FileType::Fax));
        QVERIFY(w->filesModel()->isAppending());
        QCOMPARE(w->filesView()->currentIndex().row(), m_faxIds.size() - 1);
    }

    void fileOutsideTheFilterIsShownWithANotice()
    {
        auto settings = newSettings(QStringLiteral("c"));
        CredentialStore store(QStringLiteral("EvoVoice links test"));
        ConsoleShell shell(settings.get(), &store);
        // A voicemail or recording, linked with a filter for faxes only.
        QString target;
        for (const QString &id : m_ids)
            if (!m_faxIds.contains(id)) {
                target = id;
                break;
            }
        ConsoleLink link;
        link.query.type = FileType::Fax;
        link.fileId = target;
        shell.start(scripted(m_sim, link));
        QVERIFY(QTest::qWaitFor([&] { return shell.window() && shell.window()->isVisible(); }, 20000));
        MainWindow *w = shell.window();
        QVERIFY(QTest::qWaitFor([&] { return w->detailPane()->file().id() == target; }, 30000));
        QVERIFY(currentId(w) != target);
        QTRY_VERIFY_WITH_TIMEOUT(w->consoleStatusBar()->noticeText().contains(QLatin1String("not in the link")), 10000);
        // And a file id that does not exist at all: a clear notice, nothing selected.
        shell.openLinkText(QStringLiteral("evovoice://open?file=000000000000000000000000"));
        QTRY_VERIFY_WITH_TIMEOUT(w->consoleStatusBar()->noticeText().contains(QLatin1String("could not be opened")),
                                 20000);
    }

    void linkForAnotherServerKeepsTheDialogOnIt()
    {
        auto settings = newSettings(QStringLiteral("d"));
        settings->addRecentServer(QStringLiteral("https://evovoice.io"));  // the remembered server differs
        CredentialStore store(QStringLiteral("EvoVoice links test"));
        ConsoleShell shell(settings.get(), &store);
        ConsoleLink link;
        link.server = m_sim.apiUrl().toString();
        link.fileId = m_ids.at(3);
        ConsoleOptions options;
        options.link = link;
        shell.start(options);
        SignInDialog *dialog = shell.session()->dialog();
        QVERIFY(dialog);
        QCOMPARE(ConsoleLink::normalizedServer(dialog->server()), link.server);
        QVERIFY(shell.pendingLink().has_value());
        dialog->setUser(QStringLiteral("manager@example.com"));
        dialog->setPassword(QStringLiteral("demo"));
        dialog->signIn();
        QVERIFY(QTest::qWaitFor([&] { return shell.window() && shell.window()->isVisible(); }, 20000));
        QVERIFY(QTest::qWaitFor([&] { return currentId(shell.window()) == link.fileId; }, 30000));
        QVERIFY(!shell.pendingLink().has_value());
    }

    void windowDestroyedWhileRequestsRun()
    {
        // The window goes while its lookups and pages are in flight (a link closed at once):
        // cancelling them must not reach the half-destroyed window (it crashed in setBusy).
        ApiClient client;
        QString error;
        QVERIFY2(signInToSim(client, m_sim, QStringLiteral("manager@example.com"), this, &error), qPrintable(error));
        auto settings = newSettings(QStringLiteral("f"));
        for (int i = 0; i < 5; ++i) {
            auto window = std::make_unique<MainWindow>(&client, settings.get());
            window->show();
            window->startSession();
            QVERIFY(client.activeRequests() > 0);
            window.reset();
        }
        QTRY_COMPARE_WITH_TIMEOUT(client.activeRequests(), 0, 10000);
    }

    void hostileLinkWhileRunningIsRefused()
    {
        auto settings = newSettings(QStringLiteral("e"));
        CredentialStore store(QStringLiteral("EvoVoice links test"));
        ConsoleShell shell(settings.get(), &store);
        shell.start(scripted(m_sim, std::nullopt));
        QVERIFY(QTest::qWaitFor([&] { return shell.window() && shell.window()->isVisible(); }, 20000));
        const FileQuery before = shell.window()->filesModel()->query();
        shell.openLinkText(QStringLiteral("evovoice://open?server=http%3A%2F%2Fevil.example&file=x"));
        QMessageBox *box = nullptr;
        QVERIFY(QTest::qWaitFor([&] {
            box = shell.window()->findChild<QMessageBox *>();
            return box && box->isVisible();
        }, 5000));
        QVERIFY2(box->text().contains(QLatin1String("http")), qPrintable(box->text()));
        box->reject();
        QVERIFY(shell.window()->filesModel()->query() == before);
    }
};

QTEST_MAIN(TestConsoleLinks)
#include "tst_consolelinks.moc"
