#pragma once

#include "apierror.h"

#include <QByteArray>
#include <QtGlobal>

class QIODevice;

// A download's target across the attempts of its call: the byte each attempt asks for (a Range
// request once something is held), the check of the server's 206, what a 200 to a Range request
// means (skip the bytes already held, or start the file over), and the bytes written so far.
class DownloadSink final
{
public:
    // target is opened for writing by the caller; offset is where the caller asked to start.
    DownloadSink(QIODevice *target, qint64 offset, bool restartWhenRangeIgnored);

    // A new attempt: the first byte it asks for (0 = the whole body, no Range header).
    qint64 beginAttempt();
    // Where the current attempt started (offset + what was written before it).
    qint64 attemptBase() const { return m_attemptBase; }

    // The next part of a 200 or 206 body; contentRange is the answer's Content-Range header.
    // False when the attempt must be aborted (error() says why; the error stays).
    bool write(int status, const QByteArray &contentRange, QByteArray data);

    qint64 written() const { return m_written; }  // over all attempts (from 0 after a restart)
    bool failed() const { return m_error.isError(); }
    const ApiError &error() const { return m_error; }

private:
    bool checkStart(int status, const QByteArray &contentRange);
    bool fail(ApiError error);

    QIODevice *m_target;
    qint64 m_offset;
    bool m_restartWhenRangeIgnored;
    qint64 m_written = 0;
    qint64 m_attemptBase = 0;
    qint64 m_skip = 0;            // bytes to drop (a 200 to a Range request)
    bool m_startChecked = false;  // the current attempt's status and Content-Range
    ApiError m_error;
};
