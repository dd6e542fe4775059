#include "filequery.h"

#include "isodate.h"
#include "querystringbuilder.h"

#include <QCoreApplication>
#include <QUrl>

namespace {

QString dateText(const QDateTime &dt)
{
    return IsoDate::toIsoUtc(dt);
}

QStringList splitList(const QString &encoded)
{
    QStringList out;
    const QStringList parts = encoded.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &p : parts) {
        const QString v = QUrl::fromPercentEncoding(p.toUtf8()).trimmed();
        if (!v.isEmpty())
            out << v;
    }
    return out;
}

bool parseBool(const QString &v, bool *ok)
{
    const QString l = v.trimmed().toLower();
    *ok = true;
    if (l.isEmpty() || l == QLatin1String("true") || l == QLatin1String("1") || l == QLatin1String("yes"))
        return true;
    if (l == QLatin1String("false") || l == QLatin1String("0") || l == QLatin1String("no"))
        return false;
    *ok = false;
    return false;
}

} // namespace

QUrlQuery FileQuery::toApiQuery() const
{
    QueryStringBuilder q;
    if (!accountIds.isEmpty())
        q.addList("AccountIds", accountIds);
    if (!customerIds.isEmpty())
        q.addList("CustomerIds", customerIds);
    if (!sessionId.isEmpty())
        q.add("SessionId", sessionId);
    if (!fileName.isEmpty())
        q.add("FileName", fileName);
    if (!contentType.isEmpty())
        q.add("ContentType", contentType);
    if (type && *type != FileType::Unknown)
        q.add("Type", fileTypeApiName(*type));
    if (dateCreatedStart.isValid())
        q.add("DateCreatedStart", dateText(dateCreatedStart));
    if (dateCreatedEnd.isValid())
        q.add("DateCreatedEnd", dateText(dateCreatedEnd));
    if (!userId.isEmpty())
        q.add("UserId", userId);
    if (!transcriptionContains.isEmpty())
        q.add("TranscriptionContains", transcriptionContains);
    q.addEncoded("Page", QByteArray::number(qMax(0, page)));
    if (all)
        q.addEncoded("All", "true");
    q.addEncoded("CountPerPage", QByteArray::number(countPerPage));
    if (!specificIds.isEmpty())
        q.addList("SpecificIds", specificIds);
    if (!sortField.isEmpty())
        q.add("SortField", sortField);
    if (sortOrder != SortOrder::Unset)
        q.addEncoded("SortOrder", sortOrder == SortOrder::Ascend ? "Ascend" : "Descend");
    if (simplifiedPaging)
        q.addEncoded("SimplifiedPaging", "true");
    QUrlQuery result;
    result.setQuery(QString::fromLatin1(q.toByteArray()));
    return result;
}

QString FileQuery::toText() const
{
    const FileQuery defaults;
    QueryStringBuilder q;
    if (type && *type != FileType::Unknown)
        q.add("type", fileTypeApiName(*type));
    if (!accountIds.isEmpty())
        q.addList("accounts", accountIds);
    if (!customerIds.isEmpty())
        q.addList("customers", customerIds);
    if (!sessionId.isEmpty())
        q.add("session", sessionId);
    if (!fileName.isEmpty())
        q.add("name", fileName);
    if (!contentType.isEmpty())
        q.add("contentType", contentType);
    if (dateCreatedStart.isValid())
        q.add("from", dateText(dateCreatedStart));
    if (dateCreatedEnd.isValid())
        q.add("to", dateText(dateCreatedEnd));
    if (!userId.isEmpty())
        q.add("agent", userId);
    if (!transcriptionContains.isEmpty())
        q.add("transcription", transcriptionContains);
    if (!specificIds.isEmpty())
        q.addList("ids", specificIds);
    if (!sortField.isEmpty())
        q.add("sort", sortField);
    if (sortOrder != SortOrder::Unset)
        q.addEncoded("order", sortOrder == SortOrder::Ascend ? "asc" : "desc");
    if (page != defaults.page)
        q.addEncoded("page", QByteArray::number(page));
    if (countPerPage != defaults.countPerPage)
        q.addEncoded("pageSize", QByteArray::number(countPerPage));
    if (all)
        q.addEncoded("all", "true");
    if (simplifiedPaging)
        q.addEncoded("simplified", "true");
    return QString::fromLatin1(q.toByteArray());
}

