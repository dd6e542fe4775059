#include "simindex.h"

#include "simdataset.h"

#include <algorithm>
#include <numeric>

namespace {
enum Field {
    FId, FDateCreated, FDateLastModified, FCreatedBy, FLastModifiedBy, FType, FAccountId, FAccountName,
    FCustomerId, FCustomerName, FCustomerBreadcrumb, FUserId, FUserName, FFileName, FUri, FContentType,
    FContentLength, FRecordingSid, FRecordingDuration, FRecordingFrom, FTranscription, FFromAddress,
    FToAddress, FAITranscription, FieldCount
};
constexpr int kTextPrefix = 48;

int contentTypeCode(const SimDataset &d, quint32 i)
{
    const int t = d.type(i);
    if (t == SimDataset::VoiceMessage || t == SimDataset::CallRecording)
        return 0;
    if (t == SimDataset::Fax || t == SimDataset::FaxOutgoing)
        return 1;
    return d.subKind(i) == SimDataset::Text ? 2 : d.subKind(i) == SimDataset::Png ? 3 : 1;
}
const char *const kContentTypes[] = {"audio/wav", "application/pdf", "text/plain", "image/png"};

// Rank of each entry of a small table by case-folded text.
std::vector<quint64> rankTable(const QStringList &texts)
{
    std::vector<int> order(size_t(texts.size()));
    std::iota(order.begin(), order.end(), 0);
    QStringList folded;
    for (const QString &t : texts)
        folded.append(t.toCaseFolded());
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return folded[a] < folded[b]; });
    std::vector<quint64> rank(order.size());
    for (size_t r = 0; r < order.size(); ++r)
        rank[size_t(order[r])] = r;
    return rank;
}
} // namespace

SimIndex::SimIndex(const SimDataset &data)
    : m_data(data)
{
    m_perm.resize(FieldCount);
    m_rank.resize(FieldCount);
    buildPostings();
}

const QStringList &SimIndex::sortFieldNames()
{
    static const QStringList names = {
        QStringLiteral("Id"), QStringLiteral("DateCreated"), QStringLiteral("DateLastModified"), QStringLiteral("CreatedBy"),
        QStringLiteral("LastModifiedBy"), QStringLiteral("Type"), QStringLiteral("AccountId"), QStringLiteral("AccountName"),
        QStringLiteral("CustomerId"), QStringLiteral("CustomerName"), QStringLiteral("CustomerBreadcrumb"),
        QStringLiteral("UserId"), QStringLiteral("UserName"), QStringLiteral("FileName"), QStringLiteral("Uri"),
        QStringLiteral("ContentType"), QStringLiteral("ContentLength"), QStringLiteral("RecordingSid"),
        QStringLiteral("RecordingDuration"), QStringLiteral("RecordingFrom"), QStringLiteral("Transcription"),
        QStringLiteral("FromAddress"), QStringLiteral("ToAddress"), QStringLiteral("AITranscription")};
    return names;
}

