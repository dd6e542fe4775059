#pragma once

#include <QString>
#include <QStringList>

#include <vector>

class SimDataset;

// The sort key of every FileInfo sort field, computed from the dataset on demand: a number
// (dates, sizes, or the rank of an interned name such as a customer or user name) or a
// case-folded text (file names, addresses, the first 48 characters of transcriptions). Ties
// are broken by file index, that is by date created. Reads the dataset only.
class SimSortKeys final
{
public:
    enum Field {
        Id, DateCreated, DateLastModified, CreatedBy, LastModifiedBy, Type, AccountId, AccountName,
        CustomerId, CustomerName, CustomerBreadcrumb, UserId, UserName, FileName, Uri, ContentType,
        ContentLength, RecordingSid, RecordingDuration, RecordingFrom, Transcription, FromAddress,
        ToAddress, AITranscription, FieldCount
    };

    explicit SimSortKeys(const SimDataset &data);

    static const QStringList &fieldNames(); // FileInfo property names (PascalCase)
    static int fieldIndex(const QString &name); // case-insensitive, -1 if unknown
    static bool isText(int field);
    static int contentTypeCode(const SimDataset &data, quint32 file); // index into contentTypes()
    static const QStringList &contentTypes();

    quint64 number(int field, quint32 file) const;
    quint64 number2(int field, quint32 file) const; // breaks ties of number() (RecordingSid's second half)
    QString text(int field, quint32 file) const;
    bool less(int field, quint32 a, quint32 b) const;
    void sortRows(int field, std::vector<quint32> &rows) const; // by key, then index

private:
    const SimDataset &m_data;
    std::vector<std::vector<quint64>> m_table; // per field: rank of each interned name
};
