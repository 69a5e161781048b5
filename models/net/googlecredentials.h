#pragma once

#include "result.h"

#include <QString>
#include <QUrl>

namespace Scimflow {

/// Google credentials as gcloud finds them (--gcp-credentials FILE or GOOGLE_APPLICATION_CREDENTIALS): a
/// service-account key (JWT bearer grant) or an authorized_user file (refresh-token grant). Held in memory
/// only; secret() is what goes to the keychain, never to the database or settings.
struct GoogleCredentials
{
    enum class Kind { ServiceAccount, AuthorizedUser };

    Kind kind = Kind::ServiceAccount;
    QString file; // where it was read from, for messages (may be empty)
    QUrl tokenUri;
    QString scope = QStringLiteral("https://www.googleapis.com/auth/cloud-platform");
    // service_account
    QString clientEmail;
    QString privateKeyId;
    QString privateKey; // PEM
    // authorized_user
    QString clientId;
    QString clientSecret;
    QString refreshToken;

    /// Parses a key file's JSON; errors name \a file and never quote a secret.
    static Result<GoogleCredentials> fromJson(const QByteArray &json, const QString &file);
    static Result<GoogleCredentials> fromFile(const QString &path);
    /// The credentials file of GOOGLE_APPLICATION_CREDENTIALS, empty when unset.
    static QString environmentFile();

    /// The secret parts (private key, or client secret and refresh token), to scrub from messages.
    QStringList secrets() const;
    /// Who the credentials act as: the service account's email or the OAuth client id.
    QString principal() const;
};

} // namespace Scimflow
