#pragma once

#include <QObject>

// The handle of one API call. Owned by ApiClient and deleted (deleteLater) after its callback
// ran or after cancel(); hold it in a QPointer. cancel() aborts the request and guarantees that
// the callback is never invoked. The callback is also never invoked when its context object
// has been destroyed.
class ApiCall : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual void cancel() = 0;
    virtual bool isFinished() const = 0;

signals:
    // Bytes received so far and the total (-1 when unknown), for downloads and large pages.
    void progress(qint64 received, qint64 total);
};