std::optional<FileQuery> FileQuery::fromText(const QString &text, QString *error)
{
    FileQuery f;
    auto fail = [error](const QString &message) -> std::optional<FileQuery> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QString t = text.trimmed();
    if (t.startsWith(QLatin1Char('?')))
        t.remove(0, 1);
    const QStringList pairs = t.split(QLatin1Char('&'), Qt::SkipEmptyParts);
    for (const QString &pair : pairs) {
        const int eq = pair.indexOf(QLatin1Char('='));
        const QString rawKey = eq < 0 ? pair : pair.left(eq);
        const QString rawValue = eq < 0 ? QString() : pair.mid(eq + 1);
        const QString key = QUrl::fromPercentEncoding(rawKey.toUtf8()).trimmed().toLower();
        // '+' in a text form typed by hand means a space, as in any URL query.
        QString plusFixed = rawValue;
        plusFixed.replace(QLatin1Char('+'), QLatin1Char(' '));
        const QString value = QUrl::fromPercentEncoding(plusFixed.toUtf8());
        auto key_is = [&key](std::initializer_list<const char *> names) {
            for (const char *n : names)
                if (key == QLatin1String(n))
                    return true;
            return false;
        };
        auto parseInt = [&](const char *field, int min, int *out) -> bool {
            bool ok = false;
            const int v = value.trimmed().toInt(&ok);
            if (!ok || v < min) {
                if (error)
                    *error = tr("%1: \"%2\" is not a valid number.").arg(QLatin1String(field), value);
                return false;
            }
            *out = v;
            return true;
        };
        if (key_is({"accounts", "account", "accountids"})) {
            f.accountIds = splitList(plusFixed);
        } else if (key_is({"customers", "customer", "customerids"})) {
            f.customerIds = splitList(plusFixed);
        } else if (key_is({"session", "sessionid"})) {
            f.sessionId = value;
        } else if (key_is({"name", "filename"})) {
            f.fileName = value;
        } else if (key_is({"contenttype"})) {
            f.contentType = value;
        } else if (key_is({"type"})) {
            if (value.trimmed().isEmpty()) {
                f.type.reset();
                continue;
            }
            const FileType ft = fileTypeFromApiName(value);
            if (ft == FileType::Unknown)
                return fail(tr("type: \"%1\" is not a file type (Upload, VoiceMessage, CallRecording, Fax, "
                               "Attachment, FaxOutgoing).").arg(value));
            f.type = ft;
        } else if (key_is({"from", "datecreatedstart", "created-from"})) {
            const QDateTime dt = IsoDate::parseUserDate(value, false);
            if (!dt.isValid())
                return fail(tr("from: \"%1\" is not a date (use ISO 8601, e.g. 2026-11-28T08:00:00Z).").arg(value));
            f.dateCreatedStart = dt;
        } else if (key_is({"to", "datecreatedend", "created-to"})) {
            const QDateTime dt = IsoDate::parseUserDate(value, true);
            if (!dt.isValid())
                return fail(tr("to: \"%1\" is not a date (use ISO 8601, e.g. 2026-11-28T08:00:00Z).").arg(value));
            f.dateCreatedEnd = dt;
        } else if (key_is({"agent", "userid", "user"})) {
            f.userId = value;
        } else if (key_is({"transcription", "transcriptioncontains"})) {
            f.transcriptionContains = value;
        } else if (key_is({"ids", "id", "specificids"})) {
            f.specificIds = splitList(plusFixed);
        } else if (key_is({"sort", "sortfield"})) {
            const QString s = value.trimmed();
            if (!s.isEmpty()) {
                const FileField ff = fileFieldFromApiName(s);
                if (ff == FileField::Count || !fileFieldSortable(ff))
                    return fail(tr("sort: \"%1\" is not a sortable file field.").arg(value));
                f.sortField = fileFieldApiName(ff);
            } else {
                f.sortField.clear();
            }
        } else if (key_is({"order", "sortorder"})) {
            const QString o = value.trimmed().toLower();
            if (o.isEmpty())
                f.sortOrder = SortOrder::Unset;
            else if (o == QLatin1String("asc") || o == QLatin1String("ascend") || o == QLatin1String("ascending"))
                f.sortOrder = SortOrder::Ascend;
            else if (o == QLatin1String("desc") || o == QLatin1String("descend") || o == QLatin1String("descending"))
                f.sortOrder = SortOrder::Descend;
            else
                return fail(tr("order: \"%1\" is not asc or desc.").arg(value));
        } else if (key_is({"page"})) {
            if (!parseInt("page", 0, &f.page))
                return std::nullopt;
        } else if (key_is({"pagesize", "countperpage"})) {
            if (!parseInt("pageSize", 1, &f.countPerPage))
                return std::nullopt;
        } else if (key_is({"all"})) {
            bool ok = false;
            f.all = parseBool(value, &ok);
            if (!ok)
                return fail(tr("all: \"%1\" is not true or false.").arg(value));
        } else if (key_is({"simplified", "simplifiedpaging"})) {
            bool ok = false;
            f.simplifiedPaging = parseBool(value, &ok);
            if (!ok)
                return fail(tr("simplified: \"%1\" is not true or false.").arg(value));
        } else {
            return fail(tr("%1: unknown query field.").arg(key.isEmpty() ? pair : key));
        }
    }
    return f;
}

int FileQuery::activeFilterCount() const
{
    int n = 0;
    n += !accountIds.isEmpty();
    n += !customerIds.isEmpty();
    n += !sessionId.isEmpty();
    n += !fileName.isEmpty();
    n += !contentType.isEmpty();
    n += (type.has_value() && *type != FileType::Unknown);
    n += dateCreatedStart.isValid();
    n += dateCreatedEnd.isValid();
    n += !userId.isEmpty();
    n += !transcriptionContains.isEmpty();
    return n;
}

bool FileQuery::sameFilters(const FileQuery &o) const
{
    return accountIds == o.accountIds && customerIds == o.customerIds && sessionId == o.sessionId
        && fileName == o.fileName && contentType == o.contentType && type == o.type
        && dateCreatedStart == o.dateCreatedStart && dateCreatedEnd == o.dateCreatedEnd
        && userId == o.userId && transcriptionContains == o.transcriptionContains;
}

bool FileQuery::operator==(const FileQuery &o) const
{
    return sameFilters(o) && page == o.page && all == o.all && countPerPage == o.countPerPage
        && specificIds == o.specificIds && sortField == o.sortField && sortOrder == o.sortOrder
        && simplifiedPaging == o.simplifiedPaging;
}
