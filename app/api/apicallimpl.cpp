#include "apicallimpl.h"

#include "apiclientprivate.h"

QByteArray ApiResponse::header(const QByteArray &name) const
{
    for (const auto &h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}

ApiCallImpl::ApiCallImpl(ApiClientPrivate *client, QObject *parent)
    : ApiCall(parent)
    , m_client(client)
{
}

ApiCallImpl::~ApiCallImpl() = default;

void ApiCallImpl::cancel()
{
    if (m_finished || cancelled)
        return;
    m_client->cancelCall(this);
}
