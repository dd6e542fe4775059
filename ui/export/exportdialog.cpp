#include "exportdialog.h"

#include "settings/consolesettings.h"
#include "exportcolumnspicker.h"
#include "exportfoldercheck.h"
#include "exporttemplateedit.h"
#include "export/filecsvwriter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
ExportOptions::Subfolders subfoldersFromText(const QString &text)
{
    if (text == QLatin1String("account"))
        return ExportOptions::Subfolders::Account;
    if (text == QLatin1String("customer"))
        return ExportOptions::Subfolders::Customer;
    if (text == QLatin1String("date"))
        return ExportOptions::Subfolders::Date;
    return ExportOptions::Subfolders::None;
}
} // namespace

ExportDialog::ExportDialog(ConsoleSettings *settings, const ExportSources &sources, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_sources(sources)
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export files"));

    auto *left = new QVBoxLayout;
    left->addWidget(buildSourceGroup());
    left->addWidget(buildContentGroup());
    left->addWidget(buildDestinationGroup(), 1);
    m_columnsGroup = new QGroupBox(tr("CSV columns, in order"), this);
    m_columns = new ExportColumnsPicker(m_columnsGroup);
    auto *columnsLayout = new QVBoxLayout(m_columnsGroup);
    columnsLayout->addWidget(m_columns);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 3);
    columns->addWidget(m_columnsGroup, 2);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("exportProblem"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    QPalette palette = m_problem->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    m_problem->setPalette(palette);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_exportButton = m_buttons->addButton(tr("Export", "start the export"), QDialogButtonBox::AcceptRole);
    m_exportButton->setObjectName(QStringLiteral("startExport"));
    m_exportButton->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    restoreChoices();
    for (QCheckBox *box : {m_bom, m_transcripts, m_media})
        connect(box, &QCheckBox::toggled, this, &ExportDialog::updateState);
    for (QRadioButton *b : {m_selection, m_matching})
        connect(b, &QRadioButton::toggled, this, &ExportDialog::updateState);
    connect(m_metadata, &QComboBox::currentIndexChanged, this, &ExportDialog::updateState);
    connect(m_subfolders, &QComboBox::currentIndexChanged, this, &ExportDialog::updateState);
    connect(m_folder, &QLineEdit::textChanged, this, &ExportDialog::updateState);
    connect(m_template, &ExportTemplateEdit::changed, this, &ExportDialog::updateState);
    connect(m_columns, &ExportColumnsPicker::columnsChanged, this, &ExportDialog::updateState);
    updateState();
    resize(960, 640);
}

QWidget *ExportDialog::buildSourceGroup()
{
    const QLocale locale;
    auto *group = new QGroupBox(tr("Files"), this);
    const int selected = m_sources.selection.count();
    m_selection = new QRadioButton(selected > 0 ? tr("The selected files (%1)").arg(locale.toString(selected))
                                                : tr("The selected files (none selected)"), group);
    m_selection->setObjectName(QStringLiteral("sourceSelection"));
    m_selection->setEnabled(selected > 0);
    const QString matching = m_sources.matchingCount >= 0
        ? locale.toString(m_sources.matchingCount)
        : tr("at least %1", "a count not known yet").arg(locale.toString(m_sources.loadedRows));
    m_matching = new QRadioButton(tr("All files matching the filter (%1)").arg(matching), group);
    m_matching->setObjectName(QStringLiteral("sourceMatching"));
    (selected > 1 ? m_selection : m_matching)->setChecked(true);
    auto *layout = new QVBoxLayout(group);
    layout->addWidget(m_selection);
    layout->addWidget(m_matching);
    return group;
}

