#include "consolesettings.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>

namespace {
// Every key in one place.
const QString kRecentServers = QStringLiteral("connection/recentServers");
const QString kLastUser = QStringLiteral("connection/lastUser");
const QString kRememberSession = QStringLiteral("connection/rememberSession");
const QString kWindowGeometry = QStringLiteral("layout/v1/windowGeometry");
const QString kWindowState = QStringLiteral("layout/v1/windowState");
const QString kSplitterState = QStringLiteral("layout/v1/splitterState");
const QString kSidebarVisible = QStringLiteral("layout/v1/sidebarVisible");
const QString kDetailVisible = QStringLiteral("layout/v1/detailVisible");
const QString kFilesViewState = QStringLiteral("views/files/v1/state");
const QString kLayoutGroup = QStringLiteral("layout/v1");
const QString kLanguage = QStringLiteral("interface/language");
const QString kPlaybackVolume = QStringLiteral("playback/volume");
const QString kPlaybackMuted = QStringLiteral("playback/muted");
const QString kPlaybackRate = QStringLiteral("playback/rate");
const QString kPlaybackAutoAdvance = QStringLiteral("playback/autoAdvance");
const QString kPlaybackSkipSilence = QStringLiteral("playback/skipSilence");
const QString kCacheSizeLimit = QStringLiteral("cache/sizeLimitBytes");
const QString kCacheDirectory = QStringLiteral("cache/directory");
const QString kDownloadJobs = QStringLiteral("export/downloadJobs");
const QString kExportFolder = QStringLiteral("export/folder");
const QString kExportNameTemplate = QStringLiteral("export/nameTemplate");
const QString kExportMetadataFormat = QStringLiteral("export/metadataFormat");
const QString kExportColumns = QStringLiteral("export/columns");
const QString kExportCsvBom = QStringLiteral("export/csvBom");
const QString kExportTranscripts = QStringLiteral("export/transcripts");
const QString kExportMedia = QStringLiteral("export/media");
const QString kExportSubfolders = QStringLiteral("export/subfolders");
const QString kPageSize = QStringLiteral("files/pageSize");
const QString kSimplifiedPaging = QStringLiteral("files/simplifiedPaging");
// Saved views: ConsoleSettings::kSavedViewsKey ("views/saved/v1"), written by SavedViews.
} // namespace

QString ConsoleSettings::defaultServer()
{
    return QStringLiteral("https://evovoice.io");
}

ConsoleSettings::ConsoleSettings()
    : m_settings(std::make_unique<QSettings>(QStringLiteral("EvoVoice"), QStringLiteral("Files Console")))
{
}

ConsoleSettings::ConsoleSettings(const QString &iniPath)
    : m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{
}

ConsoleSettings::~ConsoleSettings() = default;

QString ConsoleSettings::fileName() const
{
    return m_settings->fileName();
}

void ConsoleSettings::sync()
{
    m_settings->sync();
}

QString ConsoleSettings::normalizedServer(const QString &server)
{
    QString s = server.trimmed();
    if (s.isEmpty())
        return s;
    if (!s.contains(QStringLiteral("://")))
        s.prepend(QStringLiteral("https://"));
    while (s.endsWith(QLatin1Char('/')))
        s.chop(1);
    return s;
}

QStringList ConsoleSettings::recentServers() const
{
    QStringList out;
    const QStringList stored = m_settings->value(kRecentServers).toStringList();
    for (const QString &s : stored) {
        const QString n = normalizedServer(s);
        if (!n.isEmpty() && !out.contains(n, Qt::CaseInsensitive))
            out << n;
        if (out.size() == kMaxRecentServers)
            break;
    }
    return out;
}

void ConsoleSettings::addRecentServer(const QString &server)
{
    const QString n = normalizedServer(server);
    if (n.isEmpty())
        return;
    QStringList list = recentServers();
    list.removeIf([&](const QString &s) { return s.compare(n, Qt::CaseInsensitive) == 0; });
    list.prepend(n);
    while (list.size() > kMaxRecentServers)
        list.removeLast();
    m_settings->setValue(kRecentServers, list);
}

QString ConsoleSettings::lastServer() const
{
    const QStringList list = recentServers();
    return list.isEmpty() ? defaultServer() : list.first();
}

QString ConsoleSettings::lastUser() const
{
    return m_settings->value(kLastUser).toString();
}

