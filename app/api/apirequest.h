#pragma once

#include <QByteArray>
#include <QUrl>

// What one call sends: the same on every attempt (retry, redirect, replay after a re-sign-in),
// except the URL, which a followed redirect moves (ApiCallImpl::moveTo).
struct ApiRequest
{
    QByteArray method = "GET";
    QUrl url;
    QByteArray body;
    QByteArray contentType;
    bool idempotent = true;  // retried on network errors, 5xx, 429
    bool authCall = false;   // sign-in/out: a 401 is final, no silent re-sign-in
};
