// GET /files and the lookups: every filter, paging, sorting, roles, errors, PATCH, determinism.
#include "simtestclient.h"

#include <QJsonArray>
#include <QSet>
#include <QtTest>

#include <functional>

class TstSimFiles final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void filters();
    void dateFilters();
    void paging();
    void simplifiedPaging();
    void sorting();
    void errors();
    void roles();
    void lookups();
    void patch();
    void determinism();

private:
    QSet<QString> ids(const QJsonArray &items) const;
    QSet<QString> localIds(const std::function<bool(const QJsonObject &)> &keep) const;
    void checkFilter(const QString &query, const std::function<bool(const QJsonObject &)> &keep);

    SimProcess m_sim;
    SimTestClient m_admin{m_sim};
    QJsonArray m_all;
};

void TstSimFiles::initTestCase()
{
    QVERIFY2(m_sim.start({QStringLiteral("--files"), QStringLiteral("1500"), QStringLiteral("--seed"), QStringLiteral("7")}),
             qPrintable(m_sim.errorString()));
    QVERIFY(m_admin.signIn());
    const QJsonObject all = m_admin.getObject(QStringLiteral("/files?All=true"));
    m_all = all.value(QStringLiteral("items")).toArray();
    QCOMPARE(m_all.size(), 1500);
    QCOMPARE(all.value(QStringLiteral("totalCount")).toInt(), 1500);
}

QSet<QString> TstSimFiles::ids(const QJsonArray &items) const
{
    QSet<QString> out;
    for (const QJsonValue &v : items)
        out.insert(v.toObject().value(QStringLiteral("id")).toString());
    return out;
}

QSet<QString> TstSimFiles::localIds(const std::function<bool(const QJsonObject &)> &keep) const
{
    QSet<QString> out;
    for (const QJsonValue &v : m_all) {
        if (keep(v.toObject()))
            out.insert(v.toObject().value(QStringLiteral("id")).toString());
    }
    return out;
}

void TstSimFiles::checkFilter(const QString &query, const std::function<bool(const QJsonObject &)> &keep)
{
    const QSet<QString> expected = localIds(keep);
    QVERIFY2(!expected.isEmpty(), qPrintable(query));
    QVERIFY2(expected.size() < m_all.size(), qPrintable(query));
    const QSet<QString> got = ids(m_admin.items(QStringLiteral("/files?All=true&") + query));
    QVERIFY2(got == expected, qPrintable(QStringLiteral("%1: got %2 expected %3").arg(query).arg(got.size()).arg(expected.size())));
}

void TstSimFiles::filters()
{
    const QJsonObject f = m_all.at(3).toObject();
    auto str = [](const QJsonObject &o, const char *k) { return o.value(QLatin1String(k)).toString(); };
    const QString a1 = str(f, "accountId");
    QString a2;
    for (const QJsonValue &v : m_all) {
        if (str(v.toObject(), "accountId") != a1) {
            a2 = str(v.toObject(), "accountId");
            break;
        }
    }
    checkFilter(QStringLiteral("accountIds=%1").arg(a1), [&](const QJsonObject &o) { return str(o, "accountId") == a1; });
    checkFilter(QStringLiteral("AccountIds=%1,%2").arg(a1, a2),
                [&](const QJsonObject &o) { return str(o, "accountId") == a1 || str(o, "accountId") == a2; });
    const QString c = str(f, "customerId");
    checkFilter(QStringLiteral("CUSTOMERIDS=%1").arg(c), [&](const QJsonObject &o) { return str(o, "customerId") == c; });
    const QString u = str(m_all.at(5).toObject(), "userId");
    checkFilter(QStringLiteral("userId=%1").arg(u), [&](const QJsonObject &o) { return str(o, "userId") == u; });
    checkFilter(QStringLiteral("fileName=CALL-"), [&](const QJsonObject &o) { return str(o, "fileName").contains(QLatin1String("call-"), Qt::CaseInsensitive); });
    checkFilter(QStringLiteral("contentType=PDF"), [&](const QJsonObject &o) { return str(o, "contentType").contains(QLatin1String("pdf")); });
    checkFilter(QStringLiteral("transcriptionContains=INVOICE"),
                [&](const QJsonObject &o) { return str(o, "transcription").contains(QLatin1String("invoice"), Qt::CaseInsensitive); });
    for (const QString &type : {QStringLiteral("Upload"), QStringLiteral("VoiceMessage"), QStringLiteral("CallRecording"),
                               QStringLiteral("Fax"), QStringLiteral("Attachment"), QStringLiteral("FaxOutgoing")}) {
        checkFilter(QStringLiteral("type=%1").arg(type.toLower()), [&](const QJsonObject &o) { return str(o, "type") == type; });
    }
    // Session: several files may share one; the id is internal (see the control route).
    QString shared;
    for (const QJsonValue &v : m_all) {
        const SimProcess::RawReply r = m_sim.raw("GET", m_sim.url(QStringLiteral("/__sim/file-session?id=") + str(v.toObject(), "id")));
        shared = QJsonDocument::fromJson(r.body).object().value(QStringLiteral("sessionId")).toString();
        if (!shared.isEmpty() && m_admin.items(QStringLiteral("/files?sessionId=") + shared).size() > 1)
            break;
    }
    QVERIFY(!shared.isEmpty());
    const QJsonArray session = m_admin.items(QStringLiteral("/files?sessionId=") + shared);
    QVERIFY(session.size() >= 1 && session.size() <= 3);
    QCOMPARE(m_admin.items(QStringLiteral("/files?sessionId=000000000000000000000000")).size(), 0);
    // Filters combine.
    checkFilter(QStringLiteral("accountIds=%1&type=CallRecording&fileName=wav").arg(a1), [&](const QJsonObject &o) {
        return str(o, "accountId") == a1 && str(o, "type") == QLatin1String("CallRecording") && str(o, "fileName").contains(QLatin1String("wav"));
    });
}

