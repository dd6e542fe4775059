#pragma once

#include <QByteArray>

#include <vector>

// The compact JSON of each file's FileInfo, kept once it has been built, so that a page of
// GET /files is the cached items spliced into the page's envelope instead of 1,000 QJsonObjects
// built and serialised again (40-90 ms a page of 1,000 on the event-loop thread). The answer is
// byte-identical to serialising the page whole (tst_simpagecache compares them).
//
// Everything is forgotten when the stamp changes: the dataset's generation (a PATCH), its file
// count (files added) or the expiry of the storage origin's signed URLs (hourly). Once the
// budget is spent, further files are served but not kept (a million-file simulator stays small).
class SimPageCache final
{
public:
    struct Stamp
    {
        quint64 generation = 0;
        quint32 fileCount = 0;
        qint64 urlExpiry = 0;
        bool operator==(const Stamp &o) const { return generation == o.generation && fileCount == o.fileCount && urlExpiry == o.urlExpiry; }
    };

    explicit SimPageCache(qint64 budgetBytes = 384LL * 1024 * 1024);

    void validate(const Stamp &stamp);
    // The cached JSON of file, or nullptr.
    const QByteArray *find(quint32 file) const;
    void store(quint32 file, const QByteArray &json);
    qint64 bytes() const { return m_bytes; }

    // A page's body: envelope is the compact JSON of the page with an empty "items" array;
    // items are the compact JSON objects of its files, in order.
    static QByteArray splice(const QByteArray &envelope, const std::vector<const QByteArray *> &items);

private:
    std::vector<QByteArray> m_items;
    Stamp m_stamp;
    qint64 m_budget;
    qint64 m_bytes = 0;
};