QWidget *ExportDialog::buildContentGroup()
{
    auto *group = new QGroupBox(tr("Export"), this);
    m_metadata = new QComboBox(group);
    m_metadata->setObjectName(QStringLiteral("metadataFormat"));
    m_metadata->addItem(tr("CSV (a spreadsheet)"), QStringLiteral("csv"));
    m_metadata->addItem(tr("JSON (the items as the API sent them)"), QStringLiteral("json"));
    m_metadata->addItem(tr("None", "no metadata file"), QStringLiteral("none"));
    m_bom = new QCheckBox(tr("With a BOM, for Excel"), group);
    m_bom->setObjectName(QStringLiteral("csvBom"));
    m_transcripts = new QCheckBox(tr("Transcripts (one UTF-8 text file per file)"), group);
    m_transcripts->setObjectName(QStringLiteral("transcripts"));
    m_media = new QCheckBox(tr("Media files (recordings, voicemail, faxes…)"), group);
    m_media->setObjectName(QStringLiteral("media"));
    auto *metadataRow = new QHBoxLayout;
    metadataRow->addWidget(m_metadata, 1);
    metadataRow->addWidget(m_bom);
    auto *form = new QFormLayout(group);
    form->addRow(tr("Metadata:"), metadataRow);
    form->addRow(QString(), m_transcripts);
    form->addRow(QString(), m_media);
    return group;
}

QWidget *ExportDialog::buildDestinationGroup()
{
    auto *group = new QGroupBox(tr("Destination"), this);
    m_folder = new QLineEdit(group);
    m_folder->setObjectName(QStringLiteral("exportFolder"));
    auto *browse = new QPushButton(tr("Browse…"), group);
    browse->setObjectName(QStringLiteral("browseFolder"));
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);

    m_subfolders = new QComboBox(group);
    m_subfolders->setObjectName(QStringLiteral("subfolders"));
    m_subfolders->addItem(tr("None", "no subfolders"), QStringLiteral("none"));
    m_subfolders->addItem(tr("By account"), QStringLiteral("account"));
    m_subfolders->addItem(tr("By customer"), QStringLiteral("customer"));
    m_subfolders->addItem(tr("By date (yyyy/MM/dd)"), QStringLiteral("date"));
    m_template = new ExportTemplateEdit(group);
    m_jobs = new QSpinBox(group);
    m_jobs->setObjectName(QStringLiteral("downloadJobs"));
    m_jobs->setRange(1, ConsoleSettings::kMaxDownloadJobs);
    m_jobs->setSuffix(tr(" at once", "parallel downloads"));

    auto *form = new QFormLayout(group);
    form->addRow(tr("Folder:"), folderRow);
    form->addRow(tr("Subfolders:"), m_subfolders);
    form->addRow(tr("File names:"), m_template);
    auto *jobsRow = new QHBoxLayout;
    jobsRow->addWidget(m_jobs);
    jobsRow->addStretch(1);
    form->addRow(tr("Downloads:"), jobsRow);
    return group;
}

void ExportDialog::restoreChoices()
{
    const int metadata = m_metadata->findData(m_settings->exportMetadataFormat());
    m_metadata->setCurrentIndex(qMax(metadata, 0));
    m_bom->setChecked(m_settings->exportCsvBom());
    m_transcripts->setChecked(m_settings->exportTranscripts());
    m_media->setChecked(m_settings->exportMedia());
    QList<FileField> columns;
    QString ignored;
    if (!FileCsvWriter::parseColumns(m_settings->exportColumns().join(QLatin1Char(',')), &columns, &ignored)
        || columns.isEmpty())
        columns = FileCsvWriter::allColumns();
    m_columns->setColumns(columns);
    m_folder->setText(QDir::toNativeSeparators(m_settings->exportFolder()));
    m_subfolders->setCurrentIndex(qMax(m_subfolders->findData(m_settings->exportSubfolders()), 0));
    m_template->setText(m_settings->exportNameTemplate());
    m_jobs->setValue(m_settings->downloadJobs());
}

void ExportDialog::saveChoices()
{
    m_settings->setExportMetadataFormat(m_metadata->currentData().toString());
    m_settings->setExportCsvBom(m_bom->isChecked());
    m_settings->setExportTranscripts(m_transcripts->isChecked());
    m_settings->setExportMedia(m_media->isChecked());
    QStringList columns;
    for (FileField f : m_columns->columns())
        columns << FileCsvWriter::columnName(f);
    m_settings->setExportColumns(columns);
    m_settings->setExportFolder(QDir::cleanPath(m_folder->text().trimmed()));
    m_settings->setExportSubfolders(m_subfolders->currentData().toString());
    m_settings->setExportNameTemplate(m_template->text());
    m_settings->setDownloadJobs(m_jobs->value());
    m_settings->sync();
}

