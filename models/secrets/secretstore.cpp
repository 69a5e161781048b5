#include "secretstore.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QPointer>
#include <QUuid>

#include <qt6keychain/keychain.h>

namespace Scimflow {

namespace {

QMutex g_sessionMutex;
QHash<QString, QString> &sessionSecrets()
{
    static QHash<QString, QString> secrets;
    return secrets;
}

Error keychainError(const QKeychain::Job *job)
{
    switch (job->error()) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return Error::make(
            Error::Kind::Io,
            QCoreApplication::translate("Scimflow::SecretStore",
                                        "No keychain is reachable on this computer (%1). Install and "
                                        "unlock a Secret Service provider such as GNOME Keyring or "
                                        "KWallet, or use the secret for this session only; it is never "
                                        "written to a file.")
                .arg(job->errorString()));
    case QKeychain::EntryNotFound:
        return Error::make(
            Error::Kind::NotFound,
            QCoreApplication::translate("Scimflow::SecretStore",
                                        "The keychain holds no secret for this connection; enter it "
                                        "again in the connection settings."));
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Error::make(
            Error::Kind::Auth,
            QCoreApplication::translate("Scimflow::SecretStore", "Access to the keychain was denied: %1")
                .arg(job->errorString()));
    default:
        return Error::make(Error::Kind::Io, QCoreApplication::translate(
                                                "Scimflow::SecretStore",
                                                "The keychain could not be used (%1). Check that a Secret "
                                                "Service provider is running and unlocked, or use the secret "
                                                "for this session only.")
                                                .arg(job->errorString()));
    }
}

} // namespace

SecretStore::SecretStore(QString service, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
{}

// Each job has no parent and deletes itself once finished: the keychain backend (libsecret) calls a job back
// after its SecretStore may be gone (a Settings dialog closed at once), and a job deleted before that
// crashes.
void SecretStore::store(const QString &ref, const QString &secret, QObject *context, Done done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(ref);
    job->setTextData(secret);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this, [guard, done](QKeychain::Job *j) {
        if (!guard)
            return;
        done(j->error() == QKeychain::NoError ? Status() : Status(keychainError(j)));
    });
    job->start();
}

void SecretStore::load(const QString &ref, QObject *context, Loaded done)
{
    {
        QMutexLocker lock(&g_sessionMutex);
        const auto it = sessionSecrets().constFind(ref);
        if (it != sessionSecrets().constEnd()) {
            const QString secret = *it;
            lock.unlock();
            done(secret);
            return;
        }
    }
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(ref);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this, [guard, done](QKeychain::Job *j) {
        if (!guard)
            return;
        if (j->error() != QKeychain::NoError)
            done(keychainError(j));
        else
            done(static_cast<QKeychain::ReadPasswordJob *>(j)->textData());
    });
    job->start();
}

void SecretStore::remove(const QString &ref, QObject *context, Done done)
{
    forgetSessionSecret(ref);
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(ref);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this, [guard, done](QKeychain::Job *j) {
        if (!guard)
            return;
        const bool ok = j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound;
        done(ok ? Status() : Status(keychainError(j)));
    });
    job->start();
}

void SecretStore::storeForSession(const QString &ref, const QString &secret)
{
    QMutexLocker lock(&g_sessionMutex);
    sessionSecrets().insert(ref, secret);
}

bool SecretStore::hasSessionSecret(const QString &ref)
{
    QMutexLocker lock(&g_sessionMutex);
    return sessionSecrets().contains(ref);
}

void SecretStore::forgetSessionSecret(const QString &ref)
{
    QMutexLocker lock(&g_sessionMutex);
    sessionSecrets().remove(ref);
}

QString SecretStore::newReference(const QString &profileName)
{
    return QStringLiteral("scimflow:%1:%2")
        .arg(profileName, QUuid::createUuid().toString(QUuid::WithoutBraces));
}

} // namespace Scimflow
