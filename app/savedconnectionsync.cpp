#include "savedconnectionsync.h"

#include "credentialsources.h"
#include "secretstore.h"
#include "store.h"
#include "storelocation.h"

#include <QEventLoop>
#include <QFile>

namespace Scimflow::Cli {

Result<QString> loadSecret(SecretStore &secrets, const QString &ref)
{
    QEventLoop loop;
    QObject context;
    std::optional<Result<QString>> loaded;
    secrets.load(ref, &context, [&](const Result<QString> &secret) {
        loaded = secret;
        loop.quit();
    });
    if (!loaded)
        loop.exec();
    return *loaded;
}

Result<HeadlessSync> savedConnectionSync(const QString &databasePath, const QString &name)
{
    // A database file that is not there holds no saved connection (and opening it would create it); a team
    // store is opened and asked.
    if (!StoreLocation::isPostgresUrl(databasePath) && !QFile::exists(databasePath))
        return Error::make(Error::Kind::InvalidInput,
                           QStringLiteral("cannot run connection \"%1\": %2 does not exist; the saved "
                                          "connections live in the database the console syncs into (give it "
                                          "with --db FILE or --db postgresql://...)")
                               .arg(name, databasePath));
    auto store = Store::open(databasePath);
    if (!store)
        return store.error();
    const QList<ConnectionProfile> profiles = ConnectionProfiles::all(**store);
    QStringList names;
    const ConnectionProfile *profile = nullptr;
    for (const ConnectionProfile &p : profiles) {
        names << p.name;
        if (p.name == name)
            profile = &p;
    }
    if (!profile)
        return Error::make(
            Error::Kind::InvalidInput,
            QStringLiteral("no saved connection is named \"%1\" in %2 (saved: %3)")
                .arg(name, databasePath,
                     names.isEmpty() ? QStringLiteral("none") : names.join(QStringLiteral(", "))));

    HeadlessSync sync;
    sync.databasePath = databasePath;
    sync.connectionName = name;
    SecretStore secrets;
    if (profile->hasIdentityProvider()) {
        Result<QString> secret = loadSecret(secrets, profile->secretRef);
        if (!secret)
            return Error::make(
                secret.error().kind,
                QStringLiteral("the identity provider secret of connection \"%1\" could not be "
                               "read: %2")
                    .arg(name, secret.error().message));
        sync.idp = *profile;
        sync.idpSecret = *secret;
    }
    for (const ScimTargetSource &target : profile->scimTargets) {
        ScimTargetRun run;
        run.name = target.name;
        run.url = target.url;
        run.vendor = target.vendor;
        run.caFile = profile->caFile;
        Result<QString> token = loadSecret(secrets, target.secretRef);
        if (!token)
            return Error::make(token.error().kind,
                               QStringLiteral("the token of SCIM target \"%1\" could not be read: %2")
                                   .arg(target.name, token.error().message));
        run.token = *token;
        sync.targets << run;
    }
    for (const PipelineSource &source : profile->pipelineSources) {
        if (source.kind == PipelineSource::Kind::OpenLineage && source.file.isEmpty())
            continue; // it only receives events while the console is open
        PipelineSourceRun run;
        run.source = source;
        run.caFile = profile->caFile;
        if (!source.secretRef.isEmpty()) {
            Result<QString> secret = loadSecret(secrets, source.secretRef);
            if (!secret)
                return Error::make(
                    secret.error().kind,
                    QStringLiteral("the credentials of pipeline source \"%1\" could not be read: %2")
                        .arg(source.name, secret.error().message));
            run.secret = *secret;
        }
        sync.pipelines.sources << run;
    }
    for (const CredentialSource &source : profile->credentialSources) {
        Result<QString> secret = loadSecret(secrets, source.secretRef);
        if (!secret)
            return Error::make(secret.error().kind,
                               QStringLiteral("the credentials of %1 could not be read: %2")
                                   .arg(source.displayName(), secret.error().message));
        Result<CredentialSourceRun> run = CredentialSources::run(source, *secret, profile->caFile);
        if (!run)
            return run.error();
        sync.credentials << *run;
    }
    return sync;
}

} // namespace Scimflow::Cli