void ConsoleSettings::setLastUser(const QString &user)
{
    m_settings->setValue(kLastUser, user.trimmed());
}

bool ConsoleSettings::rememberSession() const
{
    return m_settings->value(kRememberSession, false).toBool();
}

void ConsoleSettings::setRememberSession(bool remember)
{
    m_settings->setValue(kRememberSession, remember);
}

QByteArray ConsoleSettings::windowGeometry() const
{
    return m_settings->value(kWindowGeometry).toByteArray();
}

void ConsoleSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(kWindowGeometry, geometry);
}

QByteArray ConsoleSettings::windowState() const
{
    return m_settings->value(kWindowState).toByteArray();
}

void ConsoleSettings::setWindowState(const QByteArray &state)
{
    m_settings->setValue(kWindowState, state);
}

QByteArray ConsoleSettings::splitterState() const
{
    return m_settings->value(kSplitterState).toByteArray();
}

void ConsoleSettings::setSplitterState(const QByteArray &state)
{
    m_settings->setValue(kSplitterState, state);
}

QByteArray ConsoleSettings::filesViewState() const
{
    return m_settings->value(kFilesViewState).toByteArray();
}

void ConsoleSettings::setFilesViewState(const QByteArray &state)
{
    m_settings->setValue(kFilesViewState, state);
}

bool ConsoleSettings::sidebarVisible() const
{
    return m_settings->value(kSidebarVisible, true).toBool();
}

void ConsoleSettings::setSidebarVisible(bool visible)
{
    m_settings->setValue(kSidebarVisible, visible);
}

bool ConsoleSettings::detailVisible() const
{
    return m_settings->value(kDetailVisible, true).toBool();
}

void ConsoleSettings::setDetailVisible(bool visible)
{
    m_settings->setValue(kDetailVisible, visible);
}

void ConsoleSettings::resetLayout()
{
    m_settings->remove(kLayoutGroup);
    m_settings->remove(kFilesViewState);
}

QString ConsoleSettings::language() const
{
    return m_settings->value(kLanguage).toString();
}

void ConsoleSettings::setLanguage(const QString &language)
{
    if (language.isEmpty())
        m_settings->remove(kLanguage);
    else
        m_settings->setValue(kLanguage, language);
}

int ConsoleSettings::playbackVolume() const
{
    return std::clamp(m_settings->value(kPlaybackVolume, kDefaultVolume).toInt(), 0, 100);
}

void ConsoleSettings::setPlaybackVolume(int percent)
{
    m_settings->setValue(kPlaybackVolume, std::clamp(percent, 0, 100));
}

bool ConsoleSettings::playbackMuted() const
{
    return m_settings->value(kPlaybackMuted, false).toBool();
}

void ConsoleSettings::setPlaybackMuted(bool muted)
{
    m_settings->setValue(kPlaybackMuted, muted);
}

double ConsoleSettings::playbackRate() const
{
    return std::clamp(m_settings->value(kPlaybackRate, 1.0).toDouble(), 0.5, 2.0);
}

void ConsoleSettings::setPlaybackRate(double rate)
{
    m_settings->setValue(kPlaybackRate, std::clamp(rate, 0.5, 2.0));
}

bool ConsoleSettings::playbackAutoAdvance() const
{
    return m_settings->value(kPlaybackAutoAdvance, true).toBool();
}

void ConsoleSettings::setPlaybackAutoAdvance(bool on)
{
    m_settings->setValue(kPlaybackAutoAdvance, on);
}

bool ConsoleSettings::playbackSkipSilence() const
{
    return m_settings->value(kPlaybackSkipSilence, false).toBool();
}

void ConsoleSettings::setPlaybackSkipSilence(bool on)
{
    m_settings->setValue(kPlaybackSkipSilence, on);
}

QString ConsoleSettings::defaultCacheDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)).filePath(QStringLiteral("media"));
}

qint64 ConsoleSettings::cacheSizeLimit() const
{
    return std::max<qint64>(0, m_settings->value(kCacheSizeLimit, kDefaultCacheBytes).toLongLong());
}

void ConsoleSettings::setCacheSizeLimit(qint64 bytes)
{
    m_settings->setValue(kCacheSizeLimit, std::max<qint64>(0, bytes));
}