void TstSimFiles::dateFilters()
{
    // Inclusive on both ends, with and without offset/fraction.
    const QString start = m_all.at(900).toObject().value(QStringLiteral("dateCreated")).toString();
    const QString end = m_all.at(300).toObject().value(QStringLiteral("dateCreated")).toString();
    auto inRange = [&](const QJsonObject &o) {
        const QString d = o.value(QStringLiteral("dateCreated")).toString();
        return d >= start && d <= end;
    };
    checkFilter(QStringLiteral("dateCreatedStart=%1&dateCreatedEnd=%2").arg(start, end), inRange);
    const QSet<QString> got = ids(m_admin.items(QStringLiteral("/files?All=true&dateCreatedStart=%1&dateCreatedEnd=%2").arg(start, end)));
    QVERIFY(got.contains(m_all.at(900).toObject().value(QStringLiteral("id")).toString()));
    QVERIFY(got.contains(m_all.at(300).toObject().value(QStringLiteral("id")).toString()));
    const QDateTime s = QDateTime::fromString(start, Qt::ISODateWithMs);
    const QString withOffset = QString::fromLatin1(QUrl::toPercentEncoding(s.toOffsetFromUtc(7200).toString(Qt::ISODateWithMs)));
    checkFilter(QStringLiteral("dateCreatedStart=%1").arg(withOffset),
                [&](const QJsonObject &o) { return o.value(QStringLiteral("dateCreated")).toString() >= start; });
    const QString noFraction = s.addSecs(1).toString(Qt::ISODate);
    checkFilter(QStringLiteral("dateCreatedEnd=%1").arg(noFraction), [&](const QJsonObject &o) {
        return QDateTime::fromString(o.value(QStringLiteral("dateCreated")).toString(), Qt::ISODateWithMs) <= s.addSecs(1);
    });
}

void TstSimFiles::paging()
{
    // Default order: dateCreated descending; zero-based pages.
    QJsonArray all = m_all;
    for (int k = 1; k < all.size(); ++k)
        QVERIFY(all[k - 1].toObject().value(QStringLiteral("dateCreated")).toString() >= all[k].toObject().value(QStringLiteral("dateCreated")).toString());
    const QJsonObject p0 = m_admin.getObject(QStringLiteral("/files?countPerPage=50"));
    const QJsonObject p1 = m_admin.getObject(QStringLiteral("/files?countPerPage=50&page=1"));
    QCOMPARE(p0.value(QStringLiteral("totalCount")).toInt(), 1500);
    QCOMPARE(p0.value(QStringLiteral("totalPages")).toInt(), 30);
    QCOMPARE(p0.value(QStringLiteral("items")).toArray(), QJsonArray::fromVariantList(all.toVariantList().mid(0, 50)));
    QCOMPARE(p1.value(QStringLiteral("items")).toArray(), QJsonArray::fromVariantList(all.toVariantList().mid(50, 50)));
    QCOMPARE(m_admin.items(QStringLiteral("/files")).size(), 25); // default CountPerPage
    QCOMPARE(m_admin.items(QStringLiteral("/files?countPerPage=5000")).size(), 1000); // cap
    const QJsonObject last = m_admin.getObject(QStringLiteral("/files?countPerPage=1000&page=1"));
    QCOMPARE(last.value(QStringLiteral("items")).toArray().size(), 500);
    QCOMPARE(last.value(QStringLiteral("hasMorePages")).toBool(), false);
    QCOMPARE(m_admin.items(QStringLiteral("/files?countPerPage=10&page=500")).size(), 0);
    const QStringList pick = {all[7].toObject().value(QStringLiteral("id")).toString(), all[70].toObject().value(QStringLiteral("id")).toString(),
                              all[700].toObject().value(QStringLiteral("id")).toString()};
    QCOMPARE(ids(m_admin.items(QStringLiteral("/files?specificIds=") + pick.join(QLatin1Char(',')))), QSet<QString>(pick.begin(), pick.end()));
}

