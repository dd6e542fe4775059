#pragma once

#include "export/exportoptions.h"
#include "exportsources.h"

#include <QDialog>

class ConsoleSettings;
class ExportColumnsPicker;
class ExportTemplateEdit;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

// "Export…": what (the selected files or all files matching the filter, each with its count),
// what to write (CSV or JSON metadata with chosen, ordered columns and an optional BOM for
// Excel; transcripts; media files), where (a folder, subfolders by account/customer/date, the
// name template with a live preview) and how many downloads at once. It starts with the last
// choices (ConsoleSettings) and remembers them on Export. Export stays disabled, with the reason
// shown, while the options cannot run; the folder is created and probed before it closes.
class ExportDialog final : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(ConsoleSettings *settings, const ExportSources &sources, QWidget *parent = nullptr);

    // The export as chosen now.
    ExportOptions options() const;
    // Why the options cannot run, or empty.
    QString problem() const;
    bool selectionChosen() const;
    // The count the chosen source covers (-1 unknown).
    qint64 chosenCount() const;

    // For tests and the controller.
    QRadioButton *selectionButton() const { return m_selection; }
    QRadioButton *matchingButton() const { return m_matching; }
    QComboBox *metadataCombo() const { return m_metadata; }
    QCheckBox *bomBox() const { return m_bom; }
    QCheckBox *transcriptsBox() const { return m_transcripts; }
    QCheckBox *mediaBox() const { return m_media; }
    QLineEdit *folderEdit() const { return m_folder; }
    QComboBox *subfoldersCombo() const { return m_subfolders; }
    QSpinBox *jobsSpin() const { return m_jobs; }
    ExportColumnsPicker *columnsPicker() const { return m_columns; }
    ExportTemplateEdit *templateEdit() const { return m_template; }
    QLabel *problemLabel() const { return m_problem; }
    QPushButton *exportButton() const { return m_exportButton; }

public slots:
    void accept() override;

private:
    QWidget *buildSourceGroup();
    QWidget *buildContentGroup();
    QWidget *buildDestinationGroup();
    void restoreChoices();
    void saveChoices();
    void browse();
    void updateState();

    ConsoleSettings *m_settings;
    ExportSources m_sources;
    QRadioButton *m_selection = nullptr;
    QRadioButton *m_matching = nullptr;
    QComboBox *m_metadata = nullptr;
    QCheckBox *m_bom = nullptr;
    QCheckBox *m_transcripts = nullptr;
    QCheckBox *m_media = nullptr;
    QGroupBox *m_columnsGroup = nullptr;
    ExportColumnsPicker *m_columns = nullptr;
    QLineEdit *m_folder = nullptr;
    QComboBox *m_subfolders = nullptr;
    ExportTemplateEdit *m_template = nullptr;
    QSpinBox *m_jobs = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_exportButton = nullptr;
};
