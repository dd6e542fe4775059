#pragma once

#include "fileinfo.h"

#include <QByteArray>

#include <string>

#include <cstddef>

class FileInfoData;
class StringPool;

// Assembles one FileInfo field by field (the JSON reader, tests, the PATCH path). Reusable:
// build() returns the file and resets the builder.
class FileInfoBuilder final
{
public:
    FileInfoBuilder();
    ~FileInfoBuilder();
    FileInfoBuilder(const FileInfoBuilder &) = delete;
    FileInfoBuilder &operator=(const FileInfoBuilder &) = delete;

    // Starts from an existing file's values.
    explicit FileInfoBuilder(const FileInfo &from);

    // A string field from UTF-8 (dates are parsed; Type is mapped; numbers are parsed when the
    // text is a number, otherwise ignored). Transcriptions are kept as UTF-8.
    void setUtf8(FileField field, const char *utf8, std::size_t length);
    void setText(FileField field, const QString &text);
    void setNumber(FileField field, qint64 value);  // ContentLength, RecordingDuration, Type index, dates (ms)
    // A JSON number that is not a whole number within 64 bits (1.5, 1e19): a numeric field takes
    // its integer part (nothing beyond 64 bits), a text field its shortest decimal text ("1.5").
    void setDouble(FileField field, double value);
    // A JSON number is read as an integer when its value is a whole number within 64 bits (1e2 is
    // 100): both readers decide alike (simdjson and Qt store such numbers differently).
    static bool wholeNumber(double value, qint64 *out);
    void setDateMs(FileField field, qint64 ms);
    void setType(FileType type);
    void setBreadcrumb(const CustomerBreadcrumb &crumbs);
    // The encoded breadcrumb form ("id\x1Fname\x1E...") from the reader.
    void setBreadcrumbEncoded(const QByteArray &encoded);
    void clear(FileField field);

    FileInfo build();
    void reset();

    // The pool batch to intern through while a reader holds the pool's lock (nullptr = lock per call).
    void setPoolBatch(void *batch) { m_batch = batch; }

    static QByteArray encodeBreadcrumb(const CustomerBreadcrumb &crumbs);
    static CustomerBreadcrumb decodeBreadcrumb(const QString &encoded);

private:
    quint32 intern(const char *utf8, std::size_t length);
    void setBlobText(int text, const char *utf8, std::size_t length);
    void clearTexts();

    FileInfoData *m_data;
    // The file's own texts as they arrive: pieces of one scratch buffer, assembled by build().
    std::string m_scratch;
    quint32 m_start[10] = {};
    quint32 m_length[10] = {};
    void *m_batch = nullptr;
};
