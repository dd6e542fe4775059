#pragma once

#include <QString>
#include <QStringList>

#include <limits>
#include <vector>

class SimDataset;

// The query engine behind GET /files: posting lists per account, customer, user and type,
// date ranges by binary search (files are generated in date order), and per sort field a
// pre-sorted permutation plus its rank array, built on first use and dropped on PATCH.
class SimIndex final
{
public:
    struct Query
    {
        std::vector<char> accounts;  // empty = any; else mask over accounts
        std::vector<char> customers; // empty = any; else mask over customers
        int user = -2;               // -2 any, -1 none matches (unknown id)
        int typeMask = 0x3f;
        qint64 session = -2;         // -2 any, -1 unknown
        qint64 dateStart = std::numeric_limits<qint64>::min();
        qint64 dateEnd = std::numeric_limits<qint64>::max();
        QString fileName;            // case-insensitive contains
        QString contentType;
        QString transcription;
        bool hasSpecific = false;
        std::vector<quint32> specific; // sorted
        int sortField = -1;          // -1 = default (DateCreated descending)
        bool descending = true;
        qint64 offset = 0;
        qint64 limit = 25;           // <0 = all
        bool countTotal = true;
    };
    struct Result
    {
        std::vector<quint32> items;
        qint64 total = 0;
        bool hasMore = false;
    };

    explicit SimIndex(const SimDataset &data);

    static const QStringList &sortFieldNames(); // FileInfo property names (PascalCase)
    static int sortFieldIndex(const QString &name);
    static int dateCreatedField();

    Result run(const Query &q);
    void invalidate(); // after a PATCH
    void warmUp(int field) { perm(field); }
    bool matches(const Query &q, quint32 i) const;

private:
    void buildPostings();
    const std::vector<quint32> &perm(int field);
    const std::vector<quint32> &rank(int field);

    const SimDataset &m_data;
    std::vector<std::vector<quint32>> m_byAccount;
    std::vector<std::vector<quint32>> m_byCustomer;
    std::vector<std::vector<quint32>> m_byUser;
    std::vector<std::vector<quint32>> m_byType;
    std::vector<std::vector<quint32>> m_perm;
    std::vector<std::vector<quint32>> m_rank;
    std::vector<char> m_contentTypeMatch;
    bool m_postingsValid = false;
};
