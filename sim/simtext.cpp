#include "simtext.h"

#include "simdataset.h"

namespace {

template<size_t N>
QString pick(const char *const (&pool)[N], quint64 h)
{
    return QString::fromUtf8(pool[h % N]);
}

const char *const kAccounts[] = {"Northwind Telecom", "Contoso Health", "Müller & Söhne GmbH",
                                 "Sakura Logistics 株式会社", "Andes Imports S.A.", "Volga Service ООО"};
const char *const kDomains[] = {"northwind.example", "contoso.example", "mueller.example",
                                "sakura.example", "andes.example", "volga.example"};
const char *const kTopCustomers[] = {
    "Acme Dental", "Bäckerei Schmidt", "Клиника Здоровье", "東京サポートセンター", "مطعم الياسمين",
    "Café Crème", "Blue River Plumbing", "Øresund Ferries", "Zoë's Flowers", "Harbor Legal LLP",
    "北京客服中心", "Ελληνική Γεύση", "Pizzeria Da Nino", "Summit Realty", "Gästehaus Alpenblick",
    "Торговый дом Север", "دار الشفاء", "Maple Street Vets", "Crédit Agricole Agence 12",
    "Sunrise Pediatrics", "ソウル物流", "Lakeside Auto Repair", "Jyväskylä IT Oy", "Green Leaf Café"};
const char *const kSubCustomers[] = {
    "Sales", "Support", "Billing", "Front Desk", "Night Shift", "Filiale Nord", "Zweigstelle Süd",
    "Отдел продаж", "Техподдержка", "営業部", "カスタマーサービス", "قسم المبيعات", "خدمة العملاء",
    "Level 2 Desk", "Dr. Müller's Office", "Warehouse", "Dispatch", "Réception", "Emergency Line",
    "West Branch", "East Branch", "Recepción", "Accounts Payable", "VIP Desk"};
const char *const kFirst[] = {"Anna", "Иван", "伟", "محمد", "José", "Zoë", "John", "Fatima", "Ольга",
                              "Yuki", "Søren", "Chloé", "Mateo", "Priya", "Liam", "Ana", "Jürgen",
                              "Mei", "Omar", "Élodie", "Noah", "Sofia", "Hiroshi", "Agnieszka"};
const char *const kLast[] = {"Müller", "Петров", "李", "العلي", "García", "Dubois", "Smith", "Haddad",
                             "Смирнова", "Tanaka", "Østergaard", "Lefèvre", "Rossi", "Patel", "Walsh",
                             "Souza", "Weiß", "Chen", "Nasser", "Garnier", "Brown", "Kowalski",
                             "Sato", "Nowak"};
const char *const kFirstAscii[] = {"anna", "ivan", "wei", "mohammed", "jose", "zoe", "john", "fatima",
                                   "olga", "yuki", "soren", "chloe", "mateo", "priya", "liam", "ana",
                                   "juergen", "mei", "omar", "elodie", "noah", "sofia", "hiroshi", "agnieszka"};
const char *const kLastAscii[] = {"mueller", "petrov", "li", "alali", "garcia", "dubois", "smith",
                                  "haddad", "smirnova", "tanaka", "ostergaard", "lefevre", "rossi",
                                  "patel", "walsh", "souza", "weiss", "chen", "nasser", "garnier",
                                  "brown", "kowalski", "sato", "nowak"};
const char *const kGreetings[] = {"Hi, this is", "Hello, my name is", "Good morning, it's", "Hey, it's",
                                  "Good afternoon, this is", "Hi there, this is"};
const char *const kNames[] = {"Sarah", "Tom", "Maria", "David", "Ahmed", "Olga", "Kenji", "Laura",
                              "Peter", "Lucía", "Nina", "Marcus"};
const char *const kTopics[] = {"my last invoice", "the appointment on Thursday", "a delivery that has not arrived",
                               "resetting my password", "the quote you sent", "a refund for order 4471",
                               "changing our phone plan", "the broken heating unit", "our contract renewal",
                               "a billing error", "the new opening hours", "a prescription refill"};
const char *const kMiddles[] = {"Could you please call me back when you get a chance.",
                                "I tried to reach you earlier but nobody picked up.",
                                "The reference number is on the letter you sent last week.",
                                "It is quite urgent, so I would appreciate a quick answer.",
                                "I can be reached on my mobile until six this evening.",
                                "We spoke about this last Monday, but nothing has changed yet.",
                                "The customer said the problem started after the last update.",
                                "Let me check the account and I will confirm the details.",
                                "Thank you for holding, I have your file in front of me now.",
                                "Can you confirm the address we have on file for you?",
                                "I'll send you an email with the summary right after this call.",
                                "Ich rufe wegen der Rechnung vom letzten Monat an.",
                                "Llamo por la cita del jueves, por favor devuélvame la llamada.",
                                "Okay, that works for me, see you on Friday then."};
const char *const kClosings[] = {"Thanks, bye.", "Have a nice day.", "Talk to you soon.", "Thank you, goodbye.",
                                 "Appreciate it, bye now."};
const char *const kSentiments[] = {"positive", "neutral", "negative", "mixed"};
const char *const kActions[] = {"Call the customer back", "Send a corrected invoice", "Schedule a technician visit",
                                "Escalate to the billing team", "Confirm the appointment by SMS",
                                "Update the address on file", "No action needed"};
const char *const kUploadsTxt[] = {"notes", "call-notes", "Protokoll", "заметки", "メモ", "readme", "todo"};
const char *const kUploadsPng[] = {"logo", "screenshot", "Übersicht", "схема", "図", "signature", "badge"};
const char *const kUploadsPdf[] = {"contract-signed", "résumé", "報告書", "Angebot", "счёт-фактура",
                                   "price-list", "terms-and-conditions", "فاتورة"};

// UTC time in a QDateTime-style format of the tokens yyyy MM dd HH mm ss (a file name is
// made a million times when an index is built: no QDateTime, no locale).
QString stamp(qint64 ms, const char *format)
{
    const qint64 secs = ms >= 0 ? ms / 1000 : (ms - 999) / 1000;
    const qint64 days = secs >= 0 ? secs / 86400 : (secs - 86399) / 86400;
    const qint64 sod = secs - days * 86400;
    // Civil date from days since 1970-01-01 (H. Hinnant's algorithm).
    const qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const qint64 day = doy - (153 * mp + 2) / 5 + 1;
    const qint64 month = mp < 10 ? mp + 3 : mp - 9;
    const qint64 year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    const struct { const char *token; qint64 value; int width; } fields[] = {
        {"yyyy", year, 4}, {"MM", month, 2}, {"dd", day, 2}, {"HH", sod / 3600, 2}, {"mm", sod / 60 % 60, 2}, {"ss", sod % 60, 2}};
    char out[64];
    int len = 0;
    for (const char *f = format; *f && len < 48;) {
        bool matched = false;
        for (const auto &field : fields) {
            if (qstrncmp(f, field.token, uint(field.width)) == 0) {
                qint64 v = field.value;
                for (int k = field.width - 1; k >= 0; --k, v /= 10)
                    out[len + k] = char('0' + v % 10);
                len += field.width;
                f += field.width;
                matched = true;
                break;
            }
        }
        if (!matched)
            out[len++] = *f++;
    }
    return QString::fromLatin1(out, len);
}

} // namespace