void TstSimFiles::simplifiedPaging()
{
    const QJsonObject p = m_admin.getObject(QStringLiteral("/files?countPerPage=100&simplifiedPaging=true"));
    QCOMPARE(p.value(QStringLiteral("items")).toArray().size(), 100);
    QCOMPARE(p.value(QStringLiteral("totalCount")).toInt(), 0);
    QCOMPARE(p.value(QStringLiteral("totalPages")).toInt(), 0);
    QCOMPARE(p.value(QStringLiteral("hasMorePages")).toBool(), true);
    const QJsonObject last = m_admin.getObject(QStringLiteral("/files?countPerPage=100&page=14&simplifiedPaging=true"));
    QCOMPARE(last.value(QStringLiteral("items")).toArray().size(), 100);
    QCOMPARE(last.value(QStringLiteral("hasMorePages")).toBool(), false);
    const QJsonObject past = m_admin.getObject(QStringLiteral("/files?countPerPage=100&page=15&simplifiedPaging=true"));
    QCOMPARE(past.value(QStringLiteral("items")).toArray().size(), 0);
    QCOMPARE(past.value(QStringLiteral("hasMorePages")).toBool(), false);
}

void TstSimFiles::sorting()
{
    const QStringList fields = {"Id", "DateCreated", "DateLastModified", "CreatedBy", "LastModifiedBy", "Type", "AccountId",
                                "AccountName", "CustomerId", "CustomerName", "CustomerBreadcrumb", "UserId", "UserName",
                                "FileName", "Uri", "ContentType", "ContentLength", "RecordingSid", "RecordingDuration",
                                "RecordingFrom", "Transcription", "FromAddress", "ToAddress", "AITranscription"};
    for (const QString &field : fields) {
        QString key = field;
        key[0] = key[0].toLower();
        if (field == QLatin1String("AITranscription"))
            key = QStringLiteral("aiTranscription");
        auto sortKey = [&](const QJsonObject &o) -> QString {
            const QJsonValue v = o.value(key);
            if (v.isDouble())
                return QString::number(v.toDouble(), 'f', 0).rightJustified(20, QLatin1Char('0'));
            if (v.isArray()) {
                QStringList names;
                for (const QJsonValue &c : v.toArray())
                    names.append(c.toObject().value(QStringLiteral("name")).toString());
                return names.join(QLatin1Char('\x01')).toCaseFolded();
            }
            QString s = v.toString();
            if (field.endsWith(QLatin1String("Transcription")))
                s = s.left(48);
            return s.toCaseFolded();
        };
        for (const QString &order : {QStringLiteral("Ascend"), QStringLiteral("Descend")}) {
            const QJsonArray items = m_admin.items(QStringLiteral("/files?All=true&sortField=%1&sortOrder=%2").arg(field.toLower(), order));
            QCOMPARE(items.size(), m_all.size());
            for (int k = 1; k < items.size(); ++k) {
                const QString a = sortKey(items[k - 1].toObject());
                const QString b = sortKey(items[k].toObject());
                QVERIFY2(order == QLatin1String("Ascend") ? a <= b : a >= b,
                         qPrintable(QStringLiteral("%1 %2 at %3: '%4' vs '%5'").arg(field, order).arg(k).arg(a, b)));
            }
        }
    }
}

