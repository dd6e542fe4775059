#include "directorysize.h"

#include <QDirIterator>
#include <QFileInfo>

DirectorySize DirectorySize::of(const QString &path)
{
    DirectorySize out;
    if (path.isEmpty() || !QFileInfo(path).isDir())
        return out;
    QDirIterator it(path, QDir::Files | QDir::Hidden | QDir::NoSymLinks | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        if (info.isSymLink())
            continue;
        out.bytes += info.size();
        ++out.files;
    }
    return out;
}