int SimIndex::sortFieldIndex(const QString &name)
{
    const QStringList &names = sortFieldNames();
    for (int f = 0; f < names.size(); ++f) {
        if (names[f].compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return f;
    }
    return -1;
}

int SimIndex::dateCreatedField() { return FDateCreated; }

void SimIndex::invalidate()
{
    m_postingsValid = false;
    for (int f = 0; f < FieldCount; ++f) {
        if (f != FDateCreated && f != FId && f != FContentLength && f != FRecordingDuration && f != FType) {
            m_perm[size_t(f)].clear();
            m_rank[size_t(f)].clear();
        }
    }
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
    m_postingsValid = true;
}

const std::vector<quint32> &SimIndex::perm(int field)
{
    std::vector<quint32> &p = m_perm[size_t(field)];
    if (!p.empty() || m_data.fileCount() == 0)
        return p;
    const quint32 n = m_data.fileCount();
    p.resize(n);
    std::iota(p.begin(), p.end(), 0u);
    if (field == FDateCreated)
        return p;
    const SimDataset &d = m_data;
    const bool textual = field == FFileName || field == FRecordingSid || field == FRecordingFrom || field == FTranscription
        || field == FFromAddress || field == FToAddress || field == FAITranscription;
    if (textual) {
        std::vector<QString> keys(n);
        for (quint32 i = 0; i < n; ++i) {
            QString s;
            switch (field) {
            case FFileName: s = d.fileName(i); break;
            case FRecordingSid: s = d.recordingSid(i); break;
            case FRecordingFrom: s = d.isAudio(i) ? d.fromAddress(i) : QString(); break;
            case FTranscription: s = d.transcription(i).left(kTextPrefix); break;
            case FAITranscription: s = d.aiTranscription(i).left(kTextPrefix); break;
            case FFromAddress: s = d.fromAddress(i); break;
            default: s = d.toAddress(i); break;
            }
            keys[i] = s.toCaseFolded();
        }
        std::sort(p.begin(), p.end(), [&](quint32 a, quint32 b) { return keys[a] < keys[b] || (keys[a] == keys[b] && a < b); });
        return p;
    }
    std::vector<quint64> table;
    if (field == FCreatedBy || field == FLastModifiedBy || field == FUserId || field == FUserName) {
        QStringList texts;
        for (const SimDataset::User &u : d.users())
            texts.append(field == FUserName ? u.name() : u.id);
        texts.append(field == FUserId || field == FUserName ? QString() : QStringLiteral("system"));
        table = rankTable(texts);
    } else if (field == FAccountId || field == FAccountName) {
        QStringList texts;
        for (const SimDataset::Account &a : d.accounts())
            texts.append(field == FAccountId ? a.id : a.name);
        table = rankTable(texts);
    } else if (field == FCustomerId || field == FCustomerName || field == FCustomerBreadcrumb) {
        QStringList texts;
        for (const SimDataset::Customer &c : d.customers()) {
            if (field == FCustomerBreadcrumb) {
                QStringList names;
                for (int k : c.path)
                    names.append(d.customers()[k].name);
                texts.append(names.join(QLatin1Char('\x01')));
            } else {
                texts.append(field == FCustomerId ? c.id : c.name);
            }
        }
        table = rankTable(texts);
    } else if (field == FType || field == FContentType) {
        QStringList texts;
        if (field == FType) {
            for (int t = 0; t < SimDataset::TypeCount; ++t)
                texts.append(SimDataset::typeName(t));
        } else {
            for (const char *ct : kContentTypes)
                texts.append(QString::fromLatin1(ct));
        }
        table = rankTable(texts);
    }
    const int userCount = int(d.users().size());
    std::vector<quint64> keys(n);
    for (quint32 i = 0; i < n; ++i) {
        quint64 k = 0;
        switch (field) {
        case FId: k = d.fileIdKey(i); break;
        case FDateLastModified: k = quint64(d.modified(i)) ^ (1ull << 63); break;
        case FCreatedBy: k = table[size_t(d.createdBy(i) < 0 ? userCount : d.createdBy(i))]; break;
        case FLastModifiedBy: k = table[size_t(d.modifiedBy(i) < 0 ? userCount : d.modifiedBy(i))]; break;
        case FUserId:
        case FUserName: k = table[size_t(d.user(i) < 0 ? userCount : d.user(i))]; break;
        case FType: k = table[size_t(d.type(i))]; break;
        case FAccountId:
        case FAccountName: k = table[size_t(d.account(i))]; break;
        case FCustomerId:
        case FCustomerName:
        case FCustomerBreadcrumb: k = table[size_t(d.customer(i))]; break;
        case FUri: k = (quint64(d.onStorage(i)) << 63) | (d.fileIdKey(i) >> 1); break;
        case FContentType: k = table[size_t(contentTypeCode(d, i))]; break;
        case FContentLength: k = d.contentLength(i); break;
        case FRecordingDuration: k = quint64(d.duration(i)); break;
        default: break;
        }
        keys[i] = k;
    }
    std::sort(p.begin(), p.end(), [&](quint32 a, quint32 b) { return keys[a] < keys[b] || (keys[a] == keys[b] && a < b); });
    return p;
}

const std::vector<quint32> &SimIndex::rank(int field)
{
    std::vector<quint32> &r = m_rank[size_t(field)];
    if (r.empty()) {
        const std::vector<quint32> &p = perm(field);
        r.resize(p.size());
        for (size_t k = 0; k < p.size(); ++k)
            r[p[k]] = quint32(k);
    }
    return r;
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
    if (!q.contentType.isEmpty() && !m_contentTypeMatch[size_t(contentTypeCode(d, i))])
        return false;
    if (!q.fileName.isEmpty() && !d.fileName(i).contains(q.fileName, Qt::CaseInsensitive))
        return false;
    if (!q.transcription.isEmpty() && !d.transcription(i).contains(q.transcription, Qt::CaseInsensitive))
        return false;
    return true;
}

SimIndex::Result SimIndex::run(const Query &q)
{
    if (!m_postingsValid)
        buildPostings();
    Result res;
    if (q.user == -1 || q.session == -1)
        return res;
    m_contentTypeMatch.assign(std::size(kContentTypes), 1);
    for (size_t c = 0; c < std::size(kContentTypes); ++c)
        m_contentTypeMatch[c] = QString::fromLatin1(kContentTypes[c]).contains(q.contentType, Qt::CaseInsensitive);
    const SimDataset &d = m_data;
    const quint32 n = d.fileCount();
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
    const int field = q.sortField < 0 ? int(FDateCreated) : q.sortField;
    const bool desc = q.sortField < 0 ? true : q.descending;
    if (field == FDateCreated || best <= qint64(n / 4)) {
        std::vector<quint32> hits;
        const qint64 count = list ? qint64(list->size()) : qint64(hi - lo);
        for (qint64 k = 0; k < count; ++k) {
            const quint32 i = list ? (*list)[size_t(k)] : lo + quint32(k);
            if (i >= lo && i < hi && matches(q, i))
                hits.push_back(i);
        }
        if (field != FDateCreated) {
            const std::vector<quint32> &r = rank(field);
            std::sort(hits.begin(), hits.end(), [&](quint32 a, quint32 b) { return r[a] < r[b]; });
        }
        if (desc)
            std::reverse(hits.begin(), hits.end());
        for (size_t k = 0; k < hits.size() && !stop; ++k)
            take(hits[k]);
    } else {
        const std::vector<quint32> &p = perm(field);
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