void TstSimFiles::errors()
{
    const QList<QPair<QString, QString>> bad = {{"type=Bogus", "Type"}, {"dateCreatedStart=yesterday", "DateCreatedStart"},
                                                {"dateCreatedEnd=2026-13-45", "DateCreatedEnd"}, {"sortField=Nope", "SortField"},
                                                {"page=abc", "Page"}, {"countPerPage=x", "CountPerPage"}, {"sortOrder=up", "SortOrder"},
                                                {"all=maybe", "All"}};
    for (const auto &[query, field] : bad) {
        const SimProcess::RawReply r = m_admin.raw(QStringLiteral("/files?") + query);
        QCOMPARE(r.status, 400);
        QCOMPARE(SimTestClient::errorField(r.body), field);
    }
    const SimProcess::RawReply unauth = m_sim.raw("GET", m_sim.url(QStringLiteral("/files")));
    QCOMPARE(unauth.status, 401);
    QVERIFY(SimTestClient::hasResponseStatus(unauth.body));
    const SimProcess::RawReply missing = m_admin.raw(QStringLiteral("/files/0123456789abcdef01234567"));
    QCOMPARE(missing.status, 404);
    QVERIFY(SimTestClient::hasResponseStatus(missing.body));
    QCOMPARE(m_admin.raw(QStringLiteral("/nothing-here")).status, 404);
    const SimProcess::RawReply wrong = m_sim.raw("POST", m_sim.url(QStringLiteral("/auth/credentials")),
                                                 R"({"userName":"admin@example.com","password":"nope"})");
    QCOMPARE(wrong.status, 401);
    QVERIFY(SimTestClient::hasResponseStatus(wrong.body));
}

void TstSimFiles::roles()
{
    SimTestClient manager(m_sim);
    QVERIFY(manager.signIn(QStringLiteral("manager@example.com")));
    const QJsonObject me = manager.getObject(QStringLiteral("/auth/status"));
    QStringList accounts;
    for (const QJsonValue &v : me.value(QStringLiteral("accountIds")).toArray())
        accounts.append(v.toString());
    QCOMPARE(accounts.size(), 2);
    const QSet<QString> mine = ids(manager.items(QStringLiteral("/files?All=true")));
    QCOMPARE(mine, localIds([&](const QJsonObject &o) { return accounts.contains(o.value(QStringLiteral("accountId")).toString()); }));
    QString foreign;
    for (const QJsonValue &v : m_all) {
        if (!accounts.contains(v.toObject().value(QStringLiteral("accountId")).toString())) {
            foreign = v.toObject().value(QStringLiteral("accountId")).toString();
            break;
        }
    }
    QCOMPARE(manager.raw(QStringLiteral("/files?accountIds=") + foreign).status, 403);
    QCOMPARE(manager.getObject(QStringLiteral("/accounts")).value(QStringLiteral("totalCount")).toInt(), 2);
    QCOMPARE(manager.raw(QStringLiteral("/users")).status, 200);

    SimTestClient customer(m_sim);
    QVERIFY(customer.signIn(QStringLiteral("customer@example.com")));
    const QString root = customer.getObject(QStringLiteral("/auth/status")).value(QStringLiteral("customerId")).toString();
    QVERIFY(!root.isEmpty());
    auto inSubtree = [&](const QJsonObject &o) {
        for (const QJsonValue &c : o.value(QStringLiteral("customerBreadcrumb")).toArray()) {
            if (c.toObject().value(QStringLiteral("id")).toString() == root)
                return true;
        }
        return false;
    };
    QCOMPARE(ids(customer.items(QStringLiteral("/files?All=true"))), localIds(inSubtree));
    const SimProcess::RawReply users = customer.raw(QStringLiteral("/users"));
    QCOMPARE(users.status, 403);
    QVERIFY(SimTestClient::hasResponseStatus(users.body));
    for (const QJsonValue &v : customer.items(QStringLiteral("/customers?All=true")))
        QVERIFY(v.toObject().value(QStringLiteral("breadcrumb")).toArray().first().toObject().value(QStringLiteral("id")).toString() == root);
    SimTestClient agent(m_sim);
    const QString agentEmail = m_admin.items(QStringLiteral("/users?emailFilter=%40&All=true")).last().toObject().value(QStringLiteral("emailAddress")).toString();
    QVERIFY(agent.signIn(agentEmail));
    QCOMPARE(agent.raw(QStringLiteral("/files")).status, 403);
}

