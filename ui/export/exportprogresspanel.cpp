#include "exportprogresspanel.h"

#include "exportprogresstext.h"

#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QUrl>
#include <QVBoxLayout>

ExportProgressPanel::ExportProgressPanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_line(new QLabel(this))
    , m_overall(new QProgressBar(this))
    , m_filesBox(new QWidget)
    , m_filesGrid(new QGridLayout(m_filesBox))
    , m_summary(new QLabel(this))
    , m_failures(new QPlainTextEdit(this))
    , m_note(new QLabel(this))
    , m_pause(new QPushButton(this))
    , m_cancel(new QPushButton(this))
    , m_openFolder(new QPushButton(this))
    , m_showManifest(new QPushButton(this))
    , m_close(new QPushButton(this))
    , m_retry(new QPushButton(this))
{
    setObjectName(QStringLiteral("exportProgressPanel"));
    for (QLabel *l : {m_title, m_line, m_summary, m_note}) {
        l->setTextFormat(Qt::PlainText);  // paths and reasons may hold anything
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_overall->setObjectName(QStringLiteral("exportOverall"));
    m_overall->setTextVisible(true);
    m_filesGrid->setContentsMargins(0, 0, 0, 0);
    m_filesGrid->setVerticalSpacing(2);
    m_filesGrid->setColumnStretch(0, 3);
    m_filesGrid->setColumnStretch(1, 2);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_filesBox);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setMinimumHeight(70);
    m_filesScroll = scroll;
    m_filesBox->setObjectName(QStringLiteral("exportFiles"));
    m_failures->setObjectName(QStringLiteral("exportFailures"));
    m_failures->setReadOnly(true);
    m_failures->setMaximumHeight(m_failures->fontMetrics().lineSpacing() * 7 + 12);
    m_failures->hide();
    m_summary->setObjectName(QStringLiteral("exportSummary"));
    m_pause->setObjectName(QStringLiteral("exportPause"));
    m_cancel->setObjectName(QStringLiteral("exportCancel"));
    m_openFolder->setObjectName(QStringLiteral("exportOpenFolder"));
    m_showManifest->setObjectName(QStringLiteral("exportShowManifest"));
    m_close->setObjectName(QStringLiteral("exportClose"));
    m_retry->setObjectName(QStringLiteral("exportRetry"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_note, 1);
    for (QPushButton *b : {m_pause, m_cancel, m_retry, m_openFolder, m_showManifest, m_close})
        buttons->addWidget(b);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 6);
    layout->addWidget(m_title);
    layout->addWidget(m_overall);
    layout->addWidget(m_line);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_summary);
    layout->addStretch(0);
    layout->addWidget(m_failures, 1);
    layout->addLayout(buttons);

    connect(m_pause, &QPushButton::clicked, this, [this] {
        if (m_paused)
            emit resumeRequested();
        else
            emit pauseRequested();
    });
    connect(m_cancel, &QPushButton::clicked, this, &ExportProgressPanel::cancelRequested);
    connect(m_close, &QPushButton::clicked, this, &ExportProgressPanel::closeRequested);
    connect(m_retry, &QPushButton::clicked, this, &ExportProgressPanel::retryRequested);
    connect(m_openFolder, &QPushButton::clicked, this, [this] { openLocal(m_folder, tr("the folder")); });
    connect(m_showManifest, &QPushButton::clicked, this, [this] { openLocal(m_manifest, tr("the manifest")); });
    start(QString(), ExportScope());
    m_running = false;
}

void ExportProgressPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

// Every text in the current language, for the state the panel is in (running or finished).
void ExportProgressPanel::retranslate()
{
    m_pause->setText(m_paused ? tr("Resume") : tr("Pause"));
    m_cancel->setText(tr("Cancel", "cancel the export"));
    m_openFolder->setText(tr("Open folder"));
    m_showManifest->setText(tr("Show manifest"));
    m_close->setText(tr("Close", "close the export panel"));
    m_retry->setText(tr("Run again", "rerun an export that ended with problems"));
    m_retry->setToolTip(tr("Export the same files into the same folder again: files already complete are "
                           "skipped, the others are fetched (interrupted ones resume)."));
    if (m_summaryShown) {
        m_title->setText(m_lastSummary.ok() ? tr("Export finished: %1").arg(QDir::toNativeSeparators(m_folder))
                                            : tr("Export ended with problems: %1").arg(QDir::toNativeSeparators(m_folder)));
        m_summary->setText(ExportProgressText::summaryLine(m_lastSummary));
        m_failures->setPlainText(ExportProgressText::failuresText(m_lastSummary));
        return;
    }
    m_title->setText(tr("Exporting %1 into %2").arg(m_scope.text(), QDir::toNativeSeparators(m_folder)));
    m_line->setText(m_progressShown ? ExportProgressText::progressLine(m_lastProgress) : tr("Starting…"));
}

