#include "filequery.h"

#include "isodate.h"

#include <QCoreApplication>
#include <QUrl>

namespace {

QByteArray enc(const QString &value)
{
    // '+' must be encoded: servers read a literal '+' in a query as a space.
    return QUrl::toPercentEncoding(value);
}

QByteArray encList(const QStringList &values)
{
    QByteArray out;
    for (const QString &v : values) {
        if (!out.isEmpty())
            out += ',';
        out += enc(v);
    }
    return out;
}

void add(QByteArray &q, const char *key, const QByteArray &encodedValue)
{
    if (!q.isEmpty())
        q += '&';
    q += key;
    q += '=';
    q += encodedValue;
}

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

QString tr(const char *text)
{
    return QCoreApplication::translate("FileQuery", text);
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
    QByteArray q;
    if (!accountIds.isEmpty())
        add(q, "AccountIds", encList(accountIds));
    if (!customerIds.isEmpty())
        add(q, "CustomerIds", encList(customerIds));
    if (!sessionId.isEmpty())
        add(q, "SessionId", enc(sessionId));
    if (!fileName.isEmpty())
        add(q, "FileName", enc(fileName));
    if (!contentType.isEmpty())
        add(q, "ContentType", enc(contentType));
    if (type && *type != FileType::Unknown)
        add(q, "Type", enc(fileTypeApiName(*type)));
    if (dateCreatedStart.isValid())
        add(q, "DateCreatedStart", enc(dateText(dateCreatedStart)));
    if (dateCreatedEnd.isValid())
        add(q, "DateCreatedEnd", enc(dateText(dateCreatedEnd)));
    if (!userId.isEmpty())
        add(q, "UserId", enc(userId));
    if (!transcriptionContains.isEmpty())
        add(q, "TranscriptionContains", enc(transcriptionContains));
    add(q, "Page", QByteArray::number(qMax(0, page)));
    if (all)
        add(q, "All", "true");
    add(q, "CountPerPage", QByteArray::number(countPerPage));
    if (!specificIds.isEmpty())
        add(q, "SpecificIds", encList(specificIds));
    if (!sortField.isEmpty())
        add(q, "SortField", enc(sortField));
    if (sortOrder != SortOrder::Unset)
        add(q, "SortOrder", sortOrder == SortOrder::Ascend ? "Ascend" : "Descend");
    if (simplifiedPaging)
        add(q, "SimplifiedPaging", "true");
    QUrlQuery result;
    result.setQuery(QString::fromLatin1(q));
    return result;
}

QString FileQuery::toText() const
{
    const FileQuery defaults;
    QByteArray q;
    if (type && *type != FileType::Unknown)
        add(q, "type", enc(fileTypeApiName(*type)));
    if (!accountIds.isEmpty())
        add(q, "accounts", encList(accountIds));
    if (!customerIds.isEmpty())
        add(q, "customers", encList(customerIds));
    if (!sessionId.isEmpty())
        add(q, "session", enc(sessionId));
    if (!fileName.isEmpty())
        add(q, "name", enc(fileName));
    if (!contentType.isEmpty())
        add(q, "contentType", enc(contentType));
    if (dateCreatedStart.isValid())
        add(q, "from", enc(dateText(dateCreatedStart)));
    if (dateCreatedEnd.isValid())
        add(q, "to", enc(dateText(dateCreatedEnd)));
    if (!userId.isEmpty())
        add(q, "agent", enc(userId));
    if (!transcriptionContains.isEmpty())
        add(q, "transcription", enc(transcriptionContains));
    if (!specificIds.isEmpty())
        add(q, "ids", encList(specificIds));
    if (!sortField.isEmpty())
        add(q, "sort", enc(sortField));
    if (sortOrder != SortOrder::Unset)
        add(q, "order", sortOrder == SortOrder::Ascend ? "asc" : "desc");
    if (page != defaults.page)
        add(q, "page", QByteArray::number(page));
    if (countPerPage != defaults.countPerPage)
        add(q, "pageSize", QByteArray::number(countPerPage));
    if (all)
        add(q, "all", "true");
    if (simplifiedPaging)
        add(q, "simplified", "true");
    return QString::fromLatin1(q);
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
