// The export dialog offscreen over the real table (FilesModel + FilesView on evovoice-sim): the
// counts of the selection and of all matching files, the live name preview through the core's
// NameTemplate/ExportNamer, validation with readable reasons, the options it builds for each
// kind of selection, and the choices it remembers.
#include "api/apiclient.h"
#include "clientwaits.h"
#include "settings/consolesettings.h"
#include "export/exportcolumnspicker.h"
#include "export/exportcontroller.h"
#include "export/exportdialog.h"
#include "export/exporttemplateedit.h"
#include "export/filecsvwriter.h"
#include "models/filesmodel.h"
#include "files/filesview.h"
#include "export/nametemplate.h"
#include "export/exportnamer.h"
#include "signedinclient.h"
#include "simprocess.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMainWindow>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>

class TstExportDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void countsOfSelectionAndMatching();
    void livePreviewAndBadTemplate();
    void validationSaysWhy();
    void optionsForEachSelection();
    void columnsChosenAndOrdered();
    void remembersLastChoices();
    void nothingSelectedOffersOnlyMatching();

private:
    void selectRows(int first, int last, QItemSelectionModel::SelectionFlags flags = QItemSelectionModel::ClearAndSelect);
    std::unique_ptr<ExportDialog> newDialog();

    SimProcess m_sim;
    ApiClient *m_client = nullptr;
    QTemporaryDir m_dir;
    std::unique_ptr<ConsoleSettings> m_settings;
    std::unique_ptr<QMainWindow> m_window;
    FilesModel *m_model = nullptr;
    FilesView *m_view = nullptr;
    ExportController *m_controller = nullptr;
};

void TstExportDialog::initTestCase()
{
    QVERIFY2(m_sim.start({QStringLiteral("--files"), QStringLiteral("3000")}), qPrintable(m_sim.errorString()));
    m_client = new ApiClient(this);
    QString error;
    QVERIFY2(signInToSim(*m_client, m_sim, QStringLiteral("admin@example.com"), this, &error), qPrintable(error));
}

