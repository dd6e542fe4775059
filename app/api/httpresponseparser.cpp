#include "httpresponseparser.h"

#include <cstring>

namespace {

constexpr qsizetype kMaxChunkLine = 1024;
constexpr qint64 kMaxBodyLength = qint64(1) << 62;

bool isTokenChar(char c)
{
    if (c >= '0' && c <= '9')
        return true;
    if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')
        return true;
    return std::strchr("!#$%&'*+-.^_`|~", c) != nullptr && c != '\0';
}

bool parseDecimal(const QByteArray &text, qint64 *value)
{
    if (text.isEmpty() || text.size() > 19)
        return false;
    qint64 v = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + (c - '0');
    }
    if (v > kMaxBodyLength)
        return false;
    *value = v;
    return true;
}

// The comma-separated tokens of a header value, trimmed and lower-cased.
QList<QByteArray> tokens(const QByteArray &value)
{
    QList<QByteArray> out;
    for (const QByteArray &part : value.split(','))
        out.append(part.trimmed().toLower());
    return out;
}

} // namespace

void HttpResponseParser::reset()
{
    *this = HttpResponseParser();
}

void HttpResponseParser::fail(const QString &why)
{
    m_state = State::Failed;
    m_keepAlive = false;
    m_error = why;
    m_head.clear();
}

void HttpResponseParser::finish()
{
    m_state = State::Done;
    m_head.clear();
}

QByteArray HttpResponseParser::header(const QByteArray &name, const char *separator) const
{
    QByteArray value;
    bool found = false;
    for (const auto &h : m_headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) != 0)
            continue;
        if (found)
            value += separator;
        value += h.second;
        found = true;
    }
    return value;
}

qsizetype HttpResponseParser::feed(const char *data, qsizetype size, QByteArray *body)
{
    qsizetype used = 0;
    while (used < size && (m_state == State::Head || m_state == State::Body)) {
        const char *p = data + used;
        const qsizetype left = size - used;
        if (m_state == State::Head) {
            used += feedHead(p, left);
            continue;
        }
        switch (m_framing) {
        case Framing::Length: {
            const qsizetype n = qsizetype(qMin<qint64>(m_remaining, left));
            body->append(p, n);
            used += n;
            consumedBody(n);
            break;
        }
        case Framing::UntilClose:
            body->append(p, left);
            used = size;
            break;
        case Framing::Chunked:
            used += feedChunked(p, left, body);
            break;
        case Framing::None:
            finish();
            break;
        }
    }
    return used;
}

void HttpResponseParser::consumedBody(qint64 n)
{
    if (m_state != State::Body || m_framing != Framing::Length)
        return;
    m_remaining -= qMin(n, m_remaining);
    if (m_remaining == 0)
        finish();
}

void HttpResponseParser::endOfInput()
{
    if (m_state == State::Body && m_framing == Framing::UntilClose) {
        finish();
        return;
    }
    if (m_state == State::Head || m_state == State::Body)
        fail(m_state == State::Head && m_head.isEmpty() && m_status == 0
                 ? tr("The server closed the connection without an answer.")
                 : tr("The server closed the connection before the answer was complete."));
}

qsizetype HttpResponseParser::feedHead(const char *data, qsizetype size)
{
    // A head (its final empty line included) is at most kMaxHeadBytes, so no more is looked at.
    const qsizetype before = m_head.size();
    m_head.append(data, qMin(size, kMaxHeadBytes - before));
    // The head ends at the first empty line ("\r\n\r\n", or a bare "\n\n").
    qsizetype from = qMax<qsizetype>(0, before - 3);
    qsizetype end = -1;
    for (qsizetype i = m_head.indexOf('\n', from); i >= 0; i = m_head.indexOf('\n', i + 1)) {
        if (i >= 1 && m_head.at(i - 1) == '\n') {
            end = i + 1;
            break;
        }
        if (i >= 2 && m_head.at(i - 1) == '\r' && m_head.at(i - 2) == '\n') {
            end = i + 1;
            break;
        }
    }
    if (end < 0) {
        if (m_head.size() >= kMaxHeadBytes)
            fail(tr("The server's answer has an oversized header."));
        return size;
    }
    const qsizetype consumed = end - before;
    m_head.truncate(end);
    parseHead();
    return consumed;
}

bool HttpResponseParser::parseStatusLine(const QByteArray &line)
{
    // HTTP/1.x SP 3DIGIT [SP reason]
    if (line.size() < 12 || !line.startsWith("HTTP/1.") || line.at(8) != ' ')
        return false;
    if (line.at(7) != '0' && line.at(7) != '1')
        return false;
    m_http10 = line.at(7) == '0';
    int status = 0;
    for (int i = 9; i < 12; ++i) {
        const char c = line.at(i);
        if (c < '0' || c > '9')
            return false;
        status = status * 10 + (c - '0');
    }
    if (status < 100 || (line.size() > 12 && line.at(12) != ' '))
        return false;
    m_status = status;
    m_reason = line.mid(13);
    return true;
}

