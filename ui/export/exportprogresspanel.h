#pragma once

#include "export/exportprogress.h"
#include "export/exportscope.h"
#include "export/exportsummary.h"

#include <QList>
#include <QWidget>

class QGridLayout;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

// The progress of a running export in a strip that does not block browsing (the controller puts
// it in a dock at the bottom of the window): the overall bar with files, bytes, speed and time
// left, a bar per file being downloaded, Pause/Resume and Cancel. At the end it turns into the
// summary (exported, skipped, failed with the reasons, a note when the total changed while
// paging) with "Open folder" and "Show manifest".
class ExportProgressPanel final : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kMaxFileRows = 16;

    explicit ExportProgressPanel(QWidget *parent = nullptr);

    // A new export of scope into folder: running, nothing done yet.
    void start(const QString &folder, const ExportScope &scope);
    void setProgress(const ExportProgress &progress);
    void setSummary(const ExportSummary &summary);
    bool isRunning() const { return m_running; }

    QLabel *titleLabel() const { return m_title; }
    QLabel *progressLabel() const { return m_line; }
    QProgressBar *overallBar() const { return m_overall; }
    QLabel *summaryLabel() const { return m_summary; }
    QPlainTextEdit *failuresView() const { return m_failures; }
    QPushButton *pauseButton() const { return m_pause; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *openFolderButton() const { return m_openFolder; }
    QPushButton *showManifestButton() const { return m_showManifest; }
    QPushButton *closeButton() const { return m_close; }
    QPushButton *retryButton() const { return m_retry; }
    int visibleFileRows() const;
    QString fileRowText(int row) const;

signals:
    void pauseRequested();
    void resumeRequested();
    void cancelRequested();
    void closeRequested();
    // Run the same export again (what is complete on disk is skipped, the rest is fetched).
    void retryRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct FileRow
    {
        QLabel *name = nullptr;
        QProgressBar *bar = nullptr;
    };
    void retranslate();
    void openLocal(const QString &path, const QString &what);
    void showFileRows(const QList<ExportFileProgress> &running);

    QLabel *m_title;
    QLabel *m_line;
    QProgressBar *m_overall;
    QWidget *m_filesBox;
    QWidget *m_filesScroll = nullptr;
    QGridLayout *m_filesGrid;
    QList<FileRow> m_rows;
    QLabel *m_summary;
    QPlainTextEdit *m_failures;
    QLabel *m_note;
    QPushButton *m_pause;
    QPushButton *m_cancel;
    QPushButton *m_openFolder;
    QPushButton *m_showManifest;
    QPushButton *m_close;
    QPushButton *m_retry;
    QString m_folder;
    QString m_manifest;
    ExportScope m_scope;
    ExportProgress m_lastProgress;   // for retranslate()
    ExportSummary m_lastSummary;
    bool m_progressShown = false;
    bool m_summaryShown = false;
    bool m_running = false;
    bool m_paused = false;
};
