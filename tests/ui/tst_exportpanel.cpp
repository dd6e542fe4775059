// A real export from the window's pieces, offscreen against evovoice-sim over HTTP: the dialog
// (as the user fills it) starts it, ExportProgressPanel shows it in a dock while the table stays
// usable, and the files, files.csv and manifest.csv land in a QTemporaryDir. Also: cancel from
// the panel (nothing partial marked complete), pause/resume, a file the server keeps failing
// (its reason in the summary), "Open folder" / "Show manifest", and a second Export while one runs.
#include "api/apiclient.h"
#include "clientwaits.h"
#include "settings/consolesettings.h"
#include "export/exportcontroller.h"
#include "export/exportdialog.h"
#include "export/exportjob.h"
#include "export/exportprogresspanel.h"
#include "models/filesmodel.h"
#include "files/filesview.h"
#include "shell/shellactions.h"
#include "signedinclient.h"
#include "simrequestlog.h"
#include "simprocess.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDesktopServices>
#include <QDirIterator>
#include <QDockWidget>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

// Catches QDesktopServices::openUrl for file: URLs (no desktop here).
class UrlCatcher final : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public slots:
    void openUrl(const QUrl &url) { urls << url; }
};

class TstExportPanel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void exportSelectionThroughDialogAndPanel();
    void cancelFromPanel();
    void pauseAndResume();
    void serverFailingOneFile();
    void secondExportWhileRunningShowsPanel();
    void unloadedRowsAreFetched();
    void summaryTexts();
    void exportActionInMenuAndShortcuts();

private:
    void selectRows(int first, int last);
    // Opens the dialog through the controller, points it at folder and clicks Export.
    bool startThroughDialog(const QString &folder, bool media = true);
    bool waitFinished(int timeoutMs = 60000);
    QHash<QString, QStringList> manifestRows(const QString &folder);  // id -> fields
    bool slowDownloads(int delayMs);

    SimProcess m_sim;
    ApiClient *m_client = nullptr;
    QTemporaryDir m_dir;
    std::unique_ptr<ConsoleSettings> m_settings;
    std::unique_ptr<QMainWindow> m_window;
    FilesModel *m_model = nullptr;
    FilesView *m_view = nullptr;
    ExportController *m_controller = nullptr;
    UrlCatcher m_urls;
};

void TstExportPanel::initTestCase()
{
    QVERIFY2(m_sim.start({QStringLiteral("--files"), QStringLiteral("400")}), qPrintable(m_sim.errorString()));
    m_client = new ApiClient(this);
    QString error;
    QVERIFY2(signInToSim(*m_client, m_sim, QStringLiteral("admin@example.com"), this, &error), qPrintable(error));
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &m_urls, "openUrl");
}

void TstExportPanel::cleanupTestCase()
{
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
}

