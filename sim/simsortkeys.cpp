#include "simsortkeys.h"

#include "simdataset.h"

#include <algorithm>
#include <numeric>
#include <tuple>

namespace {
constexpr int kTextPrefix = 48;

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

template<typename Key, typename KeyOf>
void sortByKey(std::vector<quint32> &rows, KeyOf keyOf)
{
    std::vector<std::pair<Key, quint32>> keyed;
    keyed.reserve(rows.size());
    for (quint32 i : rows)
        keyed.emplace_back(keyOf(i), i);
    std::sort(keyed.begin(), keyed.end());
    for (size_t k = 0; k < keyed.size(); ++k)
        rows[k] = keyed[k].second;
}
} // namespace

SimSortKeys::SimSortKeys(const SimDataset &data)
    : m_data(data)
    , m_table(FieldCount)
{
    const SimDataset &d = m_data;
    for (int field : {CreatedBy, LastModifiedBy, UserId, UserName}) {
        QStringList texts;
        for (const SimDataset::User &u : d.users())
            texts.append(field == UserName ? u.name() : u.id);
        texts.append(field == UserId || field == UserName ? QString() : QStringLiteral("system"));
        m_table[size_t(field)] = rankTable(texts);
    }
    for (int field : {AccountId, AccountName}) {
        QStringList texts;
        for (const SimDataset::Account &a : d.accounts())
            texts.append(field == AccountId ? a.id : a.name);
        m_table[size_t(field)] = rankTable(texts);
    }
    for (int field : {CustomerId, CustomerName, CustomerBreadcrumb}) {
        QStringList texts;
        for (const SimDataset::Customer &c : d.customers()) {
            QStringList names;
            for (int k : c.path)
                names.append(d.customers()[k].name);
            texts.append(field == CustomerBreadcrumb ? names.join(QLatin1Char('\x01')) : field == CustomerId ? c.id : c.name);
        }
        m_table[size_t(field)] = rankTable(texts);
    }
    QStringList types;
    for (int t = 0; t < SimDataset::TypeCount; ++t)
        types.append(SimDataset::typeName(t));
    m_table[Type] = rankTable(types);
    m_table[ContentType] = rankTable(contentTypes());
}

const QStringList &SimSortKeys::fieldNames()
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

int SimSortKeys::fieldIndex(const QString &name)
{
    const QStringList &names = fieldNames();
    for (int f = 0; f < names.size(); ++f) {
        if (names[f].compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return f;
    }
    return -1;
}

bool SimSortKeys::isText(int field)
{
    return field == FileName || field == RecordingFrom || field == Transcription
        || field == FromAddress || field == ToAddress || field == AITranscription;
}

const QStringList &SimSortKeys::contentTypes()
{
    static const QStringList types = {QStringLiteral("audio/wav"), QStringLiteral("application/pdf"),
                                      QStringLiteral("text/plain"), QStringLiteral("image/png"),
                                      QStringLiteral("audio/mpeg")};
    return types;
}

int SimSortKeys::contentTypeCode(const SimDataset &d, quint32 i)
{
    const int t = d.type(i);
    if (t == SimDataset::VoiceMessage || t == SimDataset::CallRecording)
        return d.isMp3(i) ? 4 : 0;
    if (t == SimDataset::Fax || t == SimDataset::FaxOutgoing)
        return 1;
    return d.subKind(i) == SimDataset::Text ? 2 : d.subKind(i) == SimDataset::Png ? 3 : 1;
}

quint64 SimSortKeys::number(int field, quint32 i) const
{
    const SimDataset &d = m_data;
    const std::vector<quint64> &table = m_table[size_t(field)];
    const int noUser = int(d.users().size());
    switch (field) {
    case Id: return d.fileIdKey(i);
    case DateCreated: return i;
    case DateLastModified: return quint64(d.modified(i)) ^ (1ull << 63);
    case CreatedBy: return table[size_t(d.createdBy(i) < 0 ? noUser : d.createdBy(i))];
    case LastModifiedBy: return table[size_t(d.modifiedBy(i) < 0 ? noUser : d.modifiedBy(i))];
    case UserId:
    case UserName: return table[size_t(d.user(i) < 0 ? noUser : d.user(i))];
    case Type: return table[size_t(d.type(i))];
    case AccountId:
    case AccountName: return table[size_t(d.account(i))];
    case CustomerId:
    case CustomerName:
    case CustomerBreadcrumb: return table[size_t(d.customer(i))];
    case Uri: return (quint64(d.onStorage(i)) << 63) | (d.fileIdKey(i) >> 1);
    case ContentType: return table[size_t(contentTypeCode(d, i))];
    case ContentLength: return d.contentLength(i);
    case RecordingDuration: return quint64(d.duration(i));
    // "RE" + 32 lower-case hex digits (two hashes), empty for non-audio: in hash order.
    case RecordingSid: return d.isAudio(i) ? (1ull << 63) | (d.recordingSidHash(i, 0) >> 1) : 0;
    default: return 0;
    }
}

quint64 SimSortKeys::number2(int field, quint32 i) const
{
    if (field != RecordingSid || !m_data.isAudio(i))
        return 0;
    return (m_data.recordingSidHash(i, 0) << 63) | (m_data.recordingSidHash(i, 1) >> 1);
}

QString SimSortKeys::text(int field, quint32 i) const
{
    const SimDataset &d = m_data;
    switch (field) {
    case FileName: return d.fileName(i).toCaseFolded();
    case RecordingFrom: return d.isAudio(i) ? d.fromAddress(i).toCaseFolded() : QString();
    case Transcription: {
        const QString opening = d.transcriptionOpening(i);
        return (opening.size() >= kTextPrefix ? opening : d.transcription(i)).left(kTextPrefix).toCaseFolded();
    }
    case AITranscription: return d.aiTranscription(i).left(kTextPrefix).toCaseFolded();
    case FromAddress: return d.fromAddress(i).toCaseFolded();
    case ToAddress: return d.toAddress(i).toCaseFolded();
    default: return QString();
    }
}

bool SimSortKeys::less(int field, quint32 a, quint32 b) const
{
    if (isText(field)) {
        const int c = QString::compare(text(field, a), text(field, b), Qt::CaseSensitive);
        return c < 0 || (c == 0 && a < b);
    }
    const auto ka = std::make_tuple(number(field, a), number2(field, a), a);
    const auto kb = std::make_tuple(number(field, b), number2(field, b), b);
    return ka < kb;
}

void SimSortKeys::sortRows(int field, std::vector<quint32> &rows) const
{
    if (isText(field))
        sortByKey<QString>(rows, [&](quint32 i) { return text(field, i); });
    else
        sortByKey<std::pair<quint64, quint64>>(rows, [&](quint32 i) { return std::make_pair(number(field, i), number2(field, i)); });
}
