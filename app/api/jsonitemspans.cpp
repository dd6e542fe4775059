#include "jsonitemspans.h"

#include <strings.h>

namespace {

class Scanner
{
public:
    explicit Scanner(const QByteArray &json)
        : m_begin(json.constData())
        , m_at(m_begin)
        , m_end(m_begin + json.size())
    {
    }

    qsizetype offset() const { return m_at - m_begin; }
    bool atEnd() const { return m_at >= m_end; }
    char peek() const { return m_at < m_end ? *m_at : '\0'; }

    void skipWhitespace()
    {
        while (m_at < m_end && (*m_at == ' ' || *m_at == '\t' || *m_at == '\n' || *m_at == '\r'))
            ++m_at;
    }

    bool take(char c)
    {
        skipWhitespace();
        if (peek() != c)
            return false;
        ++m_at;
        return true;
    }

    // A string at the current position; *content is its raw text between the quotes.
    bool string(const char **content, qsizetype *length)
    {
        if (peek() != '"')
            return false;
        const char *start = ++m_at;
        while (m_at < m_end && *m_at != '"') {
            if (*m_at == '\\' && m_at + 1 < m_end)
                ++m_at;
            ++m_at;
        }
        if (m_at >= m_end)
            return false;
        *content = start;
        *length = m_at - start;
        ++m_at;
        return true;
    }

    // Any value at the current position (after whitespace).
    bool value()
    {
        skipWhitespace();
        const char c = peek();
        if (c == '"') {
            const char *s = nullptr;
            qsizetype n = 0;
            return string(&s, &n);
        }
        if (c == '{' || c == '[') {
            int depth = 0;
            while (m_at < m_end) {
                const char d = *m_at;
                if (d == '"') {
                    const char *s = nullptr;
                    qsizetype n = 0;
                    if (!string(&s, &n))
                        return false;
                    continue;
                }
                ++m_at;
                if (d == '{' || d == '[')
                    ++depth;
                else if ((d == '}' || d == ']') && --depth == 0)
                    return true;
            }
            return false;
        }
        const char *start = m_at;
        while (m_at < m_end && *m_at != ',' && *m_at != '}' && *m_at != ']' && *m_at != ' ' && *m_at != '\t'
               && *m_at != '\n' && *m_at != '\r')
            ++m_at;
        return m_at > start;
    }

    // The elements of the array at the current position; the spans of its objects.
    bool array(QList<RawSpan> *spans)
    {
        if (!take('['))
            return false;
        if (take(']'))
            return true;
        do {
            skipWhitespace();
            const qsizetype start = offset();
            const bool object = peek() == '{';
            if (!value())
                return false;
            if (object)
                spans->append({start, offset() - start});
        } while (take(','));
        return take(']');
    }

private:
    const char *m_begin;
    const char *m_at;
    const char *m_end;
};

} // namespace

bool JsonItemSpans::find(const QByteArray &json, QList<RawSpan> *spans)
{
    spans->clear();
    Scanner s(json);
    if (!s.take('{'))
        return false;
    if (s.take('}'))
        return true;
    do {
        s.skipWhitespace();
        const char *key = nullptr;
        qsizetype keyLength = 0;
        if (!s.string(&key, &keyLength) || !s.take(':'))
            return false;
        s.skipWhitespace();
        if (keyLength == 5 && strncasecmp(key, "items", 5) == 0 && s.peek() == '[') {
            QList<RawSpan> found;
            if (!s.array(&found))
                return false;
            *spans = std::move(found);
        } else if (!s.value()) {
            return false;
        }
    } while (s.take(','));
    return s.take('}');
}