void TstExportDialog::init()
{
    QFile::remove(m_dir.filePath(QStringLiteral("console.ini")));
    m_settings = std::make_unique<ConsoleSettings>(m_dir.filePath(QStringLiteral("console.ini")));
    m_window = std::make_unique<QMainWindow>();
    m_model = new FilesModel(m_client, m_window.get());
    m_view = new FilesView;
    m_view->setFilesModel(m_model);
    m_window->setCentralWidget(m_view);
    m_controller = new ExportController(m_client, m_settings.get(), m_view, m_window.get());
    m_window->resize(1000, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_model->setQuery(FileQuery());
    QVERIFY(waitUntilIdle(*m_model));
    QVERIFY(m_model->totalCount() > 0);
}

void TstExportDialog::cleanup()
{
    m_window.reset();
}

void TstExportDialog::selectRows(int first, int last, QItemSelectionModel::SelectionFlags flags)
{
    const QItemSelection s(m_model->index(first, 0), m_model->index(last, kFileFieldCount - 1));
    m_view->selectionModel()->select(s, flags | QItemSelectionModel::Rows);
}

std::unique_ptr<ExportDialog> TstExportDialog::newDialog()
{
    return std::make_unique<ExportDialog>(m_settings.get(), m_controller->currentSources(), m_window.get());
}

void TstExportDialog::countsOfSelectionAndMatching()
{
    selectRows(0, 6);
    auto dialog = newDialog();
    QVERIFY2(dialog->selectionButton()->text().contains(QLatin1String("(7)")), qPrintable(dialog->selectionButton()->text()));
    const QString total = QLocale().toString(m_model->totalCount());
    QVERIFY2(dialog->matchingButton()->text().contains(total), qPrintable(dialog->matchingButton()->text()));
    QVERIFY(dialog->selectionButton()->isChecked());  // several rows selected: they are what is meant
    QCOMPARE(dialog->chosenCount(), 7);
    dialog->matchingButton()->setChecked(true);
    QCOMPARE(dialog->chosenCount(), m_model->totalCount());
    // Defaults from ConsoleSettings.
    QCOMPARE(dialog->folderEdit()->text(), QDir::toNativeSeparators(ConsoleSettings::defaultExportFolder()));
    QCOMPARE(dialog->templateEdit()->text(), ConsoleSettings::defaultNameTemplate());
    QCOMPARE(dialog->jobsSpin()->value(), ConsoleSettings::kDefaultDownloadJobs);
    QCOMPARE(dialog->jobsSpin()->maximum(), ConsoleSettings::kMaxDownloadJobs);
    QCOMPARE(dialog->metadataCombo()->currentData().toString(), QStringLiteral("csv"));
    QVERIFY(dialog->mediaBox()->isChecked());
}

void TstExportDialog::livePreviewAndBadTemplate()
{
    selectRows(10, 19);
    auto dialog = newDialog();
    dialog->folderEdit()->setText(m_dir.filePath(QStringLiteral("out")));
    ExportTemplateEdit *edit = dialog->templateEdit();
    // The default template: the first five selected rows, named as the export will name them.
    QStringList expected;
    {
        ExportNamer namer(NameTemplate(ConsoleSettings::defaultNameTemplate()), ExportOptions::Subfolders::None);
        for (int row = 10; row < 15; ++row)
            expected << namer.pathFor(m_model->fileAt(row));
    }
    QCOMPARE(edit->previewText().split(QLatin1Char('\n')), expected);

    // Typing changes it at once.
    edit->lineEdit()->setText(QStringLiteral("{id}"));
    const QStringList lines = edit->previewText().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), ExportTemplateEdit::kPreviewCount);
    QVERIFY2(lines.first().startsWith(m_model->fileAt(10).id()), qPrintable(lines.first()));
    QVERIFY(lines.first().contains(QLatin1Char('.')));  // the extension from the content type

    // Subfolders show in the preview.
    dialog->subfoldersCombo()->setCurrentIndex(dialog->subfoldersCombo()->findData(QStringLiteral("account")));
    QVERIFY2(edit->previewText().startsWith(m_model->fileAt(10).accountName().left(3)), qPrintable(edit->previewText()));

    // A template that does not parse: a readable error instead of names, and Export is disabled.
    QVERIFY(dialog->exportButton()->isEnabled());
    edit->lineEdit()->setText(QStringLiteral("{noSuchField}_{id}"));
    QVERIFY(!edit->isValid());
    QVERIFY(!edit->errorString().isEmpty());
    QVERIFY2(edit->previewText().contains(edit->errorString()), qPrintable(edit->previewText()));
    QVERIFY(!dialog->exportButton()->isEnabled());
    QVERIFY(dialog->problemLabel()->isVisibleTo(dialog.get()));
    QVERIFY(dialog->problemLabel()->text().contains(edit->errorString()));
    edit->lineEdit()->setText(QStringLiteral("{id"));
    QVERIFY(!dialog->exportButton()->isEnabled());
    // Only metadata: the template does not matter then.
    dialog->mediaBox()->setChecked(false);
    QVERIFY(!edit->isEnabled());
    QVERIFY2(dialog->exportButton()->isEnabled(), qPrintable(dialog->problem()));
}

