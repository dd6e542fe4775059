#include "preferencesdialog.h"

#include "settings/consolesettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace {
constexpr qint64 kMiB = 1024 * 1024;
constexpr int kMaxCacheMiB = 1000 * 1000;  // about a terabyte

QLabel *hint(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}
} // namespace

PreferencesDialog::PreferencesDialog(ConsoleSettings *settings, const QString &signedIn, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    m_tabs->addTab(buildAccountTab(signedIn), tr("&Account"));
    m_tabs->addTab(buildGeneralTab(), tr("&General"));
    m_tabs->addTab(buildPlaybackTab(), tr("&Playback"));
    m_tabs->addTab(buildCacheTab(), tr("Media &cache"));
    m_tabs->addTab(buildDownloadsTab(), tr("&Downloads"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);

    connect(&m_sizeWatcher, &QFutureWatcher<DirectorySize>::finished, this, [this] {
        m_cacheBytes = m_sizeWatcher.result().bytes;
        if (m_countAgain) {
            m_countAgain = false;
            refreshCacheSize();
            return;
        }
        showCacheSize();
        emit cacheSizeCounted(m_cacheBytes);
    });
    load();
}

PreferencesDialog::~PreferencesDialog()
{
    m_sizeWatcher.waitForFinished();
}

QWidget *PreferencesDialog::buildAccountTab(const QString &signedIn)
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    auto *who = new QLabel(signedIn.isEmpty() ? tr("Not signed in.") : tr("Signed in as %1.").arg(signedIn), page);
    who->setTextFormat(Qt::PlainText);
    who->setWordWrap(true);
    form->addRow(who);
    m_server = new QComboBox(page);
    m_server->setEditable(true);
    m_server->setObjectName(QStringLiteral("serverField"));
    m_server->setMinimumContentsLength(28);
    form->addRow(tr("&Server for the next sign-in:"), m_server);
    m_user = new QLineEdit(page);
    m_user->setObjectName(QStringLiteral("userField"));
    m_user->setPlaceholderText(tr("you@example.com"));
    form->addRow(tr("&User (e-mail):"), m_user);
    m_remember = new QCheckBox(tr("&Remember me on this computer"), page);
    form->addRow(m_remember);
    form->addRow(hint(tr("The session is kept in the system keychain; the password is never stored."), page));
    auto *row = new QHBoxLayout;
    m_clearRecent = new QPushButton(tr("&Forget recent servers"), page);
    m_signOut = new QPushButton(tr("Sign &out"), page);
    m_signOut->setEnabled(!signedIn.isEmpty());
    row->addWidget(m_clearRecent);
    row->addStretch(1);
    row->addWidget(m_signOut);
    form->addRow(row);
    connect(m_clearRecent, &QPushButton::clicked, this, [this] {
        const QString current = m_server->currentText();
        m_server->clear();
        m_server->setEditText(current);
        m_recentCleared = true;
    });
    connect(m_signOut, &QPushButton::clicked, this, [this] {
        reject();  // edits not confirmed with OK are dropped
        emit signOutRequested();
    });
    return page;
}

QWidget *PreferencesDialog::buildGeneralTab()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    m_language = new QComboBox(page);
    m_language->setObjectName(QStringLiteral("languageField"));
    m_language->addItem(tr("System default"), QString());
    // Each language in its own name: a user who cannot read the current one still finds theirs.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("Espa\u00f1ol"), QStringLiteral("es"));
    form->addRow(tr("&Language:"), m_language);
    m_pageSize = new QSpinBox(page);
    m_pageSize->setRange(1, ConsoleSettings::kMaxPageSize);
    m_pageSize->setSuffix(tr(" rows", "page size suffix"));
    form->addRow(tr("&Page size:"), m_pageSize);
    m_simplified = new QCheckBox(tr("Si&mplified paging (no totals, faster)"), page);
    form->addRow(m_simplified);
    form->addRow(hint(tr("Page size and paging apply to the next query."), page));
    return page;
}

