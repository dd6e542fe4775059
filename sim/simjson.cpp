#include "simjson.h"

#include "simdataset.h"

#include <QJsonArray>

namespace {
void put(QJsonObject &o, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(key, value);
}

QJsonObject billingItem(double base, double unit, int allowance)
{
    return QJsonObject{{QStringLiteral("baseCost"), base}, {QStringLiteral("rawUnitMultiplier"), 1.0},
                       {QStringLiteral("unitCost"), unit}, {QStringLiteral("allowance"), allowance}};
}
} // namespace

QJsonObject SimJson::fileInfo(const SimDataset &d, quint32 i, const QString &uri)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), d.fileId(i));
    o.insert(QStringLiteral("dateCreated"), SimDataset::isoDate(d.created(i)));
    o.insert(QStringLiteral("dateLastModified"), SimDataset::isoDate(d.modified(i)));
    o.insert(QStringLiteral("createdBy"), d.userRefId(d.createdBy(i)));
    o.insert(QStringLiteral("lastModifiedBy"), d.userRefId(d.modifiedBy(i)));
    o.insert(QStringLiteral("type"), SimDataset::typeName(d.type(i)));
    const SimDataset::Customer &c = d.customers()[d.customer(i)];
    const SimDataset::Account &a = d.accounts()[c.account];
    o.insert(QStringLiteral("accountId"), a.id);
    o.insert(QStringLiteral("accountName"), a.name);
    o.insert(QStringLiteral("customerId"), c.id);
    o.insert(QStringLiteral("customerName"), c.name);
    QJsonArray crumbs;
    for (int k : c.path)
        crumbs.append(QJsonObject{{QStringLiteral("id"), d.customers()[k].id}, {QStringLiteral("name"), d.customers()[k].name}});
    o.insert(QStringLiteral("customerBreadcrumb"), crumbs);
    if (d.user(i) >= 0) {
        o.insert(QStringLiteral("userId"), d.users()[d.user(i)].id);
        o.insert(QStringLiteral("userName"), d.users()[d.user(i)].name());
    }
    o.insert(QStringLiteral("fileName"), d.fileName(i));
    o.insert(QStringLiteral("uri"), uri);
    o.insert(QStringLiteral("contentType"), d.contentType(i));
    o.insert(QStringLiteral("contentLength"), double(d.contentLength(i)));
    put(o, QStringLiteral("recordingSid"), d.recordingSid(i));
    o.insert(QStringLiteral("recordingDuration"), d.duration(i));
    if (d.isAudio(i))
        put(o, QStringLiteral("recordingFrom"), d.fromAddress(i));
    put(o, QStringLiteral("transcription"), d.transcription(i));
    put(o, QStringLiteral("fromAddress"), d.fromAddress(i));
    put(o, QStringLiteral("toAddress"), d.toAddress(i));
    put(o, QStringLiteral("aiTranscription"), d.aiTranscription(i));
    return o;
}

QJsonObject SimJson::account(const SimDataset &d, int index)
{
    const SimDataset::Account &a = d.accounts()[index];
    const quint64 h = SimDataset::mix(d.seed(), 0xACC7, quint64(index));
    QJsonObject billing{{QStringLiteral("base"), billingItem(49.0, 0, 0)},
                        {QStringLiteral("localNumbers"), billingItem(0, 1.5, 5)},
                        {QStringLiteral("tollFreeNumbers"), billingItem(0, 3.0, 1)},
                        {QStringLiteral("inboundVoiceCalls"), billingItem(0, 0.012, 1000)},
                        {QStringLiteral("outboundVoiceCalls"), billingItem(0, 0.018, 500)},
                        {QStringLiteral("inboundFaxes"), billingItem(0, 0.05, 100)},
                        {QStringLiteral("outboundFaxes"), billingItem(0, 0.07, 100)},
                        {QStringLiteral("inboundSmsMessages"), billingItem(0, 0.0075, 1000)},
                        {QStringLiteral("outboundSmsMessages"), billingItem(0, 0.0079, 1000)},
                        {QStringLiteral("aiInsights"), billingItem(0, 0.02, 200)},
                        {QStringLiteral("aiLiveMinutes"), billingItem(0, 0.06, 60)},
                        {QStringLiteral("aiMessages"), billingItem(0, 0.01, 500)}};
    return QJsonObject{{QStringLiteral("id"), a.id},
                       {QStringLiteral("dateCreated"), SimDataset::isoDate(a.created)},
                       {QStringLiteral("dateLastModified"), SimDataset::isoDate(a.created)},
                       {QStringLiteral("createdBy"), QStringLiteral("system")},
                       {QStringLiteral("lastModifiedBy"), QStringLiteral("system")},
                       {QStringLiteral("name"), a.name},
                       {QStringLiteral("twilioAccountSid"), QStringLiteral("AC%1").arg(h, 32, 16, QLatin1Char('0'))},
                       {QStringLiteral("ancestorIds"), QJsonArray()},
                       {QStringLiteral("maxPhoneNumbers"), 25 + int(h % 4) * 25},
                       {QStringLiteral("isBYOA"), h % 3 == 0},
                       {QStringLiteral("billingSettings"), billing}};
}

