#include "googlecredentials.h"

#include "httpclient.h"
#include "jwtassertion.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace Scimflow {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Scimflow::GoogleCredentials", text);
}

constexpr qint64 kMaxFileBytes = 1 << 20; // a key file is a few KB

} // namespace

Result<GoogleCredentials> GoogleCredentials::fromJson(const QByteArray &json, const QString &file)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject())
        return Error::make(Error::Kind::InvalidInput,
                           tr("%1 is not a Google credentials file (a JSON object with \"type\" "
                              "service_account or authorized_user).")
                               .arg(file));
    const QJsonObject o = doc.object();
    const auto text = [&o](const char *key) { return o.value(QLatin1String(key)).toString(); };
    GoogleCredentials c;
    c.file = file;
    const QString type = text("type");
    QStringList missing;
    const auto need = [&](const char *key, QString *into) {
        *into = text(key);
        if (into->isEmpty())
            missing << QLatin1String(key);
    };
    if (type == QLatin1String("service_account")) {
        c.kind = Kind::ServiceAccount;
        need("client_email", &c.clientEmail);
        need("private_key", &c.privateKey);
        c.privateKeyId = text("private_key_id");
    } else if (type == QLatin1String("authorized_user")) {
        c.kind = Kind::AuthorizedUser;
        need("client_id", &c.clientId);
        need("client_secret", &c.clientSecret);
        need("refresh_token", &c.refreshToken);
    } else {
        return Error::make(Error::Kind::InvalidInput,
                           tr("%1 has credentials of type \"%2\"; Scimflow reads service_account keys and "
                              "authorized_user files (gcloud auth application-default login).")
                               .arg(file, type.left(60)));
    }
    if (!missing.isEmpty())
        return Error::make(Error::Kind::InvalidInput,
                           tr("%1 lacks %2.").arg(file, missing.join(QLatin1String(", "))));
    const QString tokenUri = text("token_uri");
    c.tokenUri = QUrl(tokenUri.isEmpty() ? QStringLiteral("https://oauth2.googleapis.com/token") : tokenUri);
    if (!c.tokenUri.isValid() || c.tokenUri.host().isEmpty())
        return Error::make(Error::Kind::InvalidInput, tr("%1: token_uri is not a URL.").arg(file));
    if (Status s = HttpClient::checkUrl(c.tokenUri); !s)
        return Error::make(Error::Kind::InvalidInput, tr("%1: token_uri: %2").arg(file, s.error().message));
    if (c.kind == Kind::ServiceAccount && !JwtAssertion::checkPrivateKey(c.privateKey.toUtf8()))
        return Error::make(Error::Kind::InvalidInput,
                           tr("%1: private_key is not an RSA private key in PEM form.").arg(file));
    return c;
}

Result<GoogleCredentials> GoogleCredentials::fromFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(Error::Kind::Io,
                           tr("Cannot read the Google credentials file %1: %2").arg(path, f.errorString()));
    if (f.size() > kMaxFileBytes)
        return Error::make(Error::Kind::TooLarge,
                           tr("%1 is larger than 1 MB; it is not a Google credentials file.").arg(path));
    return fromJson(f.readAll(), path);
}

QString GoogleCredentials::environmentFile()
{
    return qEnvironmentVariable("GOOGLE_APPLICATION_CREDENTIALS");
}

QStringList GoogleCredentials::secrets() const
{
    QStringList out;
    for (const QString &s : {privateKey, clientSecret, refreshToken}) {
        if (!s.isEmpty())
            out << s;
    }
    return out;
}

QString GoogleCredentials::principal() const
{
    return kind == Kind::ServiceAccount ? clientEmail : clientId;
}

} // namespace Scimflow