QWidget *PreferencesDialog::buildPlaybackTab()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    m_volume = new QSpinBox(page);
    m_volume->setRange(0, 100);
    m_volume->setSuffix(QStringLiteral(" %"));
    form->addRow(tr("&Volume:"), m_volume);
    m_rate = new QDoubleSpinBox(page);
    m_rate->setRange(0.5, 2.0);
    m_rate->setSingleStep(0.25);
    m_rate->setDecimals(2);
    m_rate->setSuffix(tr("\u00d7", "playback speed suffix, as in 1.5x"));
    form->addRow(tr("&Speed:"), m_rate);
    m_autoAdvance = new QCheckBox(tr("Play the &next recording when one ends"), page);
    form->addRow(m_autoAdvance);
    m_skipSilence = new QCheckBox(tr("S&kip silence"), page);
    form->addRow(m_skipSilence);
    return page;
}

QWidget *PreferencesDialog::folderRow(QLineEdit *field, const QString &title)
{
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *browse = new QPushButton(tr("&Browse\u2026"), row);
    layout->addWidget(field, 1);
    layout->addWidget(browse);
    connect(browse, &QPushButton::clicked, this, [this, field, title] {
        const QString dir = QFileDialog::getExistingDirectory(this, title, field->text());
        if (!dir.isEmpty())
            field->setText(dir);
    });
    return row;
}

QWidget *PreferencesDialog::buildCacheTab()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    m_cacheLimit = new QSpinBox(page);
    m_cacheLimit->setRange(0, kMaxCacheMiB);
    m_cacheLimit->setSingleStep(100);
    m_cacheLimit->setSuffix(tr(" MiB"));
    m_cacheLimit->setSpecialValueText(tr("No cache"));
    form->addRow(tr("&Size limit:"), m_cacheLimit);
    m_cacheFolder = new QLineEdit(page);
    m_cacheFolder->setObjectName(QStringLiteral("cacheFolderField"));
    QWidget *cacheRow = folderRow(m_cacheFolder, tr("Media cache folder"));
    form->addRow(tr("&Folder:"), cacheRow);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(cacheRow)))
        label->setBuddy(m_cacheFolder);
    m_cacheUsage = new QLabel(page);
    m_cacheUsage->setObjectName(QStringLiteral("cacheUsageLabel"));
    m_clearCache = new QPushButton(tr("C&lear cache"), page);
    auto *row = new QHBoxLayout;
    row->addWidget(m_cacheUsage, 1);
    row->addWidget(m_clearCache);
    form->addRow(tr("On disk:"), row);
    form->addRow(hint(tr("Downloaded recordings and faxes are kept here so that they open at once the next time."),
                      page));
    connect(m_clearCache, &QPushButton::clicked, this, [this] {
        emit clearCacheRequested();
        refreshCacheSize();
    });
    connect(m_cacheFolder, &QLineEdit::editingFinished, this, &PreferencesDialog::refreshCacheSize);
    return page;
}

QWidget *PreferencesDialog::buildDownloadsTab()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    m_jobs = new QSpinBox(page);
    m_jobs->setRange(1, ConsoleSettings::kMaxDownloadJobs);
    form->addRow(tr("&Downloads at once:"), m_jobs);
    m_exportFolder = new QLineEdit(page);
    m_exportFolder->setObjectName(QStringLiteral("exportFolderField"));
    QWidget *exportRow = folderRow(m_exportFolder, tr("Default export folder"));
    form->addRow(tr("&Export folder:"), exportRow);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(exportRow)))
        label->setBuddy(m_exportFolder);
    m_nameTemplate = new QLineEdit(page);
    m_nameTemplate->setObjectName(QStringLiteral("nameTemplateField"));
    m_nameTemplate->setPlaceholderText(ConsoleSettings::defaultNameTemplate());
    auto *templateRow = new QWidget(page);
    auto *reset = new QPushButton(tr("De&fault"), templateRow);
    auto *row = new QHBoxLayout(templateRow);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_nameTemplate, 1);
    row->addWidget(reset);
    form->addRow(tr("File &names:"), templateRow);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(templateRow)))
        label->setBuddy(m_nameTemplate);
    form->addRow(hint(tr("Fields in braces are replaced by the file's values, as in the default: {dateCreated:"
                         "yyyyMMdd-HHmmss}, {type}, {fromAddress}, {id}, {ext}."),
                      page));
    connect(reset, &QPushButton::clicked, this,
            [this] { m_nameTemplate->setText(ConsoleSettings::defaultNameTemplate()); });
    return page;
}