void TstExportPanel::init()
{
    QVERIFY(m_sim.clearFaults());
    m_settings = std::make_unique<ConsoleSettings>(m_dir.filePath(QStringLiteral("console-%1.ini").arg(QTest::currentTestFunction())));
    m_window = std::make_unique<QMainWindow>();
    m_model = new FilesModel(m_client, m_window.get());
    m_view = new FilesView;
    m_view->setFilesModel(m_model);
    m_window->setCentralWidget(m_view);
    m_controller = new ExportController(m_client, m_settings.get(), m_view, m_window.get());
    m_window->resize(1100, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    FileQuery q;
    q.type = FileType::VoiceMessage;  // small bodies
    m_model->setQuery(q);
    QVERIFY(waitUntilIdle(*m_model));
    QVERIFY(m_model->rowCount() > 20);
    m_urls.urls.clear();
}

void TstExportPanel::cleanup()
{
    m_sim.clearFaults();
    m_window.reset();
}

void TstExportPanel::selectRows(int first, int last)
{
    const QItemSelection s(m_model->index(first, 0), m_model->index(last, kFileFieldCount - 1));
    m_view->selectionModel()->select(s, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

bool TstExportPanel::startThroughDialog(const QString &folder, bool media)
{
    m_controller->openDialog();
    ExportDialog *dialog = m_controller->dialog();
    if (!dialog || !QTest::qWaitForWindowExposed(dialog))
        return false;
    dialog->folderEdit()->setText(folder);
    dialog->mediaBox()->setChecked(media);
    dialog->metadataCombo()->setCurrentIndex(dialog->metadataCombo()->findData(QStringLiteral("csv")));
    if (!dialog->exportButton()->isEnabled()) {
        qWarning() << "Export disabled:" << dialog->problem();
        return false;
    }
    QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);
    return QTest::qWaitFor([&] { return m_controller->dialog() == nullptr; }, 5000) && m_controller->job();
}

bool TstExportPanel::waitFinished(int timeoutMs)
{
    return QTest::qWaitFor([&] { return m_controller->job() && !m_controller->isRunning(); }, timeoutMs);
}

QHash<QString, QStringList> TstExportPanel::manifestRows(const QString &folder)
{
    QHash<QString, QStringList> rows;
    QFile f(QDir(folder).filePath(QStringLiteral("manifest.csv")));
    if (!f.open(QIODevice::ReadOnly))
        return rows;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (int i = 1; i < lines.size(); ++i) {
        const QString line = QString::fromUtf8(lines.at(i)).trimmed();
        if (line.isEmpty())
            continue;
        const QStringList fields = line.split(QLatin1Char(','));  // ids, simple paths here
        rows.insert(fields.value(0), fields);
    }
    return rows;
}

bool TstExportPanel::slowDownloads(int delayMs)
{
    QJsonObject api{{QStringLiteral("path"), QStringLiteral("/files/")}, {QStringLiteral("fault"), QString()},
                    {QStringLiteral("delayMs"), delayMs}, {QStringLiteral("count"), 200}};
    QJsonObject storage = api;
    storage.insert(QStringLiteral("path"), QStringLiteral("/blobs/"));
    storage.insert(QStringLiteral("origin"), QStringLiteral("storage"));
    return m_sim.queueFault(api) && m_sim.queueFault(storage);
}

void TstExportPanel::exportSelectionThroughDialogAndPanel()
{
    selectRows(2, 7);  // six voicemails
    QStringList ids;
    for (int row = 2; row <= 7; ++row)
        ids << m_model->fileAt(row).id();
    const QString folder = m_dir.filePath(QStringLiteral("export-1"));
    QVERIFY(startThroughDialog(folder));

    ExportProgressPanel *panel = m_controller->panel();
    QVERIFY(m_controller->dock()->isVisible());
    QVERIFY(!m_controller->dock()->isFloating());
    QVERIFY(panel->titleLabel()->text().contains(QLatin1String("6 selected files")));
    // The table stays usable meanwhile (the panel is not modal).
    QVERIFY(!QApplication::activeModalWidget());
    QVERIFY(waitFinished());

    // The summary, with the folder and manifest buttons.
    QVERIFY2(panel->summaryLabel()->text().contains(QLatin1String("Exported 6 files")), qPrintable(panel->summaryLabel()->text()));
    QVERIFY(panel->summaryLabel()->isVisibleTo(panel));
    QVERIFY(!panel->failuresView()->isVisibleTo(panel));
    QVERIFY(!panel->cancelButton()->isVisibleTo(panel));
    QVERIFY(panel->openFolderButton()->isVisibleTo(panel));
    QVERIFY(panel->showManifestButton()->isVisibleTo(panel));

    // On disk: six media files whose SHA-256 the manifest gives, and files.csv with six rows.
    const QHash<QString, QStringList> manifest = manifestRows(folder);
    QCOMPARE(manifest.size(), 6);
    for (const QString &id : ids) {
        const QStringList row = manifest.value(id);
        QCOMPARE(row.value(4), QStringLiteral("ok"));
        QFile file(QDir(folder).filePath(row.value(1)));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(row.value(1)));
        const QByteArray bytes = file.readAll();
        QCOMPARE(QString::number(bytes.size()), row.value(2));
        QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()), row.value(3));
    }
    QFile csv(QDir(folder).filePath(QStringLiteral("files.csv")));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 7);
    QVERIFY(lines.first().startsWith("id,"));
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        QVERIFY2(!it.next().endsWith(QLatin1String(".part")), qPrintable(it.filePath()));

    // Open folder / Show manifest go to the desktop.
    QTest::mouseClick(panel->openFolderButton(), Qt::LeftButton);
    QTest::mouseClick(panel->showManifestButton(), Qt::LeftButton);
    QCOMPARE(m_urls.urls.size(), 2);
    QCOMPARE(m_urls.urls.at(0), QUrl::fromLocalFile(QDir(folder).absolutePath()));
    QCOMPARE(m_urls.urls.at(1).toLocalFile(), QDir(folder).absoluteFilePath(QStringLiteral("manifest.csv")));
    // Close hides the dock.
    QTest::mouseClick(panel->closeButton(), Qt::LeftButton);
    QVERIFY(!m_controller->dock()->isVisible());

    // The same export again: everything is already complete, nothing is downloaded.
    QVERIFY(m_sim.clearRequests());
    QVERIFY(startThroughDialog(folder));
    QVERIFY(waitFinished());
    QVERIFY2(panel->summaryLabel()->text().contains(QLatin1String("skipped 6")), qPrintable(panel->summaryLabel()->text()));
    QCOMPARE(m_sim.requests(QStringLiteral("storage"), QStringLiteral("/blobs/")).size(), 0);
}

