#pragma once

#include "api/fileinfo.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// One transcript file (UTF-8): a short heading (file, date, from, to), the transcription and the
// AI transcription. Written atomically (QSaveFile).
class TranscriptWriter final
{
    Q_DECLARE_TR_FUNCTIONS(TranscriptWriter)

public:
    static QByteArray content(const FileInfo &file);
    // Writes content(file) to absolutePath; false with *error. *sha256 gets the hex digest.
    static bool write(const FileInfo &file, const QString &absolutePath, qint64 *bytes, QString *sha256, QString *error);
};
