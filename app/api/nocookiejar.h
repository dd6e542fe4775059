#pragma once

#include <QNetworkCookieJar>

// A cookie jar that keeps nothing: the client attaches its session cookies itself, and only to
// the API's origin, so QNetworkAccessManager must never store or send cookies on its own.
class NoCookieJar final : public QNetworkCookieJar
{
public:
    using QNetworkCookieJar::QNetworkCookieJar;

    QList<QNetworkCookie> cookiesForUrl(const QUrl &) const override { return {}; }
    bool setCookiesFromUrl(const QList<QNetworkCookie> &, const QUrl &) override { return false; }
};