void TstExportPanel::cancelFromPanel()
{
    selectRows(0, 15);
    QVERIFY(slowDownloads(3000));
    const QString folder = m_dir.filePath(QStringLiteral("export-cancel"));
    QVERIFY(startThroughDialog(folder));
    ExportProgressPanel *panel = m_controller->panel();
    QVERIFY(panel->cancelButton()->isVisibleTo(panel));
    // Downloads are under way: their rows show.
    QTRY_VERIFY_WITH_TIMEOUT(panel->visibleFileRows() > 0, 20000);
    QVERIFY(!panel->fileRowText(0).isEmpty());
    QTest::mouseClick(panel->cancelButton(), Qt::LeftButton);
    QVERIFY(waitFinished(20000));
    QVERIFY2(panel->summaryLabel()->text().contains(QLatin1String("cancelled")), qPrintable(panel->summaryLabel()->text()));
    // Nothing partial is marked complete: every "ok" row of the manifest is a whole file on disk,
    // and no final name exists without its "ok" row.
    const QHash<QString, QStringList> manifest = manifestRows(folder);
    QSet<QString> okPaths;
    for (const QStringList &row : manifest) {
        if (row.value(4) != QLatin1String("ok"))
            continue;
        okPaths << row.value(1);
        QCOMPARE(QString::number(QFileInfo(QDir(folder).filePath(row.value(1))).size()), row.value(2));
    }
    QVERIFY(okPaths.size() < 16);
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString rel = QDir(folder).relativeFilePath(it.next());
        if (rel == QLatin1String("manifest.csv") || rel.endsWith(QLatin1String(".part")) || rel.startsWith(QLatin1String("files.")))
            continue;
        QVERIFY2(okPaths.contains(rel), qPrintable(rel));
    }
}

void TstExportPanel::pauseAndResume()
{
    selectRows(20, 27);
    QVERIFY(slowDownloads(800));
    const QString folder = m_dir.filePath(QStringLiteral("export-pause"));
    QVERIFY(startThroughDialog(folder));
    ExportProgressPanel *panel = m_controller->panel();
    QTRY_VERIFY_WITH_TIMEOUT(panel->visibleFileRows() > 0, 20000);
    QCOMPARE(panel->pauseButton()->text(), QStringLiteral("Pause"));
    QTest::mouseClick(panel->pauseButton(), Qt::LeftButton);
    QVERIFY(m_controller->job()->isPaused());
    QTRY_COMPARE(panel->pauseButton()->text(), QStringLiteral("Resume"));
    QVERIFY2(panel->progressLabel()->text().contains(QLatin1String("paused")), qPrintable(panel->progressLabel()->text()));
    QVERIFY(m_sim.clearFaults());
    QTest::mouseClick(panel->pauseButton(), Qt::LeftButton);
    QVERIFY(!m_controller->job()->isPaused());
    QVERIFY(waitFinished());
    QVERIFY2(panel->summaryLabel()->text().contains(QLatin1String("Exported 8 files")), qPrintable(panel->summaryLabel()->text()));
}

