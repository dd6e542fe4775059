#include "exportfoldercheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>


QString ExportFolderCheck::problem(const QString &path)
{
    const QString trimmed = path.trimmed();
    if (trimmed.isEmpty())
        return tr("Choose a folder to export into.");
    if (QDir::isRelativePath(trimmed))
        return tr("The folder must be a full path (such as /home/you/Exports).");
    QFileInfo info(QDir::cleanPath(trimmed));
    while (!info.exists()) {
        const QString parent = info.absolutePath();
        if (parent == info.absoluteFilePath())
            return tr("The folder “%1” cannot be created.").arg(trimmed);
        info = QFileInfo(parent);
    }
    if (!info.isDir())
        return tr("“%1” is a file, not a folder.").arg(QDir::toNativeSeparators(info.absoluteFilePath()));
    if (!info.isWritable())
        return tr("The folder “%1” cannot be written (no permission).").arg(QDir::toNativeSeparators(info.absoluteFilePath()));
    return QString();
}

QString ExportFolderCheck::prepare(const QString &path)
{
    const QString first = problem(path);
    if (!first.isEmpty())
        return first;
    const QString folder = QDir::cleanPath(path.trimmed());
    if (!QDir().mkpath(folder))
        return tr("The folder “%1” cannot be created.").arg(QDir::toNativeSeparators(folder));
    QTemporaryFile probe(QDir(folder).filePath(QStringLiteral(".evovoice-probe-XXXXXX")));
    if (!probe.open() || probe.write("x", 1) != 1 || !probe.flush())
        return tr("The folder “%1” cannot be written: %2").arg(QDir::toNativeSeparators(folder), probe.errorString());
    return QString();
}