QString SimText::accountName(int index) { return pick(kAccounts, quint64(index)); }
QString SimText::accountDomain(int index) { return pick(kDomains, quint64(index)); }
QString SimText::topCustomerName(quint64 h) { return pick(kTopCustomers, h); }
QString SimText::subCustomerName(quint64 h) { return pick(kSubCustomers, h); }

SimText::Person SimText::person(quint64 h)
{
    const quint64 f = h % std::size(kFirst);
    const quint64 l = (h >> 20) % std::size(kLast);
    return {QString::fromUtf8(kFirst[f]), QString::fromUtf8(kLast[l]),
            QString::fromUtf8(kFirstAscii[f]) + QLatin1Char('.') + QString::fromUtf8(kLastAscii[l])};
}

QString SimText::phoneNumber(quint64 h)
{
    static const char *const prefixes[] = {"+1", "+1", "+1", "+44", "+49", "+33", "+81", "+7", "+971", "+34"};
    const char *prefix = prefixes[h % std::size(prefixes)];
    const int digits = qstrcmp(prefix, "+1") == 0 ? 10 : 9;
    char n[24];
    int len = 0;
    while (*prefix)
        n[len++] = *prefix++;
    quint64 x = SimDataset::mix(h, 77);
    n[len++] = char('2' + x % 8);
    for (int d = 1; d < digits; ++d) {
        x = SimDataset::mix(x, quint64(d));
        n[len++] = char('0' + x % 10);
    }
    return QString::fromLatin1(n, len);
}

QString SimText::fileName(int type, int subKind, quint64 h, qint64 createdMs, const QString &peer)
{
    const int style = int(h % 10);
    switch (type) {
    case SimDataset::CallRecording:
        if (style == 0)
            return QStringLiteral("Запись разговора %1.wav").arg(stamp(createdMs, "yyyy-MM-dd HH-mm"));
        if (style == 1)
            return QStringLiteral("通話録音_%1.wav").arg(stamp(createdMs, "yyyyMMdd_HHmmss"));
        if (style == 2)
            return QStringLiteral("Anruf %1 %2.wav").arg(peer, stamp(createdMs, "dd.MM.yyyy"));
        return QStringLiteral("call-%1-%2.wav").arg(peer, stamp(createdMs, "yyyyMMdd-HHmmss"));
    case SimDataset::VoiceMessage:
        if (style == 0)
            return QStringLiteral("تسجيل صوتي %1.wav").arg(stamp(createdMs, "yyyy-MM-dd"));
        if (style == 1)
            return QStringLiteral("Sprachnachricht %1.wav").arg(stamp(createdMs, "yyyy-MM-dd HH-mm"));
        return QStringLiteral("voicemail-%1-%2.wav").arg(peer, stamp(createdMs, "yyyyMMdd-HHmmss"));
    case SimDataset::Fax:
        if (style == 0)
            return QStringLiteral("Факс %1.pdf").arg(stamp(createdMs, "yyyy-MM-dd"));
        return QStringLiteral("fax-%1-%2.pdf").arg(peer, stamp(createdMs, "yyyyMMdd-HHmmss"));
    case SimDataset::FaxOutgoing:
        return QStringLiteral("outgoing-fax-%1-%2.pdf").arg(peer, stamp(createdMs, "yyyyMMdd-HHmmss"));
    default:
        break;
    }
    const quint64 v = h >> 8;
    if (subKind == SimDataset::Text)
        return pick(kUploadsTxt, v) + QStringLiteral("-%1.txt").arg(v % 97);
    if (subKind == SimDataset::Png)
        return pick(kUploadsPng, v) + QStringLiteral("-%1.png").arg(v % 97);
    return pick(kUploadsPdf, v) + QStringLiteral("-%1.pdf").arg(v % 97);
}

