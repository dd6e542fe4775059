#include "benchdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QStringList>

namespace {

const QStringList kAccounts = {QStringLiteral("Acme Telecom"), QStringLiteral("Müller & Söhne GmbH"),
                               QStringLiteral("東京コールセンター"), QStringLiteral("Служба поддержки"),
                               QStringLiteral("Nordic Voice AB"), QStringLiteral("Café São Paulo")};
const QStringList kFirst = {QStringLiteral("Anna"), QStringLiteral("José"), QStringLiteral("Zoë"), QStringLiteral("Łukasz"),
                            QStringLiteral("美咲"), QStringLiteral("Дмитрий"), QStringLiteral("Fatima"), QStringLiteral("Liam")};
const QStringList kLast = {QStringLiteral("Smith"), QStringLiteral("García"), QStringLiteral("Øster"), QStringLiteral("佐藤"),
                           QStringLiteral("Иванов"), QStringLiteral("Nguyễn")};
const QStringList kTypes = {QStringLiteral("CallRecording"), QStringLiteral("VoiceMessage"), QStringLiteral("Fax"),
                            QStringLiteral("Upload"), QStringLiteral("Attachment"), QStringLiteral("FaxOutgoing")};
const QStringList kWords = {QStringLiteral("hello"), QStringLiteral("thank"), QStringLiteral("you"), QStringLiteral("for"),
                            QStringLiteral("calling"), QStringLiteral("refund"), QStringLiteral("order"), QStringLiteral("number"),
                            QStringLiteral("please"), QStringLiteral("hold"), QStringLiteral("invoice"), QStringLiteral("größe"),
                            QStringLiteral("доставка"), QStringLiteral("予約"), QStringLiteral("account"), QStringLiteral("the")};

QString hex(QRandomGenerator &r, int n)
{
    static const char digits[] = "0123456789abcdef";
    QString s(n, QLatin1Char('0'));
    for (int i = 0; i < n; ++i)
        s[i] = QLatin1Char(digits[r.bounded(16)]);
    return s;
}

QString phone(QRandomGenerator &r)
{
    return QStringLiteral("+1%1").arg(r.bounded(200000000, 999999999)) + QString::number(r.bounded(10));
}

} // namespace

QByteArray BenchData::page(int rows, int seed)
{
    QRandomGenerator r(quint32(seed) * 7919u + 1);
    QJsonArray items;
    const qint64 base = 1764316800000;
    for (int i = 0; i < rows; ++i) {
        const int account = r.bounded(int(kAccounts.size()));
        const int customer = r.bounded(120);
        const int agent = r.bounded(40);
        const QString type = kTypes[r.bounded(10) < 6 ? 0 : r.bounded(int(kTypes.size()))];
        const bool audio = type == QLatin1String("CallRecording") || type == QLatin1String("VoiceMessage");
        const QString agentName = kFirst[agent % kFirst.size()] + QLatin1Char(' ') + kLast[agent % kLast.size()];
        const QString customerName = QStringLiteral("%1 – Kunde %2").arg(kAccounts[account]).arg(customer);
        const QDateTime created = QDateTime::fromMSecsSinceEpoch(base - qint64(r.bounded(90 * 86400)) * 1000, Qt::UTC);
        QJsonObject o;
        o.insert(QStringLiteral("id"), hex(r, 24));
        o.insert(QStringLiteral("dateCreated"), created.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz0000Z")));
        o.insert(QStringLiteral("dateLastModified"), created.addSecs(60).toString(Qt::ISODate));
        o.insert(QStringLiteral("createdBy"), QStringLiteral("user-%1").arg(agent));
        o.insert(QStringLiteral("lastModifiedBy"), QStringLiteral("user-%1").arg(agent));
        o.insert(QStringLiteral("type"), type);
        o.insert(QStringLiteral("accountId"), QStringLiteral("acct-%1").arg(account));
        o.insert(QStringLiteral("accountName"), kAccounts[account]);
        o.insert(QStringLiteral("customerId"), QStringLiteral("cust-%1-%2").arg(account).arg(customer));
        o.insert(QStringLiteral("customerName"), customerName);
        o.insert(QStringLiteral("customerBreadcrumb"),
                 QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("top-%1").arg(account)},
                                        {QStringLiteral("name"), kAccounts[account]}},
                            QJsonObject{{QStringLiteral("id"), QStringLiteral("cust-%1-%2").arg(account).arg(customer)},
                                        {QStringLiteral("name"), customerName}}});
        o.insert(QStringLiteral("userId"), QStringLiteral("user-%1").arg(agent));
        o.insert(QStringLiteral("userName"), agentName);
        o.insert(QStringLiteral("fileName"), QStringLiteral("%1 %2 %3.%4")
                     .arg(audio ? QStringLiteral("Anruf") : QStringLiteral("Dokument"), agentName,
                          created.toString(QStringLiteral("yyyyMMdd-HHmm")), audio ? QStringLiteral("wav") : QStringLiteral("pdf")));
        o.insert(QStringLiteral("uri"), QStringLiteral("https://storage.evovoice.example/files/%1?sig=%2").arg(hex(r, 24), hex(r, 32)));
        o.insert(QStringLiteral("contentType"), audio ? QStringLiteral("audio/wav") : QStringLiteral("application/pdf"));
        o.insert(QStringLiteral("contentLength"), r.bounded(20000, 5000000));
        if (audio) {
            o.insert(QStringLiteral("recordingSid"), QStringLiteral("RE") + hex(r, 32));
            o.insert(QStringLiteral("recordingDuration"), r.bounded(5, 1800));
            o.insert(QStringLiteral("recordingFrom"), phone(r));
            QStringList words;
            const int n = r.bounded(20, 120);
            for (int w = 0; w < n; ++w)
                words << kWords[r.bounded(int(kWords.size()))];
            o.insert(QStringLiteral("transcription"), words.join(QLatin1Char(' ')));
            o.insert(QStringLiteral("aiTranscription"), r.bounded(4) == 0 ? QJsonValue(words.mid(0, 20).join(QLatin1Char(' ')))
                                                                         : QJsonValue(QJsonValue::Null));
        } else {
            o.insert(QStringLiteral("recordingSid"), QJsonValue::Null);
            o.insert(QStringLiteral("transcription"), QJsonValue::Null);
        }
        o.insert(QStringLiteral("fromAddress"), phone(r));
        o.insert(QStringLiteral("toAddress"), phone(r));
        items.append(o);
    }
    QJsonObject top{{QStringLiteral("items"), items}, {QStringLiteral("totalCount"), rows * 10},
                    {QStringLiteral("totalPages"), 10}, {QStringLiteral("hasMorePages"), true}};
    return QJsonDocument(top).toJson(QJsonDocument::Compact);
}
