#include "simindex.h"

#include "simdataset.h"
#include "simsortindex.h"
#include "simsortkeys.h"
#include "simtextindex.h"

#include <QThread>

#include <algorithm>

namespace {
// Hits sorted by their keys when the field's permutation is not built yet (above: wait for it).
constexpr size_t kDirectSortText = 60000;
constexpr size_t kDirectSortNumber = 400000;

void moveInPosting(std::vector<std::vector<quint32>> &postings, int from, int to, quint32 file)
{
    if (from == to)
        return;
    if (from >= 0) {
        std::vector<quint32> &v = postings[size_t(from)];
        const auto it = std::lower_bound(v.begin(), v.end(), file);
        if (it != v.end() && *it == file)
            v.erase(it);
    }
    if (to >= 0) {
        std::vector<quint32> &v = postings[size_t(to)];
        v.insert(std::lower_bound(v.begin(), v.end(), file), file);
    }
}
} // namespace

SimIndex::SimIndex(const SimDataset &data)
    : m_data(data)
    , m_keys(std::make_unique<SimSortKeys>(data))
    , m_sort(std::make_unique<SimSortIndex>(data, *m_keys))
    , m_text(std::make_unique<SimTextIndex>(data))
{
    buildPostings();
}

SimIndex::~SimIndex() = default;

int SimIndex::sortFieldIndex(const QString &name) { return SimSortKeys::fieldIndex(name); }
int SimIndex::dateCreatedField() { return SimSortKeys::DateCreated; }

void SimIndex::startBackgroundBuild()
{
    m_sort->start(std::clamp(QThread::idealThreadCount() - 1, 1, 4)); // a core stays with the event loop
}

void SimIndex::buildPostings()
{
    const quint32 n = m_data.fileCount();
    m_byAccount.assign(size_t(m_data.accounts().size()), {});
    m_byCustomer.assign(size_t(m_data.customers().size()), {});
    m_byUser.assign(size_t(m_data.users().size()), {});
    m_byType.assign(SimDataset::TypeCount, {});
    for (quint32 i = 0; i < n; ++i) {
        m_byAccount[size_t(m_data.account(i))].push_back(i);
        m_byCustomer[size_t(m_data.customer(i))].push_back(i);
        if (m_data.user(i) >= 0)
            m_byUser[size_t(m_data.user(i))].push_back(i);
        m_byType[size_t(m_data.type(i))].push_back(i);
    }
}

void SimIndex::updateFile(quint32 file, const std::function<void()> &change)
{
    const int account = m_data.account(file);
    const int customer = m_data.customer(file);
    const int user = m_data.user(file);
    {
        const auto lock = m_sort->writeLock();
        change();
    }
    moveInPosting(m_byAccount, account, m_data.account(file), file);
    moveInPosting(m_byCustomer, customer, m_data.customer(file), file);
    moveInPosting(m_byUser, user, m_data.user(file), file);
    m_text->fileNameChanged(file);
    m_sort->fileChanged(file);
}

void SimIndex::orderHits(int field, std::vector<quint32> &hits)
{
    SimSortIndex::View view;
    const size_t direct = SimSortKeys::isText(field) ? kDirectSortText : kDirectSortNumber;
    if (!m_sort->tryView(field, &view) && hits.size() <= direct) {
        m_keys->sortRows(field, hits);
        return;
    }
    if (!view.rank)
        view = m_sort->view(field);
    const std::vector<quint32> &r = *view.rank;
    std::sort(hits.begin(), hits.end(), [&](quint32 a, quint32 b) { return r[a] < r[b]; });
}