QJsonObject SimJson::customer(const SimDataset &d, int index)
{
    const SimDataset::Customer &c = d.customers()[index];
    QJsonArray crumbs;
    for (int k : c.path)
        crumbs.append(QJsonObject{{QStringLiteral("id"), d.customers()[k].id}, {QStringLiteral("name"), d.customers()[k].name}});
    QJsonObject o{{QStringLiteral("id"), c.id},
                  {QStringLiteral("dateCreated"), SimDataset::isoDate(c.created)},
                  {QStringLiteral("dateLastModified"), SimDataset::isoDate(c.created)},
                  {QStringLiteral("createdBy"), QStringLiteral("system")},
                  {QStringLiteral("lastModifiedBy"), QStringLiteral("system")},
                  {QStringLiteral("accountId"), d.accounts()[c.account].id},
                  {QStringLiteral("accountName"), d.accounts()[c.account].name},
                  {QStringLiteral("breadcrumb"), crumbs},
                  {QStringLiteral("name"), c.name},
                  {QStringLiteral("referenceId"), c.referenceId},
                  {QStringLiteral("isStaging"), c.staging}};
    if (c.parent >= 0)
        o.insert(QStringLiteral("parentCustomerId"), d.customers()[c.parent].id);
    return o;
}

QJsonObject SimJson::user(const SimDataset &d, int index)
{
    const SimDataset::User &u = d.users()[index];
    QJsonArray accountIds;
    QJsonArray accountNames;
    for (int a : u.accounts) {
        accountIds.append(d.accounts()[a].id);
        accountNames.append(d.accounts()[a].name);
    }
    QJsonArray dashboard;
    const bool customer = u.role == QLatin1String("Customer");
    for (const char *p : {"ViewFiles", "ViewNotifications", "ViewSessions", "ViewEndpoints", "ViewReports", "ViewCustomers",
                          "ViewFlows", "ViewCallCenter"}) {
        if (!customer || QByteArray(p) == "ViewFiles" || QByteArray(p) == "ViewSessions" || QByteArray(p) == "ViewNotifications")
            dashboard.append(QString::fromLatin1(p));
    }
    const QString access = u.role == QLatin1String("SystemAdministrator") || u.role == QLatin1String("Manager")
        ? QStringLiteral("ReadWriteDelete")
        : customer ? QStringLiteral("ReadWrite") : QStringLiteral("ReadOnly");
    QJsonObject o{{QStringLiteral("id"), u.id},
                  {QStringLiteral("isAuthenticated"), true},
                  {QStringLiteral("firstName"), u.firstName},
                  {QStringLiteral("lastName"), u.lastName},
                  {QStringLiteral("name"), u.name()},
                  {QStringLiteral("emailAddress"), u.email},
                  {QStringLiteral("roles"), QJsonArray{u.role}},
                  {QStringLiteral("accountIds"), accountIds},
                  {QStringLiteral("accountNames"), accountNames},
                  {QStringLiteral("managerAccess"), access},
                  {QStringLiteral("dashboardPermissions"), dashboard}};
    if (u.customer >= 0)
        o.insert(QStringLiteral("customerId"), d.customers()[u.customer].id);
    return o;
}
