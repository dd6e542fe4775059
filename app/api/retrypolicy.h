#pragma once

#include <QByteArray>

// When and how long to wait before retrying an idempotent GET: network errors, 5xx and 429, at
// most maxRetries() times, exponential backoff from baseDelay() with jitter (x0.5..x1.5), and a
// server's Retry-After (seconds or an HTTP date) honoured as a lower bound.
class RetryPolicy final
{
public:
    void setMaxRetries(int count) { m_maxRetries = count < 0 ? 0 : count; }
    int maxRetries() const { return m_maxRetries; }
    void setBaseDelay(int ms) { m_baseDelay = ms < 0 ? 0 : ms; }
    int baseDelay() const { return m_baseDelay; }

    static bool isRetryableStatus(int httpStatus);
    // The delay before retry number retryIndex (1 = the first retry), in ms.
    int delayFor(int retryIndex, const QByteArray &retryAfterHeader = {}) const;
    // Retry-After in ms (-1 when absent or unreadable).
    static int retryAfterMs(const QByteArray &header);

    static constexpr int kMaxDelayMs = 60000;

private:
    int m_maxRetries = 3;
    int m_baseDelay = 500;
};