void PreferencesDialog::load()
{
    m_server->clear();
    m_server->addItems(m_settings->recentServers());
    m_server->setEditText(m_settings->lastServer());
    m_recentCleared = false;
    m_user->setText(m_settings->lastUser());
    m_remember->setChecked(m_settings->rememberSession());
    const int language = m_language->findData(m_settings->language());
    m_language->setCurrentIndex(language < 0 ? 0 : language);
    m_pageSize->setValue(m_settings->pageSize());
    m_simplified->setChecked(m_settings->simplifiedPaging());
    m_volume->setValue(m_settings->playbackVolume());
    m_rate->setValue(m_settings->playbackRate());
    m_autoAdvance->setChecked(m_settings->playbackAutoAdvance());
    m_skipSilence->setChecked(m_settings->playbackSkipSilence());
    m_cacheLimit->setValue(int(qMin<qint64>(kMaxCacheMiB, m_settings->cacheSizeLimit() / kMiB)));
    m_cacheFolder->setText(m_settings->cacheDirectory());
    m_jobs->setValue(m_settings->downloadJobs());
    m_exportFolder->setText(m_settings->exportFolder());
    m_nameTemplate->setText(m_settings->exportNameTemplate());
    refreshCacheSize();
}

void PreferencesDialog::save()
{
    // Connection: written only when changed (the remembered session belongs to server + user).
    const QString server = ConsoleSettings::normalizedServer(m_server->currentText());
    if (m_recentCleared)
        m_settings->clearRecentServers();
    if (!server.isEmpty() && (m_recentCleared || server.compare(m_settings->lastServer(), Qt::CaseInsensitive) != 0))
        m_settings->addRecentServer(server);
    if (m_user->text().trimmed() != m_settings->lastUser())
        m_settings->setLastUser(m_user->text());
    const bool rememberChanged = m_remember->isChecked() != m_settings->rememberSession();

    const QString language = m_language->currentData().toString();
    const bool languageChanged = language != m_settings->language();
    m_settings->setLanguage(language);

    const bool pagingChanged = m_pageSize->value() != m_settings->pageSize()
        || m_simplified->isChecked() != m_settings->simplifiedPaging();
    m_settings->setPageSize(m_pageSize->value());
    m_settings->setSimplifiedPaging(m_simplified->isChecked());

    m_settings->setPlaybackVolume(m_volume->value());
    m_settings->setPlaybackRate(m_rate->value());
    m_settings->setPlaybackAutoAdvance(m_autoAdvance->isChecked());
    m_settings->setPlaybackSkipSilence(m_skipSilence->isChecked());

    m_settings->setCacheSizeLimit(qint64(m_cacheLimit->value()) * kMiB);
    m_settings->setCacheDirectory(m_cacheFolder->text().trimmed());
    m_settings->setDownloadJobs(m_jobs->value());
    const QString exportFolder = m_exportFolder->text().trimmed();
    m_settings->setExportFolder(exportFolder == ConsoleSettings::defaultExportFolder() ? QString() : exportFolder);
    const QString nameTemplate = m_nameTemplate->text().trimmed();
    m_settings->setExportNameTemplate(nameTemplate == ConsoleSettings::defaultNameTemplate() ? QString() : nameTemplate);
    m_settings->sync();

    // The keychain is the session controller's: it stores or removes the session, then sets
    // ConsoleSettings::rememberSession itself.
    if (rememberChanged && !m_remember->isChecked())
        m_settings->setRememberSession(false);
    if (rememberChanged)
        emit rememberMeChanged(m_remember->isChecked());
    if (languageChanged)
        emit this->languageChanged(language);
    if (pagingChanged)
        emit queryDefaultsChanged(m_pageSize->value(), m_simplified->isChecked());
}

void PreferencesDialog::accept()
{
    save();
    QDialog::accept();
}

bool PreferencesDialog::isCountingCache() const
{
    return m_sizeWatcher.isRunning();
}

void PreferencesDialog::refreshCacheSize()
{
    if (m_sizeWatcher.isRunning()) {
        m_countAgain = true;
        return;
    }
    m_cacheUsage->setText(tr("Counting\u2026"));
    const QString folder = m_cacheFolder->text().trimmed();
    m_sizeWatcher.setFuture(QtConcurrent::run([folder] { return DirectorySize::of(folder); }));
}

void PreferencesDialog::showCacheSize()
{
    const DirectorySize size = m_sizeWatcher.result();
    m_cacheUsage->setText(tr("%1 in %n file(s)", nullptr, int(qMin<qint64>(size.files, INT_MAX)))
                              .arg(QLocale().formattedDataSize(size.bytes)));
}
