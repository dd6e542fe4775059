#pragma once

#include <QString>
#include <QStringList>

#include <functional>
#include <limits>
#include <memory>
#include <vector>

class SimDataset;
class SimSortIndex;
class SimSortKeys;
class SimTextIndex;

// The query engine behind GET /files: posting lists per account, customer, user and type,
// date ranges by binary search (files are generated in date order), and per sort field a
// pre-sorted permutation plus its rank array (SimSortIndex, built in the background from
// start-up on and updated in place by a PATCH). While a field's permutation is not built
// yet, a query with few hits sorts them by their keys directly. The contains filters (FileName,
// TranscriptionContains) go through SimTextIndex.
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
    ~SimIndex();

    static int sortFieldIndex(const QString &name); // -1 if unknown
    static int dateCreatedField();

    void startBackgroundBuild(); // sort permutations, on worker threads
    SimSortIndex &sortIndex() { return *m_sort; }
    Result run(const Query &q);
    // PATCH: runs change (which edits file) while no worker reads the dataset, then moves the
    // file in the posting lists and sort permutations.
    void updateFile(quint32 file, const std::function<void()> &change);
    bool matches(const Query &q, quint32 i) const;

private:
    void buildPostings();
    void orderHits(int field, std::vector<quint32> &hits);

    const SimDataset &m_data;
    std::unique_ptr<SimSortKeys> m_keys;
    std::unique_ptr<SimSortIndex> m_sort;
    std::unique_ptr<SimTextIndex> m_text;  // FileName / TranscriptionContains
    std::vector<std::vector<quint32>> m_byAccount;
    std::vector<std::vector<quint32>> m_byCustomer;
    std::vector<std::vector<quint32>> m_byUser;
    std::vector<std::vector<quint32>> m_byType;
    std::vector<char> m_contentTypeMatch;
};
