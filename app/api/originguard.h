#pragma once

#include <QString>
#include <QUrl>

// The rules for where credentials may go: only to the API's origin (scheme, host, port), never
// after a redirect left it, never over an https->http downgrade, and a password over plain
// HTTP only to a loopback host.
class OriginGuard final
{
public:
    // "scheme://host:port" with the default port made explicit; empty for a URL without a host.
    static QString originOf(const QUrl &url);
    static bool sameOrigin(const QUrl &a, const QUrl &b);
    static bool isLoopbackHost(const QString &host);
    // A redirect from https to anything that is not https.
    static bool isDowngrade(const QUrl &from, const QUrl &to);
    // Whether a password may be sent to this URL (https, or http to a loopback host).
    static bool passwordAllowed(const QUrl &url);
};