void TstExportDialog::validationSaysWhy()
{
    selectRows(0, 2);
    auto dialog = newDialog();
    dialog->folderEdit()->setText(m_dir.filePath(QStringLiteral("out")));
    QVERIFY2(dialog->problem().isEmpty(), qPrintable(dialog->problem()));

    // Nothing to write.
    dialog->metadataCombo()->setCurrentIndex(dialog->metadataCombo()->findData(QStringLiteral("none")));
    dialog->mediaBox()->setChecked(false);
    dialog->transcriptsBox()->setChecked(false);
    QVERIFY(!dialog->exportButton()->isEnabled());
    QVERIFY(dialog->problemLabel()->text().contains(QLatin1String("Choose what to export")));
    dialog->transcriptsBox()->setChecked(true);
    QVERIFY(dialog->exportButton()->isEnabled());

    // CSV with no column.
    dialog->metadataCombo()->setCurrentIndex(dialog->metadataCombo()->findData(QStringLiteral("csv")));
    dialog->columnsPicker()->setColumns({});
    emit dialog->columnsPicker()->columnsChanged();
    QVERIFY(!dialog->exportButton()->isEnabled());
    dialog->columnsPicker()->setColumns({FileField::Id});
    emit dialog->columnsPicker()->columnsChanged();
    QVERIFY(dialog->exportButton()->isEnabled());

    // Folders that cannot be written.
    QFile file(m_dir.filePath(QStringLiteral("a-file")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    dialog->folderEdit()->setText(m_dir.filePath(QStringLiteral("a-file/sub")));
    QVERIFY(!dialog->exportButton()->isEnabled());
    QVERIFY2(dialog->problemLabel()->text().contains(QLatin1String("is a file, not a folder")),
             qPrintable(dialog->problemLabel()->text()));
    dialog->folderEdit()->setText(QStringLiteral("relative/path"));
    QVERIFY(dialog->problemLabel()->text().contains(QLatin1String("full path")));
    dialog->folderEdit()->setText(QString());
    QVERIFY(dialog->problemLabel()->text().contains(QLatin1String("Choose a folder")));
    dialog->folderEdit()->setText(QStringLiteral("/proc/evovoice-export"));  // exists as a parent, not writable
    dialog->accept();  // the probe fails: the dialog stays, with the reason
    QCOMPARE(dialog->result(), int(QDialog::Rejected));
    QVERIFY2(!dialog->problemLabel()->text().isEmpty(), "no reason given for /proc");

    // A good folder is created on Export.
    const QString good = m_dir.filePath(QStringLiteral("new/deeper"));
    dialog->folderEdit()->setText(good);
    dialog->accept();
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QVERIFY(QFileInfo(good).isDir());
    QCOMPARE(QDir(good).entryList(QDir::Files | QDir::Hidden).size(), 0);  // the probe is gone
}

void TstExportDialog::optionsForEachSelection()
{
    // Loaded rows: exactly those files.
    selectRows(3, 5);
    selectRows(9, 9, QItemSelectionModel::Select);
    {
        auto dialog = newDialog();
        dialog->folderEdit()->setText(m_dir.filePath(QStringLiteral("o")));
        const ExportOptions o = dialog->options();
        QCOMPARE(o.source, ExportOptions::Source::Files);
        QCOMPARE(o.files.size(), 4);
        QCOMPARE(o.files.at(3).id(), m_model->fileAt(9).id());
        QCOMPARE(o.folder, m_dir.filePath(QStringLiteral("o")));
        QCOMPARE(o.jobs, 4);
        QCOMPARE(o.metadataFormat, ExportOptions::MetadataFormat::Csv);
        QVERIFY(o.media);
    }
    // Rows not loaded yet (row 2,500 is far past the first page): row ranges of the query.
    const int last = int(m_model->totalCount()) - 10;
    QVERIFY(m_model->fileAt(last).isNull());
    selectRows(100, last);
    {
        auto dialog = newDialog();
        const ExportOptions o = dialog->options();
        QCOMPARE(o.source, ExportOptions::Source::QueryRows);
        QCOMPARE(o.rows.size(), 1);
        QCOMPARE(o.rows.first().first, 100);
        QCOMPARE(o.rows.first().last, last);
        QCOMPARE(o.query.countPerPage, m_model->pageSize());
        QCOMPARE(dialog->chosenCount(), last - 100 + 1);
        // "All matching": the filter, walked page by page.
        dialog->matchingButton()->setChecked(true);
        QCOMPARE(dialog->options().source, ExportOptions::Source::AllMatching);
    }
    // Every row selected: all matching (deduplicated by the walk).
    m_view->selectAll();
    {
        auto dialog = newDialog();
        QVERIFY(dialog->selectionButton()->isChecked());
        QCOMPARE(dialog->options().source, ExportOptions::Source::AllMatching);
    }
}

void TstExportDialog::columnsChosenAndOrdered()
{
    selectRows(0, 1);
    auto dialog = newDialog();
    ExportColumnsPicker *picker = dialog->columnsPicker();
    QCOMPARE(picker->list()->count(), kFileFieldCount);  // every FileInfo field offered
    QCOMPARE(picker->columns(), FileCsvWriter::allColumns());
    // The names as the CSV header spells them.
    QVERIFY(picker->list()->item(0)->text().startsWith(FileCsvWriter::columnName(FileCsvWriter::allColumns().first())));
    bool sawAi = false;
    for (int i = 0; i < picker->list()->count(); ++i)
        sawAi = sawAi || picker->list()->item(i)->text().startsWith(QLatin1String("aiTranscription"));
    QVERIFY(sawAi);
    picker->setColumns({FileField::FileName, FileField::Id, FileField::DateCreated});
    QCOMPARE(picker->columns(), (QList<FileField>{FileField::FileName, FileField::Id, FileField::DateCreated}));
    // Move "id" up to the top with the button.
    picker->list()->setCurrentRow(1);
    QTest::mouseClick(picker->findChild<QPushButton *>(QStringLiteral("columnUp")), Qt::LeftButton);
    QCOMPARE(picker->columns(), (QList<FileField>{FileField::Id, FileField::FileName, FileField::DateCreated}));
    // Unchecking one drops it.
    picker->list()->item(2)->setCheckState(Qt::Unchecked);
    QCOMPARE(picker->columns(), (QList<FileField>{FileField::Id, FileField::FileName}));
    QCOMPARE(dialog->options().columns, (QList<FileField>{FileField::Id, FileField::FileName}));
    // The BOM only means something for CSV.
    QVERIFY(dialog->bomBox()->isEnabled());
    dialog->metadataCombo()->setCurrentIndex(dialog->metadataCombo()->findData(QStringLiteral("json")));
    QVERIFY(!dialog->bomBox()->isEnabled());
    QCOMPARE(dialog->options().metadataFormat, ExportOptions::MetadataFormat::Json);
}

void TstExportDialog::remembersLastChoices()
{
    selectRows(0, 1);
    const QString folder = m_dir.filePath(QStringLiteral("remembered"));
    {
        auto dialog = newDialog();
        dialog->folderEdit()->setText(folder);
        dialog->metadataCombo()->setCurrentIndex(dialog->metadataCombo()->findData(QStringLiteral("json")));
        dialog->bomBox()->setChecked(true);
        dialog->transcriptsBox()->setChecked(true);
        dialog->subfoldersCombo()->setCurrentIndex(dialog->subfoldersCombo()->findData(QStringLiteral("date")));
        dialog->templateEdit()->setText(QStringLiteral("{id}_{fileName}"));
        dialog->jobsSpin()->setValue(9);
        dialog->columnsPicker()->setColumns({FileField::Uri, FileField::Id});
        dialog->accept();
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
    }
    auto dialog = newDialog();
    QCOMPARE(dialog->folderEdit()->text(), QDir::toNativeSeparators(folder));
    QCOMPARE(dialog->metadataCombo()->currentData().toString(), QStringLiteral("json"));
    QVERIFY(dialog->bomBox()->isChecked());
    QVERIFY(dialog->transcriptsBox()->isChecked());
    QCOMPARE(dialog->subfoldersCombo()->currentData().toString(), QStringLiteral("date"));
    QCOMPARE(dialog->templateEdit()->text(), QStringLiteral("{id}_{fileName}"));
    QCOMPARE(dialog->jobsSpin()->value(), 9);
    QCOMPARE(dialog->columnsPicker()->columns(), (QList<FileField>{FileField::Uri, FileField::Id}));
    QCOMPARE(m_settings->downloadJobs(), 9);
    QCOMPARE(m_settings->exportNameTemplate(), QStringLiteral("{id}_{fileName}"));
}

void TstExportDialog::nothingSelectedOffersOnlyMatching()
{
    m_view->clearSelection();
    auto dialog = newDialog();
    QVERIFY(!dialog->selectionButton()->isEnabled());
    QVERIFY(dialog->selectionButton()->text().contains(QLatin1String("none selected")));
    QVERIFY(dialog->matchingButton()->isChecked());
    QCOMPARE(dialog->options().source, ExportOptions::Source::AllMatching);
    // A filter that matches nothing: nothing to export, and it says so.
    FileQuery q;
    q.fileName = QStringLiteral("no-such-file-name-anywhere");
    m_model->setQuery(q);
    QVERIFY(waitUntilIdle(*m_model));
    QCOMPARE(m_model->totalCount(), 0);
    auto empty = newDialog();
    empty->folderEdit()->setText(m_dir.filePath(QStringLiteral("x")));
    QVERIFY(!empty->exportButton()->isEnabled());
    QVERIFY2(empty->problemLabel()->text().contains(QLatin1String("matches no files")), qPrintable(empty->problemLabel()->text()));
}

QTEST_MAIN(TstExportDialog)
#include "tst_exportdialog.moc"
