#include "consolelink.h"

#include <QHostAddress>
#include <QUrl>

namespace {
const QLatin1String kScheme("evovoice");
const QLatin1String kHost("open");
const QLatin1String kServerKey("server");
const QLatin1String kFileKey("file");

bool hasControlCharacters(const QString &text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0) || u == 0x2028 || u == 0x2029)
            return true;
    }
    return false;
}

bool isLoopback(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool validFileId(const QString &id)
{
    if (id.isEmpty() || id.size() > ConsoleLink::kMaxFileIdLength)
        return false;
    for (const QChar c : id) {
        const char16_t u = c.unicode();
        const bool ok = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '-'
            || u == '_' || u == '.';
        if (!ok)
            return false;
    }
    return true;
}

QString decoded(const QString &raw)
{
    return QUrl::fromPercentEncoding(raw.toUtf8());
}
} // namespace

QString ConsoleLink::normalizedServer(const QString &server, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return QString();
    };
    QString s = server.trimmed();
    if (s.isEmpty())
        return fail(tr("The link names no server."));
    if (!s.contains(QLatin1String("://")))
        s.prepend(QLatin1String("https://"));
    const QUrl url(s, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty())
        return fail(tr("The link's server \u201c%1\u201d is not a valid address.").arg(server));
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return fail(tr("The link's server must be an https address, not \u201c%1\u201d.").arg(url.scheme()));
    if (!url.userInfo().isEmpty())
        return fail(tr("The link's server address must not contain a user name or password."));
    if (url.hasQuery() || url.hasFragment() || (!url.path().isEmpty() && url.path() != QLatin1String("/")))
        return fail(tr("The link's server must be an address without a path: \u201c%1\u201d.").arg(server));
    if (scheme == QLatin1String("http") && !isLoopback(url.host()))
        return fail(tr("The link's server uses plain http; only https is accepted for %1.").arg(url.host()));
    QUrl out;
    out.setScheme(scheme);
    out.setHost(url.host().toLower());
    out.setPort(url.port());
    return out.toString();
}

bool ConsoleLink::sameServer(const QString &otherServer) const
{
    if (server.isEmpty())
        return true;
    return normalizedServer(otherServer).compare(server, Qt::CaseInsensitive) == 0;
}

QString ConsoleLink::toUrl() const
{
    QString out = kScheme + QLatin1String("://") + kHost;
    QStringList items;
    if (!server.isEmpty())
        items << kServerKey + QLatin1Char('=') + QString::fromLatin1(QUrl::toPercentEncoding(server));
    if (!fileId.isEmpty())
        items << kFileKey + QLatin1Char('=') + QString::fromLatin1(QUrl::toPercentEncoding(fileId));
    const QString filter = query.toText();
    if (!filter.isEmpty())
        items << filter;
    if (!items.isEmpty())
        out += QLatin1Char('?') + items.join(QLatin1Char('&'));
    return out;
}

bool ConsoleLink::looksLikeLink(const QString &argument)
{
    const QString a = argument.trimmed();
    if (a.isEmpty() || a.startsWith(QLatin1Char('-')))
        return false;
    return a.startsWith(kScheme + QLatin1Char(':'), Qt::CaseInsensitive) || a.contains(QLatin1Char('='));
}

std::optional<ConsoleLink> ConsoleLink::parse(const QString &text, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<ConsoleLink> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QString t = text.trimmed();
    if (t.isEmpty())
        return fail(tr("The link is empty."));
    if (t.size() > kMaxLength)
        return fail(tr("The link is too long (%1 characters; at most %2).").arg(t.size()).arg(kMaxLength));
    if (hasControlCharacters(t))
        return fail(tr("The link contains control characters."));

    ConsoleLink link;
    QString filterText = t;
    if (t.startsWith(kScheme + QLatin1Char(':'), Qt::CaseInsensitive)) {
        const QUrl url(t, QUrl::StrictMode);
        if (!url.isValid())
            return fail(tr("The link is not a valid evovoice: address."));
        const QString path = url.path();
        const bool rightPlace = (url.host().isEmpty() || url.host().compare(kHost, Qt::CaseInsensitive) == 0)
            && (path.isEmpty() || path == QLatin1String("/") || path.compare(kHost, Qt::CaseInsensitive) == 0);
        if (!rightPlace || !url.userInfo().isEmpty() || url.port() != -1)
            return fail(tr("The link is not an evovoice://open address."));
        QStringList rest;
        bool haveServer = false;
        bool haveFile = false;
        const QStringList pairs = url.query(QUrl::FullyEncoded).split(QLatin1Char('&'), Qt::SkipEmptyParts);
        for (const QString &pair : pairs) {
            const int eq = pair.indexOf(QLatin1Char('='));
            const QString key = decoded(eq < 0 ? pair : pair.left(eq)).trimmed().toLower();
            const QString value = eq < 0 ? QString() : decoded(pair.mid(eq + 1));
            if (key == kServerKey) {
                if (haveServer)
                    return fail(tr("The link names more than one server."));
                haveServer = true;
                QString why;
                link.server = normalizedServer(value, &why);
                if (link.server.isEmpty())
                    return fail(why);
            } else if (key == kFileKey) {
                if (haveFile)
                    return fail(tr("The link names more than one file."));
                haveFile = true;
                if (!validFileId(value.trimmed()))
                    return fail(tr("The link's file id \u201c%1\u201d is not a valid id.").arg(value.left(kMaxFileIdLength)));
                link.fileId = value.trimmed();
            } else {
                rest << pair;
            }
        }
        filterText = rest.join(QLatin1Char('&'));
    } else if (t.contains(QLatin1String("://"))) {
        return fail(tr("This is not an EvoVoice link: it should start with evovoice: or be a filter's text form."));
    }
    QString why;
    const std::optional<FileQuery> query = FileQuery::fromText(filterText, &why);
    if (!query)
        return fail(tr("The link's filter is not valid: %1").arg(why));
    link.query = *query;
    return link;
}