QString ConsoleSettings::cacheDirectory() const
{
    const QString path = m_settings->value(kCacheDirectory).toString();
    return path.isEmpty() ? defaultCacheDirectory() : path;
}

void ConsoleSettings::setCacheDirectory(const QString &path)
{
    if (path.isEmpty() || path == defaultCacheDirectory())
        m_settings->remove(kCacheDirectory);
    else
        m_settings->setValue(kCacheDirectory, path);
}

QString ConsoleSettings::defaultExportFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .filePath(QStringLiteral("EvoVoice exports"));
}

QString ConsoleSettings::defaultNameTemplate()
{
    return QStringLiteral("{dateCreated:yyyyMMdd-HHmmss}_{type}_{fromAddress}_{id}.{ext}");
}

int ConsoleSettings::downloadJobs() const
{
    return std::clamp(m_settings->value(kDownloadJobs, kDefaultDownloadJobs).toInt(), 1, kMaxDownloadJobs);
}

void ConsoleSettings::setDownloadJobs(int jobs)
{
    m_settings->setValue(kDownloadJobs, std::clamp(jobs, 1, kMaxDownloadJobs));
}

QString ConsoleSettings::exportFolder() const
{
    const QString path = m_settings->value(kExportFolder).toString();
    return path.isEmpty() ? defaultExportFolder() : path;
}

void ConsoleSettings::setExportFolder(const QString &path)
{
    m_settings->setValue(kExportFolder, path);
}

QString ConsoleSettings::exportNameTemplate() const
{
    const QString t = m_settings->value(kExportNameTemplate).toString();
    return t.trimmed().isEmpty() ? defaultNameTemplate() : t;
}

void ConsoleSettings::setExportNameTemplate(const QString &nameTemplate)
{
    m_settings->setValue(kExportNameTemplate, nameTemplate);
}

QString ConsoleSettings::exportMetadataFormat() const
{
    const QString f = m_settings->value(kExportMetadataFormat).toString();
    return f == QLatin1String("json") || f == QLatin1String("none") ? f : QStringLiteral("csv");
}

void ConsoleSettings::setExportMetadataFormat(const QString &format)
{
    m_settings->setValue(kExportMetadataFormat, format);
}

QStringList ConsoleSettings::exportColumns() const
{
    return m_settings->value(kExportColumns).toStringList();
}

void ConsoleSettings::setExportColumns(const QStringList &columns)
{
    m_settings->setValue(kExportColumns, columns);
}

bool ConsoleSettings::exportCsvBom() const
{
    return m_settings->value(kExportCsvBom, false).toBool();
}

void ConsoleSettings::setExportCsvBom(bool bom)
{
    m_settings->setValue(kExportCsvBom, bom);
}

bool ConsoleSettings::exportTranscripts() const
{
    return m_settings->value(kExportTranscripts, false).toBool();
}

void ConsoleSettings::setExportTranscripts(bool on)
{
    m_settings->setValue(kExportTranscripts, on);
}

bool ConsoleSettings::exportMedia() const
{
    return m_settings->value(kExportMedia, true).toBool();
}

void ConsoleSettings::setExportMedia(bool on)
{
    m_settings->setValue(kExportMedia, on);
}

QString ConsoleSettings::exportSubfolders() const
{
    const QString s = m_settings->value(kExportSubfolders).toString();
    static const QStringList known = {QStringLiteral("account"), QStringLiteral("customer"), QStringLiteral("date")};
    return known.contains(s) ? s : QStringLiteral("none");
}

void ConsoleSettings::setExportSubfolders(const QString &subfolders)
{
    m_settings->setValue(kExportSubfolders, subfolders);
}

int ConsoleSettings::pageSize() const
{
    return std::clamp(m_settings->value(kPageSize, kDefaultPageSize).toInt(), 1, kMaxPageSize);
}

void ConsoleSettings::setPageSize(int rows)
{
    m_settings->setValue(kPageSize, std::clamp(rows, 1, kMaxPageSize));
}

bool ConsoleSettings::simplifiedPaging() const
{
    return m_settings->value(kSimplifiedPaging, false).toBool();
}

void ConsoleSettings::setSimplifiedPaging(bool on)
{
    m_settings->setValue(kSimplifiedPaging, on);
}

void ConsoleSettings::clearRecentServers()
{
    m_settings->remove(kRecentServers);
}
