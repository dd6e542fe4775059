#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

// Reads one HTTP/1.1 response to a GET from the bytes of a connection, as they arrive: the
// status line and headers (informational 1xx answers are skipped), then the body framed by
// Transfer-Encoding: chunked, by Content-Length, or by the end of the connection. It holds no
// body bytes itself: feed() appends them, decoded, to the caller's buffer. Anything that is not
// a well-formed response (an oversized or broken head, a bad chunk, two different lengths) is an
// error, and nothing after it is read.
class HttpResponseParser final
{
    Q_DECLARE_TR_FUNCTIONS(HttpResponseParser)

public:
    enum class State { Head, Body, Done, Failed };
    enum class Framing { None, Length, Chunked, UntilClose };

    // A fresh response (of a GET, so a body unless the status forbids one).
    void reset();

    // Consumes bytes of the connection, appending body bytes to *body; returns how many were
    // consumed (fewer than size only once the response is Done or Failed: the rest is not ours).
    qsizetype feed(const char *data, qsizetype size, QByteArray *body);
    // The connection ended: a body that runs until the close is then complete, any other
    // unfinished response has failed.
    void endOfInput();

    // With Framing::Length, the body bytes still to come (the caller may read that many straight
    // into its buffer and report them with consumedBody()).
    qint64 remaining() const { return m_remaining; }
    void consumedBody(qint64 n);

    State state() const { return m_state; }
    bool headReady() const { return m_state == State::Body || m_state == State::Done; }
    Framing framing() const { return m_framing; }
    int status() const { return m_status; }
    const QByteArray &reason() const { return m_reason; }
    const QList<QPair<QByteArray, QByteArray>> &headers() const { return m_headers; }
    QByteArray header(const QByteArray &name, const char *separator = ", ") const;  // repeated ones joined
    qint64 contentLength() const { return m_contentLength; }  // -1 when not announced
    // Whether the connection may carry another request once this response is Done.
    bool keepAlive() const { return m_keepAlive; }
    const QString &errorString() const { return m_error; }

    static constexpr qsizetype kMaxHeadBytes = 64 * 1024;
    static constexpr int kMaxHeaders = 200;

private:
    qsizetype feedHead(const char *data, qsizetype size);
    qsizetype feedChunked(const char *data, qsizetype size, QByteArray *body);
    bool parseHead();
    bool parseStatusLine(const QByteArray &line);
    bool parseChunkSize(const QByteArray &line);
    void fail(const QString &why);
    void finish();

    enum class ChunkState { Size, Data, DataEnd, Trailer };

    State m_state = State::Head;
    Framing m_framing = Framing::None;
    ChunkState m_chunkState = ChunkState::Size;
    QByteArray m_head;     // the head (or a chunk line) read so far
    int m_status = 0;
    QByteArray m_reason;
    bool m_http10 = false;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    qint64 m_contentLength = -1;
    qint64 m_remaining = 0;  // of the body (Length) or of the current chunk (Chunked)
    bool m_keepAlive = true;
    QString m_error;
};
