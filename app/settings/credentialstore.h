#pragma once

#include "api/authsession.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <functional>

namespace QKeychain {
class Job;
}

// Keeps remembered sessions (AuthSession::serialize()) in the system keychain through QtKeychain,
// one entry per server + user, under the service "EvoVoice Files Console". Nothing is ever
// written elsewhere: where no keychain is reachable (no D-Bus session, no Secret Service) every
// call reports Unavailable with a readable reason and the caller goes on remembering nothing.
// Asynchronous: each call reports once through its callback, unless the context died; the store
// may be destroyed with calls in flight (they finish and still report).
class CredentialStore final : public QObject
{
    Q_OBJECT
public:
    enum class Status { Ok, NotFound, Unavailable };
    enum class Availability { Unknown, Available, Unavailable };

    struct Result
    {
        Status status = Status::Unavailable;
        QString errorText;       // translated, for Unavailable
        AuthSession session;     // for load()
        bool ok() const { return status == Status::Ok; }
    };
    using Callback = std::function<void(const Result &)>;

    static QString defaultService();  // "EvoVoice Files Console"

    explicit CredentialStore(QObject *parent = nullptr);
    explicit CredentialStore(const QString &service, QObject *parent = nullptr);

    QString service() const { return m_service; }
    // The entry name: "<normalised server>|<lower-case user>".
    static QString keyFor(const QString &server, const QString &user);

    void store(const QString &server, const QString &user, const AuthSession &session, QObject *context,
               Callback done);
    void load(const QString &server, const QString &user, QObject *context, Callback done);
    void remove(const QString &server, const QString &user, QObject *context, Callback done);
    // Finds out whether a keychain answers (reads an entry that does not exist).
    void probe(QObject *context, Callback done);

    // What the last finished job showed; Unknown before the first.
    Availability availability() const { return m_availability; }
    QString unavailableReason() const { return m_reason; }

signals:
    void availabilityChanged(CredentialStore::Availability availability);

private:
    // Reads a finished job into the result; false when the keychain did not answer (Unavailable).
    using Interpret = std::function<bool(QKeychain::Job *job, Result &result)>;
    // Starts job for key; on completion, unless context died: interpret, note availability, done.
    void run(QKeychain::Job *job, const QString &key, QObject *context, const Interpret &interpret, Callback done);
    void noteAvailability(Availability availability, const QString &reason);

    QString m_service;
    Availability m_availability = Availability::Unknown;
    QString m_reason;
};
