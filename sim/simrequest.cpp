#include "simrequest.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace {
QByteArray methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get: return "GET";
    case QHttpServerRequest::Method::Put: return "PUT";
    case QHttpServerRequest::Method::Delete: return "DELETE";
    case QHttpServerRequest::Method::Post: return "POST";
    case QHttpServerRequest::Method::Head: return "HEAD";
    case QHttpServerRequest::Method::Options: return "OPTIONS";
    case QHttpServerRequest::Method::Patch: return "PATCH";
    case QHttpServerRequest::Method::Connect: return "CONNECT";
    case QHttpServerRequest::Method::Trace: return "TRACE";
    default: return "UNKNOWN";
    }
}

QString scalar(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    if (v.isString())
        return v.toString();
    return {};
}
} // namespace

QHash<QString, QString> SimRequest::parseForm(const QByteArray &text)
{
    QHash<QString, QString> out;
    for (const QByteArray &pair : text.split('&')) {
        if (pair.isEmpty())
            continue;
        const int eq = pair.indexOf('=');
        QByteArray k = eq < 0 ? pair : pair.left(eq);
        QByteArray v = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        k.replace('+', ' ');
        v.replace('+', ' ');
        out.insert(QUrl::fromPercentEncoding(k).trimmed().toLower(), QUrl::fromPercentEncoding(v));
    }
    return out;
}

SimRequest SimRequest::fromHttp(const QHttpServerRequest &request, const QString &origin)
{
    SimRequest r;
    r.origin = origin;
    r.method = methodName(request.method());
    r.path = request.url().path();
    r.rawQuery = request.url().query(QUrl::FullyEncoded);
    for (const auto &h : request.headers()) {
        const QByteArray name = h.first.toLower();
        bool merged = false;
        for (auto &e : r.headers) {
            if (e.first == name) {
                e.second += (name == "cookie" ? "; " : ", ") + h.second;
                merged = true;
            }
        }
        if (!merged)
            r.headers.append({name, h.second});
    }
    for (const QByteArray &c : r.header("cookie").split(';')) {
        const int eq = c.indexOf('=');
        if (eq > 0)
            r.cookies.insert(QString::fromUtf8(c.left(eq).trimmed()), QString::fromUtf8(c.mid(eq + 1).trimmed()));
    }
    r.body = request.body();
    r.params = parseForm(r.rawQuery.toUtf8());
    const QByteArray type = r.header("content-type").toLower();
    QHash<QString, QString> bodyParams;
    if (type.contains("application/x-www-form-urlencoded")) {
        bodyParams = parseForm(r.body);
    } else if (!r.body.trimmed().isEmpty() && (type.isEmpty() || type.contains("json"))) {
        const QJsonObject o = QJsonDocument::fromJson(r.body).object();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it->isArray()) {
                QStringList parts;
                for (const QJsonValue &v : it->toArray())
                    parts.append(scalar(v));
                bodyParams.insert(it.key().toLower(), parts.join(QLatin1Char(',')));
            } else if (!it->isNull() && !it->isUndefined()) {
                bodyParams.insert(it.key().toLower(), scalar(*it));
            }
        }
    }
    for (auto it = bodyParams.begin(); it != bodyParams.end(); ++it) {
        if (!r.params.contains(it.key()))
            r.params.insert(it.key(), it.value());
    }
    return r;
}

QByteArray SimRequest::header(const QByteArray &lowerName) const
{
    for (const auto &h : headers) {
        if (h.first == lowerName)
            return h.second;
    }
    return {};
}
