#include "retrypolicy.h"

#include <QDateTime>
#include <QLocale>
#include <QRandomGenerator>

bool RetryPolicy::isRetryableStatus(int httpStatus)
{
    return httpStatus == 429 || (httpStatus >= 500 && httpStatus <= 599);
}

int RetryPolicy::retryAfterMs(const QByteArray &header)
{
    const QByteArray h = header.trimmed();
    if (h.isEmpty())
        return -1;
    bool ok = false;
    const qint64 seconds = h.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? -1 : int(qMin<qint64>(seconds * 1000, kMaxDelayMs));
    // An HTTP date: "Wed, 21 Oct 2026 07:28:00 GMT".
    const QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(h), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return -1;
    QDateTime utc = when;
    utc.setTimeSpec(Qt::UTC);
    const qint64 ms = QDateTime::currentDateTimeUtc().msecsTo(utc);
    return int(qBound(qint64(0), ms, qint64(kMaxDelayMs)));
}

int RetryPolicy::delayFor(int retryIndex, const QByteArray &retryAfterHeader) const
{
    const int shift = qBound(0, retryIndex - 1, 16);
    const double exponential = double(m_baseDelay) * double(1 << shift);
    const double jitter = 0.5 + QRandomGenerator::global()->generateDouble();  // 0.5 .. 1.5
    int delay = int(qMin(exponential * jitter, double(kMaxDelayMs)));
    const int retryAfter = retryAfterMs(retryAfterHeader);
    if (retryAfter > delay)
        delay = retryAfter;
    return delay;
}
