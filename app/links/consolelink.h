#pragma once

#include "api/filequery.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

// A link a colleague sends: which server, which filter, and optionally one file.
//
// Two forms are read:
// - the sidebar's "copy link" text form, FileQuery::toText() ("type=CallRecording&accounts=a1");
//   it names no server (the console's current or last one) and no file;
// - an evovoice: URL, built by toUrl():
//       evovoice://open?server=https%3A%2F%2Fteam.evovoice.io&file=6571a3f0c2d4e5f600000012&type=CallRecording
//   "server" (percent-encoded http(s) origin) and "file" (one file id) are optional; every other
//   query item is a FileQuery text-form field. Plain http is accepted for loopback servers only,
//   the way the sign-in does. Anything else (another scheme, user info in the server, control
//   characters, an unknown field, a malformed id, more than kMaxLength characters) is refused
//   with a translated message that says why.
// Plain value type without widgets: parsed in main(), handed between instances as toUrl() text.
struct ConsoleLink
{
    Q_DECLARE_TR_FUNCTIONS(ConsoleLink)
public:
    static constexpr int kMaxLength = 16 * 1024;
    static constexpr int kMaxFileIdLength = 128;

    QString server;     // normalised origin ("https://team.evovoice.io"), empty = the current one
    FileQuery query;
    QString fileId;     // empty = no file to select

    // The evovoice: URL for this link (always that form, so that it survives a chat client).
    QString toUrl() const;
    // Reads either form; nullopt with *error (translated) when the text is not a valid link.
    static std::optional<ConsoleLink> parse(const QString &text, QString *error = nullptr);
    // Whether a command-line argument is meant as a link (an evovoice: URL or a text form),
    // as opposed to an option.
    static bool looksLikeLink(const QString &argument);
    // A server in the form links carry (scheme and host lower case, no trailing slash), or empty
    // with *error when it is not a usable http(s) origin.
    static QString normalizedServer(const QString &server, QString *error = nullptr);
    bool sameServer(const QString &otherServer) const;

    bool operator==(const ConsoleLink &other) const
    {
        return server == other.server && query == other.query && fileId == other.fileId;
    }
};
