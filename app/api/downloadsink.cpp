#include "downloadsink.h"

#include "contentrange.h"

#include <QIODevice>

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
        ContentRange range;
        if (!ContentRange::parse(contentRange, &range) || range.first != m_attemptBase)
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