void TstExportPanel::serverFailingOneFile()
{
    // One file on the API origin whose content keeps answering 500.
    int bad = -1;
    for (int row = 30; row < m_model->rowCount() && bad < 0; ++row) {
        const QUrl uri = m_model->fileAt(row).uri();
        if (uri.host() == QLatin1String("127.0.0.1") && uri.path().startsWith(QLatin1String("/files/")))
            bad = row;
    }
    QVERIFY(bad >= 0);
    selectRows(bad - 2, bad + 1);
    const FileInfo badFile = m_model->fileAt(bad);
    QJsonObject fault{{QStringLiteral("path"), badFile.uri().path()}, {QStringLiteral("fault"), QStringLiteral("500")},
                      {QStringLiteral("count"), 100}};
    QVERIFY(m_sim.queueFault(fault));
    const QString folder = m_dir.filePath(QStringLiteral("export-fail"));
    QVERIFY(startThroughDialog(folder));
    QVERIFY(waitFinished(120000));
    ExportProgressPanel *panel = m_controller->panel();
    QVERIFY2(panel->summaryLabel()->text().contains(QLatin1String("Exported 3 files")), qPrintable(panel->summaryLabel()->text()));
    QVERIFY2(panel->summaryLabel()->text().contains(QLatin1String("1 failed")), qPrintable(panel->summaryLabel()->text()));
    QVERIFY(panel->titleLabel()->text().contains(QLatin1String("problems")));
    QVERIFY(panel->failuresView()->isVisibleTo(panel));
    const QString failures = panel->failuresView()->toPlainText();
    QVERIFY2(failures.contains(badFile.id()), qPrintable(failures));
    QVERIFY2(failures.contains(QLatin1String(": ")) && failures.size() > badFile.id().size() + 10, qPrintable(failures));
    QCOMPARE(manifestRows(folder).value(badFile.id()).value(4), QStringLiteral("failed"));

    // The server is well again: "Run again" fetches only the failed file.
    QVERIFY(panel->retryButton()->isVisibleTo(panel));
    QVERIFY(m_sim.clearFaults());
    QVERIFY(m_sim.clearRequests());
    QTest::mouseClick(panel->retryButton(), Qt::LeftButton);
    QVERIFY(waitFinished());
    QVERIFY2(panel->summaryLabel()->text().contains(QLatin1String("Exported 1 file, skipped 3")), qPrintable(panel->summaryLabel()->text()));
    QVERIFY(!panel->retryButton()->isVisibleTo(panel));
    QCOMPARE(manifestRows(folder).value(badFile.id()).value(4), QStringLiteral("ok"));
    int contentRequests = 0;
    for (const QJsonValue &r : m_sim.requests()) {
        const QString path = r.toObject().value(QStringLiteral("path")).toString();
        contentRequests += path.endsWith(QLatin1String("/content")) || path.startsWith(QLatin1String("/blobs/")) ? 1 : 0;
    }
    QCOMPARE(contentRequests, 1);
}

void TstExportPanel::secondExportWhileRunningShowsPanel()
{
    selectRows(0, 9);
    QVERIFY(slowDownloads(3000));
    QVERIFY(startThroughDialog(m_dir.filePath(QStringLiteral("export-busy"))));
    QVERIFY(m_controller->isRunning());
    m_controller->dock()->hide();
    // Export again: no second dialog, the running export's panel comes back with a note.
    QTimer::singleShot(0, this, [] {
        QTRY_VERIFY(QApplication::activeModalWidget());
        QTest::keyClick(QApplication::activeModalWidget(), Qt::Key_Enter);
    });
    m_controller->openDialog();
    QVERIFY(!m_controller->dialog());
    QVERIFY(m_controller->dock()->isVisible());
    // Signing out cancels it; with nothing running, closing the window asks nothing.
    QVERIFY(m_controller->isRunning());
    m_controller->cancelRunning();  // what sign-out does
    QVERIFY(waitFinished(20000));
    QVERIFY(m_controller->panel()->summaryLabel()->text().contains(QLatin1String("cancelled")));
    QVERIFY(m_controller->confirmClose());
}

