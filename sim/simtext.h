#pragma once

#include <QString>
#include <QStringList>

// Realistic names and texts, chosen from pools by a hash (Latin, accented, Cyrillic, CJK, Arabic).
class SimText final
{
public:
    static QString accountName(int index);
    static QString accountDomain(int index);
    static QString topCustomerName(quint64 h);
    static QString subCustomerName(quint64 h);
    struct Person
    {
        QString first;
        QString last;
        QString emailLocal;
    };
    static Person person(quint64 h);
    static QString phoneNumber(quint64 h); // E.164
    static QString fileName(int type, int subKind, quint64 h, qint64 createdMs, const QString &peer);
    static QString transcription(quint64 h, int durationSec);
    // A transcription is a sequence of pieces of a small vocabulary (SimTextIndex searches them
    // piece by piece): writes the piece numbers into out, returns how many.
    static constexpr int kMaxTranscriptionPieces = 32;
    static const QStringList &transcriptionVocabulary();
    static int transcriptionPieces(quint64 h, int durationSec, quint8 *out);
    static QString transcriptionOpening(quint64 h); // the first sentence of transcription()
    static QString aiTranscription(quint64 h, int durationSec);
    static QByteArray plainText(quint64 h, int length); // ASCII, exactly length bytes
};
