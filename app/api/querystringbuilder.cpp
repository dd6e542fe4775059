#include "querystringbuilder.h"

#include <QUrl>

void QueryStringBuilder::addEncoded(const char *key, const QByteArray &encodedValue)
{
    if (!m_query.isEmpty())
        m_query += '&';
    m_query += key;
    m_query += '=';
    m_query += encodedValue;
}

QByteArray QueryStringBuilder::encode(const QString &value)
{
    // '+' must be encoded: servers read a literal '+' in a query as a space.
    return QUrl::toPercentEncoding(value);
}

QByteArray QueryStringBuilder::encodeList(const QStringList &values)
{
    QByteArray out;
    for (const QString &v : values) {
        if (!out.isEmpty())
            out += ',';
        out += encode(v);
    }
    return out;
}
