#include "simlistparams.h"

#include "simrequest.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

QStringList SimListParams::list(const QString &value)
{
    QStringList out;
    for (const QString &part : value.split(QLatin1Char(','))) {
        const QString t = part.trimmed();
        if (!t.isEmpty())
            out.append(t);
    }
    return out;
}

bool SimListParams::parseBool(const QString &value, bool *out)
{
    const QString v = value.trimmed().toLower();
    if (v == QLatin1String("true") || v == QLatin1String("1") || v.isEmpty())
        *out = true;
    else if (v == QLatin1String("false") || v == QLatin1String("0"))
        *out = false;
    else
        return false;
    return true;
}

bool SimListParams::parseDate(const QString &value, qint64 *msOut)
{
    QString v = value.trimmed();
    static const QRegularExpression msDate(QStringLiteral("^/?Date\\((-?\\d+)([+-]\\d{4})?\\)/?$"));
    const QRegularExpressionMatch m = msDate.match(v);
    if (m.hasMatch()) {
        *msOut = m.captured(1).toLongLong();
        return true;
    }
    // A '+' of an offset decoded as a space by form decoding: "10:11:12 02:00".
    static const QRegularExpression spaceOffset(QStringLiteral(" (\\d{2}:?\\d{2})$"));
    if (v.contains(QLatin1Char('T')))
        v.replace(spaceOffset, QStringLiteral("+\\1"));
    static const QRegularExpression longFraction(QStringLiteral("(\\.\\d{3})\\d+"));
    v.replace(longFraction, QStringLiteral("\\1"));
    QDateTime dt = QDateTime::fromString(v, Qt::ISODateWithMs);
    if (!dt.isValid())
        return false;
    if (dt.timeSpec() == Qt::LocalTime)
        dt = QDateTime(dt.date(), dt.time(), Qt::UTC);
    *msOut = dt.toMSecsSinceEpoch();
    return true;
}

std::optional<SimResponse> SimListParams::readBool(const SimRequest &r, const QString &lower, const QString &field, bool *out)
{
    if (r.has(lower) && !parseBool(r.param(lower), out))
        return SimResponse::badField(field, QStringLiteral("'%1' is not a valid boolean").arg(r.param(lower)));
    return std::nullopt;
}

std::optional<SimResponse> SimListParams::parse(const SimRequest &r)
{
    bool ok = true;
    if (r.has(QStringLiteral("page")) && !r.param(QStringLiteral("page")).trimmed().isEmpty()) {
        page = r.param(QStringLiteral("page")).trimmed().toLongLong(&ok);
        if (!ok || page < 0)
            return SimResponse::badField(QStringLiteral("Page"), QStringLiteral("Page must be a non-negative integer"));
    }
    if (r.has(QStringLiteral("countperpage")) && !r.param(QStringLiteral("countperpage")).trimmed().isEmpty()) {
        countPerPage = r.param(QStringLiteral("countperpage")).trimmed().toLongLong(&ok);
        if (!ok)
            return SimResponse::badField(QStringLiteral("CountPerPage"), QStringLiteral("CountPerPage must be an integer"));
        if (countPerPage <= 0)
            countPerPage = kDefaultCountPerPage;
        countPerPage = std::min<qint64>(countPerPage, kMaxCountPerPage);
    }
    if (auto e = readBool(r, QStringLiteral("all"), QStringLiteral("All"), &all))
        return e;
    if (auto e = readBool(r, QStringLiteral("simplifiedpaging"), QStringLiteral("SimplifiedPaging"), &simplified))
        return e;
    hasSpecificIds = r.has(QStringLiteral("specificids")) && !list(r.param(QStringLiteral("specificids"))).isEmpty();
    specificIds = list(r.param(QStringLiteral("specificids")));
    sortField = r.param(QStringLiteral("sortfield")).trimmed();
    const QString order = r.param(QStringLiteral("sortorder")).trimmed();
    if (!order.isEmpty()) {
        hasSortOrder = true;
        if (order.compare(QLatin1String("Ascend"), Qt::CaseInsensitive) == 0)
            descending = false;
        else if (order.compare(QLatin1String("Descend"), Qt::CaseInsensitive) == 0)
            descending = true;
        else
            return SimResponse::badField(QStringLiteral("SortOrder"), QStringLiteral("SortOrder must be Ascend or Descend"));
    }
    return std::nullopt;
}

QJsonObject SimListParams::listResponse(const QJsonArray &items, qint64 total, qint64 countPerPage, bool hasMore,
                                        bool simplified, bool all)
{
    const qint64 pages = simplified ? 0 : all ? (total > 0 ? 1 : 0) : (total + countPerPage - 1) / countPerPage;
    return QJsonObject{{QStringLiteral("items"), items},
                       {QStringLiteral("totalCount"), double(simplified ? 0 : total)},
                       {QStringLiteral("totalPages"), double(pages)},
                       {QStringLiteral("hasMorePages"), hasMore}};
}

SimResponse SimListParams::pageOf(QList<QJsonObject> items, const QStringList &sortable, const QString &defaultSort) const
{
    QString key = defaultSort;
    if (!sortField.isEmpty()) {
        const auto it = std::find_if(sortable.begin(), sortable.end(),
                                     [&](const QString &s) { return s.compare(sortField, Qt::CaseInsensitive) == 0; });
        if (it == sortable.end())
            return SimResponse::badField(QStringLiteral("SortField"), QStringLiteral("Unknown sort field '%1'").arg(sortField),
                                         QStringLiteral("InvalidSortField"));
        key = *it;
        key[0] = key[0].toLower();
    }
    if (hasSpecificIds) {
        items.erase(std::remove_if(items.begin(), items.end(),
                                   [&](const QJsonObject &o) { return !specificIds.contains(o.value(QStringLiteral("id")).toString(), Qt::CaseInsensitive); }),
                    items.end());
    }
    auto text = [&](const QJsonObject &o) {
        const QJsonValue v = o.value(key);
        if (v.isString())
            return v.toString().toCaseFolded();
        if (v.isDouble())
            return QString::number(v.toDouble(), 'f', 3).rightJustified(24, QLatin1Char('0'));
        if (v.isBool())
            return v.toBool() ? QStringLiteral("1") : QStringLiteral("0");
        if (v.isArray()) {
            QStringList parts;
            for (const QJsonValue &e : v.toArray())
                parts.append(e.isObject() ? e.toObject().value(QStringLiteral("name")).toString() : e.toVariant().toString());
            return parts.join(QLatin1Char('\x01')).toCaseFolded();
        }
        return QString();
    };
    std::stable_sort(items.begin(), items.end(), [&](const QJsonObject &a, const QJsonObject &b) { return text(a) < text(b); });
    if (descending)
        std::reverse(items.begin(), items.end());
    const qint64 total = items.size();
    const qint64 from = all ? 0 : page * countPerPage;
    const qint64 to = all ? total : std::min(total, from + countPerPage);
    QJsonArray out;
    for (qint64 k = from; k < to; ++k)
        out.append(items[int(k)]);
    return SimResponse::json(listResponse(out, total, countPerPage, to < total, simplified, all));
}