// The vocabulary of transcriptions, in this order: greetings, names, topics, middles, closings,
// then the three connectors.
namespace {
enum : int {
    kGreetingBase = 0,
    kNameBase = kGreetingBase + int(std::size(kGreetings)),
    kTopicBase = kNameBase + int(std::size(kNames)),
    kMiddleBase = kTopicBase + int(std::size(kTopics)),
    kClosingBase = kMiddleBase + int(std::size(kMiddles)),
    kSpace = kClosingBase + int(std::size(kClosings)),
    kCallingAbout,
    kFullStop,
    kVocabularySize
};
} // namespace

const QStringList &SimText::transcriptionVocabulary()
{
    static const QStringList words = [] {
        QStringList w;
        for (const char *g : kGreetings)
            w << QString::fromUtf8(g);
        for (const char *n : kNames)
            w << QString::fromUtf8(n);
        for (const char *t : kTopics)
            w << QString::fromUtf8(t);
        for (const char *m : kMiddles)
            w << QString::fromUtf8(m);
        for (const char *c : kClosings)
            w << QString::fromUtf8(c);
        w << QStringLiteral(" ") << QStringLiteral(". I'm calling about ") << QStringLiteral(".");
        Q_ASSERT(w.size() == kVocabularySize);
        return w;
    }();
    return words;
}

int SimText::transcriptionPieces(quint64 h, int durationSec, quint8 *out)
{
    int n = 0;
    out[n++] = quint8(kGreetingBase + int(h % std::size(kGreetings)));
    out[n++] = kSpace;
    out[n++] = quint8(kNameBase + int((h >> 7) % std::size(kNames)));
    out[n++] = kCallingAbout;
    out[n++] = quint8(kTopicBase + int((h >> 13) % std::size(kTopics)));
    out[n++] = kFullStop;
    const int sentences = qBound(1, durationSec / 20, 8);
    quint64 x = h;
    for (int s = 0; s < sentences; ++s) {
        x = SimDataset::mix(x, quint64(s) + 11);
        out[n++] = kSpace;
        out[n++] = quint8(kMiddleBase + int(x % std::size(kMiddles)));
    }
    out[n++] = kSpace;
    out[n++] = quint8(kClosingBase + int((h >> 23) % std::size(kClosings)));
    return n;
}

QString SimText::transcriptionOpening(quint64 h)
{
    return pick(kGreetings, h) + QLatin1Char(' ') + pick(kNames, h >> 7) + QStringLiteral(". I'm calling about ")
        + pick(kTopics, h >> 13) + QStringLiteral(".");
}

// Made of its pieces, so that what SimTextIndex searches is exactly what is served.
QString SimText::transcription(quint64 h, int durationSec)
{
    quint8 pieces[kMaxTranscriptionPieces];
    const int n = transcriptionPieces(h, durationSec, pieces);
    const QStringList &words = transcriptionVocabulary();
    QString t;
    for (int k = 0; k < n; ++k)
        t += words.at(pieces[k]);
    return t;
}

QString SimText::aiTranscription(quint64 h, int durationSec)
{
    return QStringLiteral("Summary: The caller %1 got in touch about %2 (%3 s). Sentiment: %4. Next step: %5.")
        .arg(pick(kNames, h >> 7), pick(kTopics, h >> 13), QString::number(durationSec), pick(kSentiments, h >> 29),
             pick(kActions, h >> 33));
}

QByteArray SimText::plainText(quint64 h, int length)
{
    QByteArray out;
    out.reserve(length + 200);
    quint64 x = h;
    out += "Notes\n=====\n";
    while (out.size() < length) {
        x = SimDataset::mix(x, 5);
        out += QByteArray("- ") + kTopics[x % std::size(kTopics)] + ": " + kActions[(x >> 9) % std::size(kActions)] + ".\n";
    }
    out.truncate(length);
    if (length > 0)
        out[length - 1] = '\n';
    return out;
}
