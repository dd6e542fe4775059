#pragma once

#include "sha256.h"

#include <QFile>
#include <QIODevice>

// The device a download writes into: the partial file (NAME.part), with a SHA-256 computed while
// writing. Opening an existing partial file hashes what it already holds and continues at its end
// (for a Range request). seek(0) drops everything (the server ignored Range: start over).
class ExportFileWriter final : public QIODevice
{
    Q_OBJECT
public:
    explicit ExportFileWriter(const QString &partialPath, QObject *parent = nullptr);
    ~ExportFileWriter() override;

    // Opens (creating or continuing) the partial file; false with errorString() on failure.
    bool openPartial();
    qint64 partialSize() const { return m_size; }
    QByteArray sha256Hex() const;  // of every byte written so far (valid until the next write)
    // Flushes and closes; the partial file stays.
    bool finish();

    bool isSequential() const override { return false; }
    bool seek(qint64 pos) override;
    qint64 size() const override { return m_size; }

    // The SHA-256 of a whole file, read in blocks (for verifying an earlier run's file); empty on error.
    static QByteArray hashFile(const QString &path);

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    QFile m_file;
    Sha256 m_hash;
    qint64 m_size = 0;
};
