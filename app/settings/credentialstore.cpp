#include "credentialstore.h"

#include "consolesettings.h"

#include <QPointer>

#include <qt6keychain/keychain.h>

namespace {

QString unavailableText(const QKeychain::Job *job)
{
    return CredentialStore::tr("No system keychain is available (%1); nothing will be remembered.")
        .arg(job->errorString());
}

} // namespace

QString CredentialStore::defaultService()
{
    return QStringLiteral("EvoVoice Files Console");
}

CredentialStore::CredentialStore(QObject *parent)
    : CredentialStore(defaultService(), parent)
{
}

CredentialStore::CredentialStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{
}

QString CredentialStore::keyFor(const QString &server, const QString &user)
{
    return ConsoleSettings::normalizedServer(server) + QLatin1Char('|') + user.trimmed().toLower();
}

void CredentialStore::noteAvailability(Availability availability, const QString &reason)
{
    m_reason = reason;
    if (m_availability == availability)
        return;
    m_availability = availability;
    emit availabilityChanged(availability);
}

void CredentialStore::run(QKeychain::Job *job, const QString &key, QObject *context, const Interpret &interpret,
                          Callback done)
{
    // The job has no parent: QtKeychain's libsecret backend keeps a raw pointer to it until its
    // D-Bus call returns, so a job deleted in flight (with a dying store, as its child) is a use
    // after free. It finishes on its own and deletes itself (auto-delete); self tells whether the
    // store is still there to note the availability.
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    QPointer<CredentialStore> self(this);
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    connect(job, &QKeychain::Job::finished, job, [self, guard, hasContext, interpret, done](QKeychain::Job *j) {
        if (hasContext && !guard)
            return;   // the caller is gone: nobody to tell
        Result r;
        if (interpret(j, r)) {
            if (self)
                self->noteAvailability(Availability::Available, {});
        } else {
            r.status = Status::Unavailable;
            r.errorText = unavailableText(j);
            if (self)
                self->noteAvailability(Availability::Unavailable, r.errorText);
        }
        if (done)
            done(r);
    });
    job->start();
}

void CredentialStore::store(const QString &server, const QString &user, const AuthSession &session,
                            QObject *context, Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setBinaryData(session.serialize());
    run(job, keyFor(server, user), context, [](QKeychain::Job *j, Result &r) {
        if (j->error() != QKeychain::NoError)
            return false;
        r.status = Status::Ok;
        return true;
    }, std::move(done));
}

void CredentialStore::load(const QString &server, const QString &user, QObject *context, Callback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    run(job, keyFor(server, user), context, [](QKeychain::Job *j, Result &r) {
        if (j->error() == QKeychain::NoError) {
            r.session = AuthSession::deserialize(static_cast<QKeychain::ReadPasswordJob *>(j)->binaryData());
            r.status = r.session.isValid() ? Status::Ok : Status::NotFound;
            return true;
        }
        if (j->error() == QKeychain::EntryNotFound) {
            r.status = Status::NotFound;
            return true;
        }
        return false;
    }, std::move(done));
}

void CredentialStore::remove(const QString &server, const QString &user, QObject *context, Callback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    run(job, keyFor(server, user), context, [](QKeychain::Job *j, Result &r) {
        if (j->error() != QKeychain::NoError && j->error() != QKeychain::EntryNotFound)
            return false;
        r.status = j->error() == QKeychain::NoError ? Status::Ok : Status::NotFound;
        return true;
    }, std::move(done));
}

void CredentialStore::probe(QObject *context, Callback done)
{
    load(QStringLiteral("probe:"), QStringLiteral("availability-probe"), context, std::move(done));
}