void ExportProgressPanel::start(const QString &folder, const ExportScope &scope)
{
    m_running = true;
    m_paused = false;
    m_folder = folder;
    m_scope = scope;
    m_summaryShown = false;
    m_progressShown = false;
    m_manifest.clear();
    retranslate();
    m_overall->setRange(0, 0);
    m_overall->show();
    m_summary->clear();
    m_summary->hide();
    m_failures->clear();
    m_failures->hide();
    m_note->clear();
    showFileRows({});
    m_filesScroll->show();
    m_pause->setEnabled(true);
    m_pause->show();
    m_cancel->setEnabled(true);
    m_cancel->show();
    m_openFolder->setVisible(!folder.isEmpty());
    m_showManifest->hide();
    m_close->hide();
    m_retry->hide();
}

void ExportProgressPanel::setProgress(const ExportProgress &progress)
{
    if (!m_running)
        return;
    m_paused = progress.paused;
    m_pause->setText(m_paused ? tr("Resume") : tr("Pause"));
    const int percent = ExportProgressText::percent(progress);
    if (percent < 0) {
        m_overall->setRange(0, 0);
    } else {
        m_overall->setRange(0, 100);
        m_overall->setValue(percent);
    }
    m_lastProgress = progress;
    m_progressShown = true;
    m_line->setText(ExportProgressText::progressLine(progress));
    showFileRows(progress.running);
}

void ExportProgressPanel::setSummary(const ExportSummary &summary)
{
    m_running = false;
    m_paused = false;
    if (!summary.folder.isEmpty())
        m_folder = summary.folder;
    m_manifest = summary.manifestPath;
    m_lastSummary = summary;
    m_summaryShown = true;
    m_title->setText(summary.ok() ? tr("Export finished: %1").arg(QDir::toNativeSeparators(m_folder))
                                  : tr("Export ended with problems: %1").arg(QDir::toNativeSeparators(m_folder)));
    m_overall->setRange(0, 100);
    m_overall->setValue(summary.ok() ? 100 : m_overall->value());
    m_overall->hide();
    m_line->clear();
    showFileRows({});
    m_filesScroll->hide();
    m_summary->setText(ExportProgressText::summaryLine(summary));
    m_summary->show();
    const QString failures = ExportProgressText::failuresText(summary);
    m_failures->setPlainText(failures);
    m_failures->setVisible(!failures.isEmpty());
    m_pause->hide();
    m_cancel->hide();
    m_openFolder->setVisible(!m_folder.isEmpty() && QFileInfo(m_folder).isDir());
    m_showManifest->setVisible(!m_manifest.isEmpty() && QFileInfo::exists(m_manifest));
    m_close->show();
    m_retry->setVisible(!summary.ok());
}

void ExportProgressPanel::openLocal(const QString &path, const QString &what)
{
    if (path.isEmpty())
        return;
    if (QDesktopServices::openUrl(QUrl::fromLocalFile(path))) {
        m_note->clear();
        return;
    }
    m_note->setText(tr("No application could open %1; it is at %2").arg(what, QDir::toNativeSeparators(path)));
}

void ExportProgressPanel::showFileRows(const QList<ExportFileProgress> &running)
{
    const int wanted = qMin(int(running.size()), kMaxFileRows);
    while (m_rows.size() < wanted) {
        FileRow row;
        row.name = new QLabel(m_filesBox);
        row.name->setTextFormat(Qt::PlainText);
        row.bar = new QProgressBar(m_filesBox);
        row.bar->setMaximumHeight(row.name->sizeHint().height());
        const int r = int(m_rows.size());
        m_filesGrid->addWidget(row.name, r, 0);
        m_filesGrid->addWidget(row.bar, r, 1);
        m_rows << row;
    }
    for (int i = 0; i < m_rows.size(); ++i) {
        const FileRow &row = m_rows.at(i);
        const bool used = i < wanted;
        row.name->setVisible(used);
        row.bar->setVisible(used);
        if (!used)
            continue;
        const ExportFileProgress &f = running.at(i);
        const QString size = f.bytesTotal > 0 ? tr("%1 of %2").arg(ExportProgressText::bytes(f.bytesDone),
                                                                  ExportProgressText::bytes(f.bytesTotal))
                                              : ExportProgressText::bytes(f.bytesDone);
        row.name->setText(tr("%1 — %2", "file name — bytes").arg(f.path.isEmpty() ? f.id : f.path, size));
        if (f.bytesTotal > 0) {
            row.bar->setRange(0, 1000);
            row.bar->setValue(int(qBound(qint64(0), f.bytesDone * 1000 / f.bytesTotal, qint64(1000))));
        } else {
            row.bar->setRange(0, 0);
        }
    }
}

int ExportProgressPanel::visibleFileRows() const
{
    int n = 0;
    for (const FileRow &row : m_rows)
        n += row.name->isVisibleTo(this) ? 1 : 0;
    return n;
}

QString ExportProgressPanel::fileRowText(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).name->text() : QString();
}