// A Shift+click across rows not loaded yet: the export fetches them (their pages) and writes
// exactly those rows, in the table's order.
void TstExportPanel::unloadedRowsAreFetched()
{
    FileQuery q;  // every type: more rows than one page
    m_model->setQuery(q);
    QVERIFY(waitUntilIdle(*m_model));
    const int first = 150, last = int(m_model->totalCount()) - 5;
    QVERIFY(m_model->fileAt(last).isNull());
    selectRows(first, last);
    const QString folder = m_dir.filePath(QStringLiteral("export-rows"));
    QVERIFY(startThroughDialog(folder, false));  // metadata only
    QCOMPARE(m_controller->job()->options().source, ExportOptions::Source::QueryRows);
    QVERIFY(waitFinished());
    ExportProgressPanel *panel = m_controller->panel();
    QVERIFY2(panel->summaryLabel()->text().contains(QLatin1String("failed.")) && !panel->titleLabel()->text().contains(QLatin1String("problems")),
             qPrintable(panel->summaryLabel()->text() + panel->titleLabel()->text()));
    QFile csv(QDir(folder).filePath(QStringLiteral("files.csv")));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().trimmed().split('\n');
    QCOMPARE(lines.size() - 1, last - first + 1);
    // The ids, in order, are the server's rows first..last of the same query.
    const QByteArray token = m_sim.bearerToken(QStringLiteral("admin@example.com"));
    QStringList expected;
    for (int page = 0; page * 100 <= last; ++page)
        expected += rawPageIds(m_sim, token, page, 100);
    expected = expected.mid(first, last - first + 1);
    QStringList got;
    for (int i = 1; i < lines.size(); ++i)
        got << QString::fromUtf8(lines.at(i).left(lines.at(i).indexOf(',')));
    QCOMPARE(got, expected);
}

void TstExportPanel::summaryTexts()
{
    ExportProgressPanel panel;
    panel.start(QStringLiteral("/tmp/x"), ExportScope{ExportScope::Kind::Selection, 3});
    QVERIFY(panel.isRunning());
    ExportProgress p;
    p.phase = ExportProgress::Phase::Downloading;
    p.filesDone = 1;
    p.filesTotal = 3;
    p.bytesDone = 1500000;
    p.bytesTotal = 3000000;
    p.bytesPerSecond = 500000;
    p.secondsLeft = 3;
    p.running = {{QStringLiteral("id1"), QStringLiteral("a.wav"), 250, 1000}};
    panel.setProgress(p);
    QCOMPARE(panel.overallBar()->value(), 50);
    const QString line = panel.progressLabel()->text();
    QVERIFY2(line.contains(QLatin1String("1 of 3 files")) && line.contains(QLatin1String("/s"))
                 && line.contains(QLatin1String("3 s left")), qPrintable(line));
    QCOMPARE(panel.visibleFileRows(), 1);
    QVERIFY(panel.fileRowText(0).startsWith(QLatin1String("a.wav")));
    p.paused = true;
    panel.setProgress(p);
    QCOMPARE(panel.pauseButton()->text(), QStringLiteral("Resume"));
    QVERIFY(panel.progressLabel()->text().contains(QLatin1String("paused")));

    ExportSummary s;
    s.exported = 2;
    s.failed = 1;
    s.failures = {{QStringLiteral("id3"), QStringLiteral("c.wav"), QStringLiteral("Connection cut")}};
    s.totalChanged = true;
    s.totalChangedNote = QStringLiteral("The total changed from 2,000 to 2,003 while exporting.");
    s.folder = m_dir.path();
    panel.setSummary(s);
    QVERIFY(!panel.isRunning());
    QVERIFY(panel.summaryLabel()->text().contains(QLatin1String("Exported 2 files")));
    QVERIFY(panel.summaryLabel()->text().contains(s.totalChangedNote));
    QCOMPARE(panel.failuresView()->toPlainText(), QStringLiteral("c.wav (id3): Connection cut"));
    QVERIFY(panel.retryButton()->isVisibleTo(&panel));
    QVERIFY(!panel.showManifestButton()->isVisibleTo(&panel));  // none was written
    QVERIFY(panel.openFolderButton()->isVisibleTo(&panel));
}

void TstExportPanel::exportActionInMenuAndShortcuts()
{
    QMainWindow window;
    ShellActions actions(&window);
    actions.populate(window.menuBar());
    QCOMPARE(actions.exportFiles->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
    QVERIFY(actions.shortcutActions().contains(actions.exportFiles));  // F1's list
    QMenu *file = window.menuBar()->actions().first()->menu();
    QVERIFY(file && file->actions().contains(actions.exportFiles));
    QVERIFY(actions.exportFiles->text().contains(QLatin1String("Export")));
}

QTEST_MAIN(TstExportPanel)
#include "tst_exportpanel.moc"