bool HttpResponseParser::parseHead()
{
    const QList<QByteArray> lines = m_head.split('\n');
    m_head.clear();
    m_headers.clear();
    bool first = true;
    for (QByteArray line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (first) {
            first = false;
            if (!parseStatusLine(line)) {
                fail(tr("The server's answer is not HTTP."));
                return false;
            }
            continue;
        }
        if (line.isEmpty())
            continue;  // the final empty line(s)
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || m_headers.size() >= kMaxHeaders) {
            fail(tr("The server's answer has a malformed header."));
            return false;
        }
        const QByteArray name = line.left(colon);
        for (char c : name) {
            if (!isTokenChar(c)) {
                fail(tr("The server's answer has a malformed header."));
                return false;
            }
        }
        m_headers.append({name, line.mid(colon + 1).trimmed()});
    }
    if (m_status < 200) {
        if (m_status == 101) {
            fail(tr("The server switched protocols unasked."));
            return false;
        }
        // 100 Continue, 103 Early Hints...: the real answer follows.
        m_status = 0;
        m_reason.clear();
        m_headers.clear();
        return true;
    }

    const QList<QByteArray> connection = tokens(header("Connection"));
    m_keepAlive = m_http10 ? connection.contains("keep-alive") : !connection.contains("close");
    m_state = State::Body;

    const QByteArray te = header("Transfer-Encoding");
    if (!te.isEmpty()) {
        const QList<QByteArray> codings = tokens(te);
        if (codings.last() != "chunked" || codings.size() > 1) {
            fail(tr("The server sent a transfer coding that was not asked for (%1).").arg(QString::fromLatin1(te)));
            return false;
        }
        m_framing = Framing::Chunked;
        m_chunkState = ChunkState::Size;
        return true;
    }
    const QByteArray cl = header("Content-Length");
    if (!cl.isEmpty()) {
        qint64 length = -1;
        for (const QByteArray &part : cl.split(',')) {
            qint64 v = 0;
            if (!parseDecimal(part.trimmed(), &v) || (length >= 0 && v != length)) {
                fail(tr("The server's answer has an invalid Content-Length."));
                return false;
            }
            length = v;
        }
        m_contentLength = length;
    }
    if (m_status == 204 || m_status == 304) {
        m_framing = Framing::None;
        finish();
    } else if (m_contentLength >= 0) {
        m_framing = Framing::Length;
        m_remaining = m_contentLength;
        if (m_remaining == 0)
            finish();
    } else {
        m_framing = Framing::UntilClose;
        m_keepAlive = false;
    }
    return true;
}

bool HttpResponseParser::parseChunkSize(const QByteArray &line)
{
    QByteArray digits = line;
    const qsizetype semicolon = digits.indexOf(';');
    if (semicolon >= 0)
        digits.truncate(semicolon);
    digits = digits.trimmed();
    if (digits.isEmpty() || digits.size() > 15)
        return false;
    qint64 size = 0;
    for (char c : digits) {
        int d = -1;
        if (c >= '0' && c <= '9')
            d = c - '0';
        else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f')
            d = (c | 0x20) - 'a' + 10;
        if (d < 0)
            return false;
        size = size * 16 + d;
    }
    m_remaining = size;
    return true;
}

qsizetype HttpResponseParser::feedChunked(const char *data, qsizetype size, QByteArray *body)
{
    if (m_chunkState == ChunkState::Data) {
        const qsizetype n = qsizetype(qMin<qint64>(m_remaining, size));
        body->append(data, n);
        m_remaining -= n;
        if (m_remaining == 0)
            m_chunkState = ChunkState::DataEnd;
        return n;
    }
    // A line: the chunk size, the CRLF after a chunk's data, or a trailer.
    const char *nl = static_cast<const char *>(std::memchr(data, '\n', size_t(size)));
    const qsizetype take = nl ? qsizetype(nl - data) + 1 : size;
    m_head.append(data, take);
    const qsizetype limit = m_chunkState == ChunkState::Trailer ? kMaxHeadBytes : kMaxChunkLine;
    if (m_head.size() > limit) {
        fail(tr("The server's answer has a malformed chunk."));
        return take;
    }
    if (!nl)
        return take;
    QByteArray line = m_head;
    m_head.clear();
    line.chop(1);
    if (line.endsWith('\r'))
        line.chop(1);
    switch (m_chunkState) {
    case ChunkState::Size:
        if (!parseChunkSize(line)) {
            fail(tr("The server's answer has a malformed chunk."));
            break;
        }
        m_chunkState = m_remaining == 0 ? ChunkState::Trailer : ChunkState::Data;
        break;
    case ChunkState::DataEnd:
        if (!line.isEmpty()) {
            fail(tr("The server's answer has a malformed chunk."));
            break;
        }
        m_chunkState = ChunkState::Size;
        break;
    case ChunkState::Trailer:
        if (line.isEmpty())
            finish();
        break;
    case ChunkState::Data:
        break;
    }
    return take;
}
