#include "simdataset.h"

#include "simaudio.h"
#include "simmp3.h"
#include "simtext.h"

#include <QDateTime>

namespace {
constexpr quint64 kSaltAccount = 0xACC0;
constexpr quint64 kSaltCustomer = 0xC057;
constexpr quint64 kSaltUser = 0x05E7;
constexpr quint64 kSaltFile = 0xF11E;
constexpr quint64 kSaltSession = 0x5E55;
constexpr quint32 kNoSession = 0xFFFFFFFFu;
constexpr int kAccountCount = 4;
constexpr int kAgentsPerAccount = 8;
const char *const kTypeNames[] = {"Upload", "VoiceMessage", "CallRecording", "Fax", "Attachment", "FaxOutgoing"};
} // namespace

quint64 SimDataset::mix(quint64 a, quint64 b, quint64 c)
{
    quint64 z = a * 0x9E3779B97F4A7C15ull ^ (b + 0x632BE59BD9B4E019ull) * 0xBF58476D1CE4E5B9ull ^ (c + 1) * 0x94D049BB133111EBull;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

QString SimDataset::typeName(int type)
{
    return type >= 0 && type < TypeCount ? QString::fromLatin1(kTypeNames[type]) : QString();
}

int SimDataset::typeFromName(const QString &name)
{
    for (int t = 0; t < TypeCount; ++t) {
        if (name.compare(QLatin1String(kTypeNames[t]), Qt::CaseInsensitive) == 0)
            return t;
    }
    return -1;
}

QString SimDataset::isoDate(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

qint64 SimDataset::referenceEndMs()
{
    return QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}

SimDataset::SimDataset(quint64 seed, quint32 fileCount, quint32 longRecordings, bool hostile)
    : m_seed(seed)
{
    generateDirectory();
    generateFiles(fileCount);
    makeLongRecordings(longRecordings);
    if (hostile)
        addHostileCases();
}

int SimDataset::mp3Template(quint32 i) const
{
    return int((mix(m_seed, kSaltFile, i) >> 40) % quint64(qMax(1, SimMp3::count())));
}

void SimDataset::makeLongRecordings(quint32 count)
{
    for (quint32 i = 0; i < fileCount() && count > 0; ++i) {
        if (m_type[i] != CallRecording)
            continue;
        m_duration[i] = 3600;
        m_length[i] = quint32(SimAudio::size(3600));
        --count;
    }
}

void SimDataset::addHostileCases()
{
    // The newest files (the top of the default sort), spread over both origins.
    const quint32 n = fileCount();
    if (n < 12)
        return;
    auto pick = [this, n](const QString &name, quint32 back) {
        const quint32 i = n - 1 - back;
        m_hostile.insert(name, i);
        return i;
    };
    m_nameOverride.insert(pick(QStringLiteral("dotdot"), 0), QStringLiteral("../../x.wav"));
    m_nameOverride.insert(pick(QStringLiteral("con"), 1), QStringLiteral("CON"));
    m_nameOverride.insert(pick(QStringLiteral("separators"), 2), QStringLiteral("a/b\\c:d*e?f"));
    QString longName;
    while (longName.size() < 296)
        longName += QStringLiteral("long-name-");
    m_nameOverride.insert(pick(QStringLiteral("long"), 3), longName.left(296) + QStringLiteral(".wav"));
    m_nameOverride.insert(pick(QStringLiteral("rtl-emoji"), 4),
                          QStringLiteral("\u05E9\u05DC\u05D5\u05DD \u0645\u0631\u062D\u0628\u0627 \U0001F4DE\U0001F600.wav"));
    m_nameOverride.insert(pick(QStringLiteral("same-1"), 5), QStringLiteral("same name.wav"));
    m_nameOverride.insert(pick(QStringLiteral("same-2"), 6), QStringLiteral("same name.wav"));
    const quint32 f = pick(QStringLiteral("formula-customer"), 7);
    m_customers[int(m_customer[f])].name = QStringLiteral("=HYPERLINK(\"http://evil.example/\",\"Click me\")");
    const quint32 s = pick(QStringLiteral("short-body"), 8);
    m_shortBody.insert(s, qMin<quint32>(1000, m_length[s] / 2));
}

QString SimDataset::hexId(quint64 salt, quint32 index) const
{
    return QStringLiteral("%1%2").arg(mix(m_seed, salt, index), 16, 16, QLatin1Char('0')).arg(index, 8, 16, QLatin1Char('0'));
}

qint64 SimDataset::parseHexId(const QString &id, quint64 salt, quint32 count) const
{
    if (id.size() != 24)
        return -1;
    bool ok = false;
    const quint32 index = id.mid(16).toUInt(&ok, 16);
    if (!ok || index >= count || hexId(salt, index).compare(id, Qt::CaseInsensitive) != 0)
        return -1;
    return index;
}

int SimDataset::addCustomer(int account, int parent, const QString &name, quint64 h)
{
    Customer c;
    const int index = int(m_customers.size());
    c.id = hexId(kSaltCustomer, quint32(index));
    c.name = name;
    c.account = account;
    c.parent = parent;
    c.depth = parent < 0 ? 1 : m_customers[parent].depth + 1;
    c.path = parent < 0 ? QList<int>() : m_customers[parent].path;
    c.path.append(index);
    c.referenceId = QStringLiteral("CUST-%1").arg(index + 1001);
    c.staging = h % 17 == 0;
    c.created = referenceEndMs() - qint64(700 + h % 300) * 86400000ll;
    m_customers.append(c);
    return index;
}

void SimDataset::generateDirectory()
{
    for (int a = 0; a < kAccountCount; ++a) {
        m_accounts.append({hexId(kSaltAccount, quint32(a)), SimText::accountName(a), SimText::accountDomain(a),
                           referenceEndMs() - qint64(900 + a * 30) * 86400000ll});
        const quint64 ha = mix(m_seed, 0xA11, quint64(a));
        const int tops = 3 + int(ha % 4);
        for (int t = 0; t < tops; ++t) {
            const quint64 ht = mix(ha, 1, quint64(t));
            const int top = addCustomer(a, -1, SimText::topCustomerName(quint64(a * 6 + t) + (ht % 3) * 24), ht);
            // The first top customer of the first account always has a deep subtree (demo customer).
            const int kids1 = (a == 0 && t == 0) ? 2 : int(ht % 4);
            for (int k = 0; k < kids1; ++k) {
                const quint64 h2 = mix(ht, 2, quint64(k));
                const int c2 = addCustomer(a, top, SimText::subCustomerName(h2), h2);
                const int kids2 = (a == 0 && t == 0 && k == 0) ? 2 : int(h2 % 3);
                for (int j = 0; j < kids2; ++j) {
                    const quint64 h3 = mix(h2, 3, quint64(j));
                    const int c3 = addCustomer(a, c2, SimText::subCustomerName(h3 >> 5), h3);
                    const int kids3 = (a == 0 && t == 0 && k == 0 && j == 0) ? 1 : int(h3 % 3 == 0);
                    for (int m = 0; m < kids3; ++m) {
                        const quint64 h4 = mix(h3, 4, quint64(m));
                        addCustomer(a, c3, SimText::subCustomerName(h4 >> 9), h4);
                    }
                }
            }
        }
    }
    auto addUser = [this](const QString &first, const QString &last, const QString &email, const QString &role,
                          const QList<int> &accounts, int customer) {
        User u;
        u.id = hexId(kSaltUser, quint32(m_users.size()));
        u.firstName = first;
        u.lastName = last;
        u.email = email;
        u.role = role;
        u.accounts = accounts;
        u.customer = customer;
        m_users.append(u);
        return int(m_users.size()) - 1;
    };
    QList<int> all;
    for (int a = 0; a < kAccountCount; ++a)
        all.append(a);
    addUser(QStringLiteral("Ada"), QStringLiteral("Admin"), QStringLiteral("admin@example.com"),
            QStringLiteral("SystemAdministrator"), all, -1);
    addUser(QStringLiteral("Max"), QStringLiteral("Manager"), QStringLiteral("manager@example.com"),
            QStringLiteral("Manager"), {0, 1}, -1);
    addUser(QStringLiteral("Cora"), QStringLiteral("Customer"), QStringLiteral("customer@example.com"),
            QStringLiteral("Customer"), {0}, 0);
    m_agents.resize(kAccountCount);
    for (int a = 0; a < kAccountCount; ++a) {
        for (int k = 0; k < kAgentsPerAccount; ++k) {
            const SimText::Person p = SimText::person(mix(m_seed, 0xA6E, quint64(a * 100 + k)));
            const QString email = QStringLiteral("%1%2@%3").arg(p.emailLocal).arg(k + 1).arg(m_accounts[a].domain);
            m_agents[a].append(addUser(p.first, p.last, email, QStringLiteral("User"), {a}, -1));
        }
    }
}

void SimDataset::generateFiles(quint32 count)
{
    m_created.resize(count);
    m_modified.resize(count);
    m_customer.resize(count);
    m_user.resize(count);
    m_createdBy.resize(count);
    m_modifiedBy.resize(count);
    m_session.resize(count);
    m_length.resize(count);
    m_duration.resize(count);
    m_type.resize(count);
    m_flags.resize(count);
    m_subKind.resize(count);
    const qint64 end = referenceEndMs();
    const qint64 span = 548ll * 86400000ll;
    const qint64 start = end - span;
    const quint32 customerCount = quint32(m_customers.size());
    quint32 i = 0;
    quint32 session = 0;
    quint32 group = 0;
    while (i < count) {
        const quint64 hs = mix(m_seed, kSaltSession, group++);
        const int cust = int(hs % customerCount);
        const int account = m_customers[cust].account;
        const int agent = m_agents[account][int((hs >> 17) % quint64(m_agents[account].size()))];
        const int p = int((hs >> 32) % 1000);
        QList<int> types;
        if (p < 600) {
            types = {CallRecording};
            if ((hs >> 44) % 10 == 0)
                types.append(CallRecording);
            if ((hs >> 48) % 12 == 0)
                types.append(VoiceMessage);
        } else if (p < 860) {
            types = {VoiceMessage};
        } else if (p < 940) {
            types = {Fax};
        } else if (p < 970) {
            types = {FaxOutgoing};
        } else {
            types = {p < 988 ? Upload : Attachment};
        }
        const bool hasSession = types.first() != Upload && types.first() != Attachment;
        if (hasSession)
            m_sessionStart.push_back(i);
        const bool outbound = (hs >> 52) % 3 == 0;
        for (int t = 0; t < types.size() && i < count; ++t, ++i) {
            const quint64 h = mix(m_seed, kSaltFile, i);
            const int type = types[t];
            m_created[i] = start + qint64((double(span) * (double(i) + double(h % 1000) / 1000.0)) / double(count));
            m_type[i] = quint8(type);
            m_customer[i] = quint32(cust);
            m_session[i] = hasSession ? session : kNoSession;
            quint8 flags = outbound ? Outbound : 0;
            if (h % 5 == 0)
                flags |= OnStorage;
            int duration = 0;
            quint32 length = 0;
            quint8 sub = Pdf;
            if (type == CallRecording || type == VoiceMessage) {
                const quint64 d = (h >> 8) % 1000;
                duration = type == CallRecording ? int(5 + d * d / 1700) : int(3 + d % 90);
                length = 44 + quint32(duration) * 16000;
                // A quarter of the voicemails are stored as MP3 (one of the build-time templates).
                if (type == VoiceMessage && SimMp3::count() > 0 && (h >> 36) % 4 == 0) {
                    const int k = int((h >> 40) % quint64(SimMp3::count())); // = mp3Template(i)
                    sub = Mp3;
                    duration = SimMp3::duration(k);
                    length = quint32(SimMp3::bytes(k).size());
                }
                if ((h >> 20) % 100 < 85)
                    flags |= HasTranscription;
                if ((flags & HasTranscription) && (h >> 28) % 100 < 80)
                    flags |= HasAi;
            } else if (type == Fax || type == FaxOutgoing) {
                length = 3000 + quint32((h >> 8) % 37000);
            } else {
                sub = quint8((h >> 8) % 3);
                length = sub == Text ? 200 + quint32((h >> 12) % 8000)
                    : sub == Png ? 400 + quint32((h >> 12) % 3000) : 3000 + quint32((h >> 12) % 37000);
            }
            m_subKind[i] = sub;
            m_flags[i] = flags;
            m_duration[i] = quint16(duration);
            m_length[i] = length;
            m_user[i] = (type == Fax && (h >> 40) % 10 < 3) ? -1 : agent;
            const bool byUser = type == Upload || type == Attachment || type == FaxOutgoing;
            m_createdBy[i] = byUser ? agent : -1;
            const bool edited = (h >> 44) % 10 == 0;
            m_modified[i] = edited ? qMin(end, m_created[i] + qint64((h >> 48) % 5000) * 60000) : m_created[i];
            m_modifiedBy[i] = edited ? agent : m_createdBy[i];
        }
        if (hasSession)
            ++session;
    }
}

int SimDataset::accountIndex(const QString &id) const { return int(parseHexId(id, kSaltAccount, quint32(m_accounts.size()))); }
int SimDataset::customerIndex(const QString &id) const { return int(parseHexId(id, kSaltCustomer, quint32(m_customers.size()))); }
int SimDataset::userIndex(const QString &id) const { return int(parseHexId(id, kSaltUser, quint32(m_users.size()))); }

int SimDataset::userByEmail(const QString &email) const
{
    for (int u = 0; u < m_users.size(); ++u) {
        if (m_users[u].email.compare(email.trimmed(), Qt::CaseInsensitive) == 0)
            return u;
    }
    return -1;
}

bool SimDataset::customerInSubtree(int customer, int root) const
{
    return customer >= 0 && m_customers[customer].path.contains(root);
}

QString SimDataset::fileId(quint32 i) const { return hexId(kSaltFile, i); }
qint64 SimDataset::fileIndex(const QString &id) const { return parseHexId(id, kSaltFile, visibleCount()); }

QString SimDataset::contentType(quint32 i) const
{
    switch (m_type[i]) {
    case VoiceMessage:
    case CallRecording:
        return m_subKind[i] == Mp3 ? QStringLiteral("audio/mpeg") : QStringLiteral("audio/wav");
    case Fax:
    case FaxOutgoing:
        return QStringLiteral("application/pdf");
    default:
        return m_subKind[i] == Text ? QStringLiteral("text/plain") : m_subKind[i] == Png ? QStringLiteral("image/png")
                                                                                       : QStringLiteral("application/pdf");
    }
}

QString SimDataset::fileName(quint32 i) const
{
    const auto it = m_nameOverride.constFind(i);
    if (it != m_nameOverride.constEnd())
        return *it;
    const bool hasPeer = m_type[i] != Upload && m_type[i] != Attachment;
    const QString peer = hasPeer ? ((m_flags[i] & Outbound) ? toAddress(i) : fromAddress(i)) : QString();
    const QString name = SimText::fileName(m_type[i], m_subKind[i], mix(m_seed, 0xF0A3, i), m_created[i], peer);
    return isMp3(i) && name.endsWith(QLatin1String(".wav")) ? name.chopped(4) + QStringLiteral(".mp3") : name;
}

QString SimDataset::fromAddress(quint32 i) const
{
    if (m_type[i] == Upload || m_type[i] == Attachment)
        return {};
    const bool outbound = m_type[i] == FaxOutgoing || (m_flags[i] & Outbound && m_type[i] == CallRecording);
    return outbound ? SimText::phoneNumber(mix(m_seed, 0xD1D, m_customer[i])) : SimText::phoneNumber(mix(m_seed, 0xCA11, m_session[i]));
}

QString SimDataset::toAddress(quint32 i) const
{
    if (m_type[i] == Upload || m_type[i] == Attachment)
        return {};
    const bool outbound = m_type[i] == FaxOutgoing || (m_flags[i] & Outbound && m_type[i] == CallRecording);
    return outbound ? SimText::phoneNumber(mix(m_seed, 0xCA11, m_session[i])) : SimText::phoneNumber(mix(m_seed, 0xD1D, m_customer[i]));
}

QString SimDataset::recordingSid(quint32 i) const
{
    if (!isAudio(i))
        return {};
    return QStringLiteral("RE%1%2").arg(recordingSidHash(i, 0), 16, 16, QLatin1Char('0')).arg(recordingSidHash(i, 1), 16, 16, QLatin1Char('0'));
}

QString SimDataset::transcription(quint32 i) const
{
    return (m_flags[i] & HasTranscription) ? SimText::transcription(mix(m_seed, 0x7E7, i), m_duration[i]) : QString();
}

int SimDataset::transcriptionPieces(quint32 i, quint8 *out) const
{
    return (m_flags[i] & HasTranscription) ? SimText::transcriptionPieces(mix(m_seed, 0x7E7, i), m_duration[i], out) : 0;
}

QString SimDataset::transcriptionOpening(quint32 i) const
{
    return (m_flags[i] & HasTranscription) ? SimText::transcriptionOpening(mix(m_seed, 0x7E7, i)) : QString();
}

QString SimDataset::aiTranscription(quint32 i) const
{
    return (m_flags[i] & HasAi) ? SimText::aiTranscription(mix(m_seed, 0x7E7, i), m_duration[i]) : QString();
}

QString SimDataset::userRefId(int user) const
{
    return user < 0 ? QStringLiteral("system") : m_users[user].id;
}

QString SimDataset::sessionId(quint32 session) const
{
    return session == kNoSession ? QString() : hexId(kSaltSession, session);
}

qint64 SimDataset::sessionIndex(const QString &id) const
{
    return parseHexId(id, kSaltSession, quint32(m_sessionStart.size()));
}

std::pair<quint32, quint32> SimDataset::sessionRange(quint32 session) const
{
    if (session >= m_sessionStart.size())
        return {0, 0};
    quint32 end = m_sessionStart[session];
    while (end < m_session.size() && m_session[end] == session)
        ++end;
    return {m_sessionStart[session], end};
}
