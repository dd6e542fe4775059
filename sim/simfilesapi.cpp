#include "simfilesapi.h"

#include "simcontent.h"
#include "simdataset.h"
#include "simindex.h"
#include "simjson.h"
#include "simlistparams.h"
#include "simrequest.h"
#include "simscope.h"
#include "simstorageserver.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

#include <algorithm>
#include <functional>
#include <tuple>

namespace {
// AccountIds / CustomerIds: *mask = the named items (unknown ids match nothing) within the
// caller's scope mask (empty = everything); 403 naming the field for an item outside the scope.
std::optional<SimResponse> idFilter(const QString &value, const QString &field, const QString &kind, qsizetype count,
                                    const std::function<int(const QString &)> &indexOf, const std::function<bool(int)> &sees,
                                    const std::vector<char> &scopeMask, std::vector<char> *mask)
{
    const QStringList ids = SimListParams::list(value);
    if (!ids.isEmpty()) {
        mask->assign(size_t(count), 0);
        for (const QString &id : ids) {
            const int k = indexOf(id);
            if (k >= 0 && !sees(k)) {
                const QString message = QStringLiteral("No access to %1 %2").arg(kind, id);
                return SimResponse::error(403, QStringLiteral("Forbidden"), message, {{QStringLiteral("Forbidden"), field, message}});
            }
            if (k >= 0)
                (*mask)[size_t(k)] = 1;
        }
    }
    if (!scopeMask.empty()) {
        if (mask->empty())
            *mask = scopeMask;
        for (size_t k = 0; k < mask->size(); ++k)
            (*mask)[k] = (*mask)[k] && scopeMask[k];
    }
    return std::nullopt;
}
} // namespace

SimFilesApi::SimFilesApi(SimDataset &data, SimIndex &index, const SimStorageServer &storage)
    : m_data(data)
    , m_index(index)
    , m_storage(storage)
{
}

QString SimFilesApi::uri(quint32 file) const
{
    if (m_data.onStorage(file))
        return m_storage.signedUrl(file);
    return QStringLiteral("%1/files/%2/content").arg(m_apiBase, m_data.fileId(file));
}

SimResponse SimFilesApi::list(const SimRequest &r, int user)
{
    const SimScope scope(m_data, user);
    if (!scope.mayListFiles())
        return SimResponse::forbidden();
    SimIndex::Query q;
    // Filters.
    if (auto e = idFilter(r.param(QStringLiteral("accountids")), QStringLiteral("AccountIds"), QStringLiteral("account"),
                          m_data.accounts().size(), [&](const QString &id) { return m_data.accountIndex(id); },
                          [&](int a) { return scope.seesAccount(a); }, scope.accountMask(), &q.accounts))
        return *e;
    if (auto e = idFilter(r.param(QStringLiteral("customerids")), QStringLiteral("CustomerIds"), QStringLiteral("customer"),
                          m_data.customers().size(), [&](const QString &id) { return m_data.customerIndex(id); },
                          [&](int c) { return scope.seesCustomer(c); }, scope.customerMask(), &q.customers))
        return *e;
    const QString session = r.param(QStringLiteral("sessionid")).trimmed();
    if (!session.isEmpty())
        q.session = m_data.sessionIndex(session);
    const QString userId = r.param(QStringLiteral("userid")).trimmed();
    if (!userId.isEmpty())
        q.user = std::max(-1, m_data.userIndex(userId));
    q.fileName = r.param(QStringLiteral("filename"));
    q.contentType = r.param(QStringLiteral("contenttype"));
    q.transcription = r.param(QStringLiteral("transcriptioncontains"));
    const QString type = r.param(QStringLiteral("type")).trimmed();
    if (!type.isEmpty()) {
        const int t = SimDataset::typeFromName(type);
        if (t < 0)
            return SimResponse::badField(QStringLiteral("Type"),
                                         QStringLiteral("'%1' is not a FileTypes value (Upload, VoiceMessage, CallRecording, Fax, Attachment, FaxOutgoing)").arg(type),
                                         QStringLiteral("InvalidEnumValue"));
        q.typeMask = 1 << t;
    }
    for (const auto &[lower, field, target] : {std::make_tuple(QStringLiteral("datecreatedstart"), QStringLiteral("DateCreatedStart"), &q.dateStart),
                                               std::make_tuple(QStringLiteral("datecreatedend"), QStringLiteral("DateCreatedEnd"), &q.dateEnd)}) {
        const QString v = r.param(lower).trimmed();
        if (!v.isEmpty() && !SimListParams::parseDate(v, target))
            return SimResponse::badField(field, QStringLiteral("'%1' is not a valid ISO 8601 date").arg(v), QStringLiteral("InvalidDate"));
    }
    // Paging.
    SimListParams p;
    if (auto e = p.parse(r))
        return *e;
    if (!p.sortField.isEmpty()) {
        q.sortField = SimIndex::sortFieldIndex(p.sortField);
        if (q.sortField < 0)
            return SimResponse::badField(QStringLiteral("SortField"), QStringLiteral("Unknown sort field '%1'").arg(p.sortField),
                                         QStringLiteral("InvalidSortField"));
        q.descending = p.descending;
    } else if (p.hasSortOrder) {
        q.sortField = SimIndex::dateCreatedField();
        q.descending = p.descending;
    }
    if (p.hasSpecificIds) {
        q.hasSpecific = true;
        for (const QString &id : p.specificIds) {
            const qint64 f = m_data.fileIndex(id);
            if (f >= 0)
                q.specific.push_back(quint32(f));
        }
        std::sort(q.specific.begin(), q.specific.end());
        q.specific.erase(std::unique(q.specific.begin(), q.specific.end()), q.specific.end());
    }
    q.offset = p.all ? 0 : p.page * p.countPerPage;
    q.limit = p.all ? -1 : p.countPerPage;
    q.countTotal = !p.simplified;
    const SimIndex::Result res = m_index.run(q);
    // Each file's JSON is built once and kept (SimPageCache); the page splices the kept bytes.
    m_pageCache.validate({m_data.generation(), m_data.fileCount(), SimStorageServer::urlExpiry()});
    std::vector<QByteArray> built;  // files the cache could not keep (over its budget)
    built.reserve(res.items.size());
    std::vector<const QByteArray *> items;
    items.reserve(res.items.size());
    for (quint32 i : res.items) {
        const QByteArray *json = m_pageCache.find(i);
        if (!json) {
            const QByteArray fresh = QJsonDocument(SimJson::fileInfo(m_data, i, uri(i))).toJson(QJsonDocument::Compact);
            m_pageCache.store(i, fresh);
            json = m_pageCache.find(i);
            if (!json) {
                built.push_back(fresh);
                json = &built.back();
            }
        }
        items.push_back(json);
    }
    SimResponse page = SimResponse::json(SimListParams::listResponse(QJsonArray(), res.total, p.countPerPage, res.hasMore,
                                                                     p.simplified, p.all));
    page.body = SimPageCache::splice(page.body, items);
    return page;
}

