#pragma once

#include <QString>
#include <QtGlobal>

// What a folder holds on disk: the sizes of its regular files, recursively (symbolic links are
// not followed, so a link to $HOME does not count $HOME). A missing folder holds 0 bytes.
// Plain function; Preferences runs it on a worker thread.
struct DirectorySize
{
    qint64 bytes = 0;
    qint64 files = 0;

    static DirectorySize of(const QString &path);
};
