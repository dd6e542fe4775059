#include "exportfolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

ExportFolder::ExportFolder(const QString &folder)
    : m_folder(QDir::cleanPath(QDir(folder).absolutePath()))
{
    QDir().mkpath(m_folder);
    m_canonical = QFileInfo(m_folder).canonicalFilePath();
}

bool ExportFolder::exists() const
{
    return !m_canonical.isEmpty() && QFileInfo(m_canonical).isDir();
}

QString ExportFolder::resolve(const QString &relativePath, QString *error) const
{
    const QString clean = QDir::cleanPath(QDir(m_folder).filePath(relativePath));
    if (relativePath.isEmpty() || QDir::isAbsolutePath(relativePath) || !clean.startsWith(m_folder + QLatin1Char('/'))) {
        *error = tr("The name \"%1\" would leave the export folder.").arg(relativePath);
        return {};
    }
    const QString dir = QFileInfo(clean).absolutePath();
    if (m_checkedDirs.contains(dir))
        return clean;
    if (!QDir().mkpath(dir)) {
        *error = tr("The folder \"%1\" could not be created.").arg(dir);
        return {};
    }
    const QString canonicalDir = QFileInfo(dir).canonicalFilePath();
    if (m_canonical.isEmpty() || (canonicalDir != m_canonical && !canonicalDir.startsWith(m_canonical + QLatin1Char('/')))) {
        *error = tr("The folder of \"%1\" leads outside the export folder (a link?).").arg(relativePath);
        return {};
    }
    m_checkedDirs.insert(dir);
    return clean;
}