std::optional<SimResponse> SimFilesApi::fileFor(int user, const QString &id, quint32 *file) const
{
    const SimScope scope(m_data, user);
    if (!scope.mayListFiles())
        return SimResponse::forbidden();
    const qint64 f = m_data.fileIndex(id);
    if (auto e = SimResponse::lookupError(f, f >= 0 && scope.seesFile(quint32(f)), QStringLiteral("File"), id))
        return e;
    *file = quint32(f);
    return std::nullopt;
}

SimResponse SimFilesApi::get(int user, const QString &id) const
{
    quint32 f = 0;
    if (auto e = fileFor(user, id, &f))
        return *e;
    return SimResponse::json(SimJson::fileInfo(m_data, f, uri(f)));
}

SimResponse SimFilesApi::patch(const SimRequest &r, int user, const QString &id)
{
    quint32 f = 0;
    if (auto e = fileFor(user, id, &f))
        return *e;
    const SimScope scope(m_data, user);
    int newCustomer = -1;
    int newUser = -1;
    const QString customerId = r.param(QStringLiteral("customerid")).trimmed();
    if (!customerId.isEmpty()) {
        newCustomer = m_data.customerIndex(customerId);
        if (newCustomer < 0)
            return SimResponse::badField(QStringLiteral("CustomerId"), QStringLiteral("Customer %1 not found").arg(customerId), QStringLiteral("NotFound"));
        if (!scope.seesCustomer(newCustomer))
            return SimResponse::forbidden(QStringLiteral("No access to customer %1").arg(customerId));
    }
    const QString userId = r.param(QStringLiteral("userid")).trimmed();
    if (!userId.isEmpty()) {
        newUser = m_data.userIndex(userId);
        if (newUser < 0)
            return SimResponse::badField(QStringLiteral("UserId"), QStringLiteral("User %1 not found").arg(userId), QStringLiteral("NotFound"));
    }
    const bool rename = r.has(QStringLiteral("filename"));
    const QString name = r.param(QStringLiteral("filename")).trimmed();
    if (rename && name.isEmpty())
        return SimResponse::badField(QStringLiteral("FileName"), QStringLiteral("FileName must not be empty"), QStringLiteral("NotEmpty"));
    m_index.updateFile(f, [&] {
        if (rename)
            m_data.setFileName(f, name);
        if (newCustomer >= 0)
            m_data.setCustomer(f, newCustomer);
        if (newUser >= 0)
            m_data.setUser(f, newUser);
        m_data.touch(f, std::max(QDateTime::currentMSecsSinceEpoch(), m_data.created(f)), user);
        m_data.bumpGeneration();
    });
    return SimResponse::json(SimJson::fileInfo(m_data, f, uri(f)));
}

SimResponse SimFilesApi::content(const SimRequest &r, int user, const QString &id) const
{
    quint32 f = 0;
    if (auto e = fileFor(user, id, &f))
        return *e;
    return SimContent::serve(m_data, f, r.header("range"), r.method == "HEAD");
}
