#include "transcriptwriter.h"

#include "sha256.h"

#include <QCoreApplication>
#include <QSaveFile>

QByteArray TranscriptWriter::content(const FileInfo &file)
{
    QString out;
    out += tr("File: %1 (%2)").arg(file.fileName(), file.id()) + QLatin1Char('\n');
    const QDateTime created = file.dateCreated();
    out += tr("Created: %1").arg(created.isValid() ? created.toUTC().toString(Qt::ISODate) : file.dateCreatedText())
        + QLatin1Char('\n');
    if (!file.fromAddress().isEmpty())
        out += tr("From: %1").arg(file.fromAddress()) + QLatin1Char('\n');
    if (!file.toAddress().isEmpty())
        out += tr("To: %1").arg(file.toAddress()) + QLatin1Char('\n');
    out += QLatin1Char('\n') + tr("Transcription") + QLatin1Char('\n') + QStringLiteral("-------------\n");
    out += (file.hasTranscription() ? file.transcription() : tr("(none)")) + QStringLiteral("\n\n");
    out += tr("AI transcription") + QLatin1Char('\n') + QStringLiteral("----------------\n");
    out += (file.hasAiTranscription() ? file.aiTranscription() : tr("(none)")) + QLatin1Char('\n');
    return out.toUtf8();
}

bool TranscriptWriter::write(const FileInfo &file, const QString &absolutePath, qint64 *bytes, QString *sha256,
                             QString *error)
{
    const QByteArray data = content(file);
    QSaveFile f(absolutePath);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit()) {
        *error = f.errorString();
        return false;
    }
    *bytes = data.size();
    *sha256 = QString::fromLatin1(Sha256::hashHex(data));
    return true;
}
