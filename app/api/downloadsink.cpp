#include "downloadsink.h"

#include <QIODevice>

namespace {

bool parseContentRangeStart(const QByteArray &header, qint64 *start)
{
    // "bytes START-END/TOTAL"
    const QByteArray h = header.trimmed();
    if (!h.startsWith("bytes "))
        return false;
    const int dash = h.indexOf('-', 6);
    if (dash < 0)
        return false;
    bool ok = false;
    *start = h.mid(6, dash - 6).trimmed().toLongLong(&ok);
    return ok;
}

} // namespace

DownloadSink::DownloadSink(QIODevice *target, qint64 offset, bool restartWhenRangeIgnored)
    : m_target(target)
    , m_offset(qMax<qint64>(0, offset))
    , m_restartWhenRangeIgnored(restartWhenRangeIgnored)
{
}

qint64 DownloadSink::beginAttempt()
{
    m_attemptBase = m_offset + m_written;
    m_skip = 0;
    m_startChecked = false;
    return m_attemptBase;
}

bool DownloadSink::fail(ApiError error)
{
    m_error = std::move(error);
    return false;
}

bool DownloadSink::checkStart(int status, const QByteArray &contentRange)
{
    if (status == 206) {
        qint64 start = -1;
        if (!parseContentRangeStart(contentRange, &start) || start != m_attemptBase)
            return fail(ApiError(ApiError::Kind::BadResponse, status,
                                 ApiError::tr("The server sent a different part of the file than asked for.")));
    } else if (m_restartWhenRangeIgnored && m_attemptBase > 0) {
        // The server ignored Range: start the file over from this body's first byte.
        if (!m_target->seek(0)) {
            ApiError e(ApiError::Kind::Usage, 0, ApiError::tr("The file could not be written."));
            e.setDetail(m_target->errorString());
            return fail(e);
        }
        m_offset = 0;
        m_written = 0;
        m_attemptBase = 0;
    } else {
        m_skip = m_attemptBase;  // the server ignored Range: drop what we already have
    }
    return true;
}

bool DownloadSink::write(int status, const QByteArray &contentRange, QByteArray data)
{
    if (m_error.isError())
        return false;
    if (!m_startChecked) {
        m_startChecked = true;
        if (!checkStart(status, contentRange))
            return false;
    }
    if (m_skip > 0) {
        const qint64 drop = qMin<qint64>(m_skip, data.size());
        data.remove(0, drop);
        m_skip -= drop;
    }
    if (data.isEmpty())
        return true;
    const qint64 n = m_target->write(data);
    if (n != data.size()) {
        ApiError e(ApiError::Kind::Usage, 0, ApiError::tr("The file could not be written."));
        e.setDetail(m_target->errorString());
        return fail(e);
    }
    m_written += n;
    return true;
}
