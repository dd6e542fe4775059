#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// Builds a percent-encoded URL query ("a=1&b=x%20y&ids=1,2") in the order the pairs are added.
// Values are encoded with QUrl::toPercentEncoding, so '+' and ',' inside a value stay literal;
// a list is its encoded items joined by ','.
class QueryStringBuilder final
{
public:
    void add(const char *key, const QString &value) { addEncoded(key, encode(value)); }
    void addList(const char *key, const QStringList &values) { addEncoded(key, encodeList(values)); }
    // For a value that is already encoded (numbers, fixed words).
    void addEncoded(const char *key, const QByteArray &encodedValue);

    bool isEmpty() const { return m_query.isEmpty(); }
    QByteArray toByteArray() const { return m_query; }

    static QByteArray encode(const QString &value);
    static QByteArray encodeList(const QStringList &values);

private:
    QByteArray m_query;
};