void TstSimFiles::lookups()
{
    const QJsonArray customers = m_admin.items(QStringLiteral("/customers?All=true"));
    int maxDepth = 0;
    for (const QJsonValue &v : customers)
        maxDepth = std::max(maxDepth, int(v.toObject().value(QStringLiteral("breadcrumb")).toArray().size()));
    QCOMPARE(maxDepth, 4);
    const QJsonObject top = customers.first().toObject();
    QVERIFY(top.contains(QStringLiteral("accountName")) && top.contains(QStringLiteral("referenceId")) && top.contains(QStringLiteral("isStaging")));
    const QJsonArray roots = m_admin.items(QStringLiteral("/customers?shallowParent=true&All=true"));
    for (const QJsonValue &v : roots)
        QVERIFY(!v.toObject().contains(QStringLiteral("parentCustomerId")));
    QCOMPARE(m_admin.getObject(QStringLiteral("/accounts?nameFilter=contoso")).value(QStringLiteral("totalCount")).toInt(), 1);
    const QJsonObject users = m_admin.getObject(QStringLiteral("/users?emailFilter=MANAGER"));
    QCOMPARE(users.value(QStringLiteral("totalCount")).toInt(), 1);
    QCOMPARE(users.value(QStringLiteral("items")).toArray().first().toObject().value(QStringLiteral("roles")).toArray().first().toString(),
             QStringLiteral("Manager"));
}

void TstSimFiles::patch()
{
    const QString id = m_all.at(10).toObject().value(QStringLiteral("id")).toString();
    const QString user = m_all.at(11).toObject().value(QStringLiteral("userId")).toString();
    const SimProcess::RawReply r = m_admin.raw(QStringLiteral("/files/%1?fileName=%2&userId=%3").arg(id, QStringLiteral("Umbenannt%20%C3%BC.wav"), user), "PATCH");
    QCOMPARE(r.status, 200);
    const QJsonObject got = m_admin.getObject(QStringLiteral("/files/") + id);
    QCOMPARE(got.value(QStringLiteral("fileName")).toString(), QStringLiteral("Umbenannt ü.wav"));
    QCOMPARE(got.value(QStringLiteral("userId")).toString(), user);
    QVERIFY(got.value(QStringLiteral("dateLastModified")).toString() > m_all.at(10).toObject().value(QStringLiteral("dateLastModified")).toString());
    QCOMPARE(m_admin.items(QStringLiteral("/files?fileName=umbenannt")).size(), 1);
    QCOMPARE(m_admin.raw(QStringLiteral("/files/") + id, "PATCH", {}, R"({"fileName":"json body.wav"})").status, 200);
    QCOMPARE(m_admin.getObject(QStringLiteral("/files/") + id).value(QStringLiteral("fileName")).toString(), QStringLiteral("json body.wav"));
    QCOMPARE(m_admin.raw(QStringLiteral("/files/0123456789abcdef01234567?fileName=x"), "PATCH").status, 404);
    // Another customer and a name that sorts first: every sort permutation moves the file in place.
    const QString customer = m_all.at(900).toObject().value(QStringLiteral("customerId")).toString();
    QCOMPARE(m_admin.raw(QStringLiteral("/files/%1?fileName=AAA%20first.wav&customerId=%2").arg(id, customer), "PATCH").status, 200);
    QCOMPARE(m_admin.items(QStringLiteral("/files?sortField=FileName&countPerPage=1")).first().toObject().value(QStringLiteral("id")).toString(), id);
    QCOMPARE(m_admin.items(QStringLiteral("/files?customerIds=%1&All=true").arg(customer)).size(),
             localIds([&](const QJsonObject &o) { return o.value(QStringLiteral("customerId")).toString() == customer; }).size() + 1);
    sorting();
}

void TstSimFiles::determinism()
{
    SimProcess again;
    QVERIFY(again.start({QStringLiteral("--files"), QStringLiteral("300"), QStringLiteral("--seed"), QStringLiteral("7")}));
    SimProcess other;
    QVERIFY(other.start({QStringLiteral("--files"), QStringLiteral("300"), QStringLiteral("--seed"), QStringLiteral("8")}));
    SimProcess third;
    QVERIFY(third.start({QStringLiteral("--files"), QStringLiteral("300"), QStringLiteral("--seed"), QStringLiteral("7")}));
    auto strip = [](SimProcess &p) {
        SimTestClient c(p);
        c.signIn();
        QJsonArray out;
        for (const QJsonValue &v : c.items(QStringLiteral("/files?All=true"))) {
            QJsonObject o = v.toObject();
            o.remove(QStringLiteral("uri"));
            out.append(o);
        }
        return out;
    };
    const QJsonArray a = strip(again);
    QCOMPARE(a.size(), 300);
    QCOMPARE(a, strip(third));
    QVERIFY(a != strip(other));
}

QTEST_GUILESS_MAIN(TstSimFiles)
#include "tst_simfiles.moc"
