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

// Runs a job and calls finish(job) on completion, unless context died.
void runJob(QKeychain::Job *job, QObject *context, std::function<void(QKeychain::Job *)> finish)
{
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    QObject::connect(job, &QKeychain::Job::finished, job, [guard, hasContext, finish](QKeychain::Job *j) {
        if (hasContext && !guard)
            return;
        finish(j);
    });
    job->start();
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

void CredentialStore::store(const QString &server, const QString &user, const AuthSession &session,
                            QObject *context, Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(keyFor(server, user));
    job->setBinaryData(session.serialize());
    QPointer<CredentialStore> self(this);
    runJob(job, context, [self, done](QKeychain::Job *j) {
        Result r;
        if (j->error() == QKeychain::NoError) {
            r.status = Status::Ok;
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
}

void CredentialStore::load(const QString &server, const QString &user, QObject *context, Callback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(keyFor(server, user));
    QPointer<CredentialStore> self(this);
    runJob(job, context, [self, done](QKeychain::Job *j) {
        Result r;
        if (j->error() == QKeychain::NoError) {
            r.session = AuthSession::deserialize(static_cast<QKeychain::ReadPasswordJob *>(j)->binaryData());
            r.status = r.session.isValid() ? Status::Ok : Status::NotFound;
            if (self)
                self->noteAvailability(Availability::Available, {});
        } else if (j->error() == QKeychain::EntryNotFound) {
            r.status = Status::NotFound;
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
}

void CredentialStore::remove(const QString &server, const QString &user, QObject *context, Callback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(keyFor(server, user));
    QPointer<CredentialStore> self(this);
    runJob(job, context, [self, done](QKeychain::Job *j) {
        Result r;
        if (j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound) {
            r.status = j->error() == QKeychain::NoError ? Status::Ok : Status::NotFound;
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
}

void CredentialStore::probe(QObject *context, Callback done)
{
    load(QStringLiteral("probe:"), QStringLiteral("availability-probe"), context, std::move(done));
}