void ExportDialog::browse()
{
    const QString chosen = QFileDialog::getExistingDirectory(this, tr("Export into"), m_folder->text());
    if (!chosen.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(chosen));
}

bool ExportDialog::selectionChosen() const
{
    return m_selection->isChecked();
}

qint64 ExportDialog::chosenCount() const
{
    return selectionChosen() ? m_sources.selection.count() : m_sources.matchingCount;
}

ExportOptions ExportDialog::options() const
{
    ExportOptions o;
    const FilesSelection &selection = m_sources.selection;
    if (!selectionChosen() || selection.isAll()) {
        o.source = ExportOptions::Source::AllMatching;
        o.query = selectionChosen() ? selection.query() : m_sources.query;
    } else if (!m_sources.selectionFiles.isEmpty() && m_sources.selectionFiles.size() == selection.count()) {
        o.source = ExportOptions::Source::Files;  // exactly the rows the user sees
        o.files = m_sources.selectionFiles;
        o.query = selection.query();
    } else {
        o.source = ExportOptions::Source::QueryRows;  // rows not loaded yet are fetched
        o.query = selection.query();
        for (const FileRowRange &r : selection.ranges())
            o.rows.append({r.first, r.last});
    }
    const QString metadata = m_metadata->currentData().toString();
    o.metadataFormat = metadata == QLatin1String("csv")    ? ExportOptions::MetadataFormat::Csv
                     : metadata == QLatin1String("json") ? ExportOptions::MetadataFormat::Json
                                                         : ExportOptions::MetadataFormat::None;
    o.columns = m_columns->columns();
    o.csvBom = m_bom->isChecked();
    o.transcripts = m_transcripts->isChecked();
    o.media = m_media->isChecked();
    o.folder = QDir::cleanPath(m_folder->text().trimmed());
    o.nameTemplate = m_template->text();
    o.subfolders = subfoldersFromText(m_subfolders->currentData().toString());
    o.jobs = m_jobs->value();
    return o;
}

QString ExportDialog::problem() const
{
    if (selectionChosen() && m_sources.selection.isEmpty())
        return tr("No files are selected.");
    if (!selectionChosen() && m_sources.matchingCount == 0)
        return tr("The filter matches no files: there is nothing to export.");
    const ExportOptions o = options();
    if (o.metadataFormat == ExportOptions::MetadataFormat::None && !o.transcripts && !o.media)
        return tr("Choose what to export: metadata, transcripts or media files.");
    if (o.metadataFormat == ExportOptions::MetadataFormat::Csv && o.columns.isEmpty())
        return tr("Choose at least one CSV column.");
    if ((o.media || o.transcripts) && !m_template->isValid())
        return tr("The name template cannot be used: %1").arg(m_template->errorString());
    const QString folder = ExportFolderCheck::problem(m_folder->text());
    if (!folder.isEmpty())
        return folder;
    return o.validate();
}

void ExportDialog::updateState()
{
    const bool csv = m_metadata->currentData().toString() == QLatin1String("csv");
    const bool named = m_media->isChecked() || m_transcripts->isChecked();
    m_bom->setEnabled(csv);
    m_columnsGroup->setEnabled(csv);
    m_template->setEnabled(named);
    m_subfolders->setEnabled(named);
    m_jobs->setEnabled(named);
    m_template->setSubfolders(subfoldersFromText(m_subfolders->currentData().toString()));
    m_template->setSampleFiles(selectionChosen() ? m_sources.selectionSample : m_sources.matchingSample);
    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    m_exportButton->setEnabled(why.isEmpty());
}

void ExportDialog::accept()
{
    QString why = problem();
    if (why.isEmpty())
        why = ExportFolderCheck::prepare(m_folder->text());
    if (!why.isEmpty()) {
        m_problem->setText(why);
        m_problem->setVisible(true);
        return;
    }
    saveChoices();
    QDialog::accept();
}
