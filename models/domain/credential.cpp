#include "credential.h"

namespace Scimflow {

QString Credential::kindName(Kind kind)
{
    switch (kind) {
    case Kind::ServiceAccount:
        return QStringLiteral("gcp-service-account");
    case Kind::Key:
        return QStringLiteral("gcp-key");
    case Kind::Token:
        return QStringLiteral("github-token");
    }
    return {};
}

Credential::Kind Credential::kindFromName(QStringView name)
{
    if (name == QLatin1String("gcp-key"))
        return Kind::Key;
    if (name == QLatin1String("github-token"))
        return Kind::Token;
    return Kind::ServiceAccount;
}

QString Credential::keyIdOf(const QString &keyName)
{
    return keyName.section(QLatin1Char('/'), -1);
}

QString CredentialInventory::summaryLine() const
{
    if (sourceKind == Source::Github) {
        int expired = 0;
        for (const Credential &c : items)
            expired += c.expired ? 1 : 0;
        return QStringLiteral("github tokens %1: %2 fine-grained tokens (%3 expired)")
            .arg(source)
            .arg(items.size())
            .arg(expired);
    }
    int accounts = 0;
    int keys = 0;
    int userManaged = 0;
    for (const Credential &c : items) {
        accounts += c.kind == Credential::Kind::ServiceAccount ? 1 : 0;
        keys += c.kind == Credential::Kind::Key ? 1 : 0;
        userManaged += c.isUserManagedKey() ? 1 : 0;
    }
    return QStringLiteral("gcp iam %1: %2 service accounts, %3 keys (%4 user-managed); last authentication "
                          "for %5 accounts")
        .arg(source)
        .arg(accounts)
        .arg(keys)
        .arg(userManaged)
        .arg(accountsWithLastAuthentication);
}

QString CredentialInventory::runSource() const
{
    return (sourceKind == Source::Github ? QStringLiteral("github-tokens:") : QStringLiteral("gcp-iam:")) +
           source;
}

} // namespace Scimflow