bool SimIndex::matches(const Query &q, quint32 i) const
{
    const SimDataset &d = m_data;
    const qint64 created = d.created(i);
    if (created < q.dateStart || created > q.dateEnd || !(q.typeMask & (1 << d.type(i))))
        return false;
    if (!q.accounts.empty() && !q.accounts[size_t(d.account(i))])
        return false;
    if (!q.customers.empty() && !q.customers[size_t(d.customer(i))])
        return false;
    if (q.user != -2 && d.user(i) != q.user)
        return false;
    if (q.session != -2 && qint64(d.sessionOf(i)) != q.session)
        return false;
    if (q.hasSpecific && !std::binary_search(q.specific.begin(), q.specific.end(), i))
        return false;
    if (!q.contentType.isEmpty() && !m_contentTypeMatch[size_t(SimSortKeys::contentTypeCode(d, i))])
        return false;
    if (!q.fileName.isEmpty()) {
        if (q.fileName == m_text->preparedFileName() ? !m_text->fileNameMatches(i)
                                                     : !d.fileName(i).contains(q.fileName, Qt::CaseInsensitive))
            return false;
    }
    if (!q.transcription.isEmpty()) {
        if (q.transcription == m_text->preparedTranscription()
                ? !m_text->transcriptionMatches(i)
                : !d.transcription(i).contains(q.transcription, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

SimIndex::Result SimIndex::run(const Query &q)
{
    Result res;
    if (q.user == -1 || q.session == -1)
        return res;
    const QStringList &contentTypes = SimSortKeys::contentTypes();
    m_contentTypeMatch.assign(size_t(contentTypes.size()), 1);
    for (qsizetype c = 0; c < contentTypes.size(); ++c)
        m_contentTypeMatch[size_t(c)] = contentTypes[c].contains(q.contentType, Qt::CaseInsensitive);
    const SimDataset &d = m_data;
    const quint32 n = d.fileCount();
    const quint32 visible = d.visibleCount();  // the newest files that have not arrived yet are left out
    // Candidates: a contiguous range of file indices (dates, session) or the smallest posting list.
    quint32 lo = 0;
    quint32 hi = n;
    {
        quint32 a = 0, b = n;
        while (a < b) { const quint32 m = a + (b - a) / 2; if (d.created(m) < q.dateStart) a = m + 1; else b = m; }
        lo = a;
        b = n;
        while (a < b) { const quint32 m = a + (b - a) / 2; if (d.created(m) <= q.dateEnd) a = m + 1; else b = m; }
        hi = a;
    }
    if (q.session >= 0) {
        const auto r = d.sessionRange(quint32(q.session));
        lo = std::max(lo, r.first);
        hi = std::min(hi, r.second);
    }
    hi = std::min(hi, visible);
    if (hi < lo)
        hi = lo;
    qint64 best = hi - lo;
    const std::vector<quint32> *list = nullptr;
    std::vector<quint32> unionList;
    auto offer = [&](const std::vector<quint32> &v) {
        if (qint64(v.size()) < best) {
            best = qint64(v.size());
            list = &v;
        }
    };
    auto offerUnion = [&](const std::vector<std::vector<quint32>> &postings, auto selected) {
        qint64 total = 0;
        for (size_t k = 0; k < postings.size(); ++k)
            total += selected(k) ? qint64(postings[k].size()) : 0;
        if (total >= best)
            return;
        std::vector<quint32> merged;
        merged.reserve(size_t(total));
        for (size_t k = 0; k < postings.size(); ++k) {
            if (selected(k))
                merged.insert(merged.end(), postings[k].begin(), postings[k].end());
        }
        std::sort(merged.begin(), merged.end());
        unionList.swap(merged);
        best = total;
        list = &unionList;
    };
    if (q.hasSpecific)
        offer(q.specific);
    if (q.user >= 0)
        offer(m_byUser[size_t(q.user)]);
    if (!q.customers.empty())
        offerUnion(m_byCustomer, [&](size_t k) { return q.customers[k] != 0; });
    if (!q.accounts.empty())
        offerUnion(m_byAccount, [&](size_t k) { return q.accounts[k] != 0; });
    if (q.typeMask != 0x3f)
        offerUnion(m_byType, [&](size_t k) { return (q.typeMask >> k) & 1; });

    // The contains terms, once per query: a candidate list much shorter than the range is
    // searched file by file, otherwise the name store is searched once for the whole range.
    m_text->prepare(q.fileName, q.transcription, lo, hi, !list || qint64(list->size()) * 4 > qint64(hi - lo));

    qint64 seen = 0;
    const qint64 end = q.limit < 0 ? std::numeric_limits<qint64>::max() : q.offset + q.limit;
    bool stop = false;
    auto take = [&](quint32 i) {
        if (seen >= q.offset && seen < end)
            res.items.push_back(i);
        ++seen;
        if (!q.countTotal && seen > end)
            stop = true;
    };
    const int field = q.sortField < 0 ? int(SimSortKeys::DateCreated) : q.sortField;
    const bool desc = q.sortField < 0 ? true : q.descending;
    SimSortIndex::View view;
    const bool ordered = field == SimSortKeys::DateCreated || m_sort->tryView(field, &view);
    if (field == SimSortKeys::DateCreated || best <= qint64(n / 4) || !ordered) {
        std::vector<quint32> hits;
        const qint64 count = list ? qint64(list->size()) : qint64(hi - lo);
        for (qint64 k = 0; k < count; ++k) {
            const quint32 i = list ? (*list)[size_t(k)] : lo + quint32(k);
            if (i >= lo && i < hi && matches(q, i))
                hits.push_back(i);
        }
        if (field != SimSortKeys::DateCreated)
            orderHits(field, hits);
        if (desc)
            std::reverse(hits.begin(), hits.end());
        for (size_t k = 0; k < hits.size() && !stop; ++k)
            take(hits[k]);
    } else {
        const std::vector<quint32> &p = *view.perm;
        for (quint32 k = 0; k < n && !stop; ++k) {
            const quint32 i = desc ? p[n - 1 - k] : p[k];
            if (i >= lo && i < hi && matches(q, i))
                take(i);
        }
    }
    res.total = seen;
    res.hasMore = seen > end;
    return res;
}
