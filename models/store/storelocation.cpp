#include "storelocation.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace Scimflow {

namespace {

Error invalid(const QString &message)
{
    return Error::make(Error::Kind::InvalidInput, message);
}

const QStringList &sslModes()
{
    static const QStringList modes = {QStringLiteral("disable"),   QStringLiteral("allow"),
                                      QStringLiteral("prefer"),    QStringLiteral("require"),
                                      QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    return modes;
}

// A value for a libpq conninfo string: in single quotes, with '\\' and '\'' escaped by a backslash.
QString conninfoValue(QString value)
{
    value.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    value.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + value + QLatin1Char('\'');
}

} // namespace

bool StoreLocation::isPostgresUrl(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

bool StoreLocation::existsOrIsRemote(const QString &text)
{
    return isPostgresUrl(text) || QFileInfo(text).isFile();
}

Result<StoreLocation> StoreLocation::parse(const QString &text)
{
    if (text.isEmpty())
        return invalid(QStringLiteral("No database location given."));
    if (!isPostgresUrl(text)) {
        StoreLocation file;
        file.m_text = text;
        return file;
    }

    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return invalid(QStringLiteral("%1 is not a valid PostgreSQL URL: %2").arg(text, url.errorString()));
    if (!url.password().isEmpty())
        return invalid(QStringLiteral("The team store location must not contain a password. Save it in the "
                                      "keychain from Connection settings, or give it to libpq through "
                                      "PGPASSWORD or ~/.pgpass."));
    StoreLocation location;
    location.m_engine = Engine::Postgres;
    location.m_host = url.host();
    location.m_port = url.port(5432);
    location.m_user = url.userName();
    location.m_database = url.path().mid(1);
    if (location.m_database.isEmpty() || location.m_database.contains(QLatin1Char('/')))
        return invalid(
            QStringLiteral("%1 names no database: use postgresql://user@host:port/database").arg(text));

    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        // Refused without quoting the URL, which holds the secret.
        if (key == QLatin1String("password") || key == QLatin1String("sslpassword"))
            return invalid(QStringLiteral("The team store location must not contain a password or a client "
                                          "key passphrase. Enter them when opening the team store, or give "
                                          "the password to libpq through PGPASSWORD or ~/.pgpass."));
        if (key == QLatin1String("sslmode")) {
            if (!sslModes().contains(value))
                return invalid(QStringLiteral("Unknown sslmode \"%1\" in %2.").arg(value, text));
            location.m_sslMode = value;
        } else if (key == QLatin1String("sslrootcert")) {
            location.m_sslRootCert = value;
        } else if (key == QLatin1String("sslcert")) {
            location.m_sslCert = value;
        } else if (key == QLatin1String("sslkey")) {
            location.m_sslKey = value;
        } else if (key == QLatin1String("connect_timeout")) {
            bool ok = false;
            location.m_connectTimeout = value.toInt(&ok);
            if (!ok || location.m_connectTimeout < 1)
                return invalid(
                    QStringLiteral("connect_timeout in %1 must be a number of seconds.").arg(text));
        } else {
            return invalid(QStringLiteral("Unknown parameter \"%1\" in %2 (known: sslmode, sslrootcert, "
                                          "sslcert, sslkey, connect_timeout).")
                               .arg(key, text));
        }
    }
    if (!location.isLoopback()) {
        if (location.m_sslMode.isEmpty())
            location.m_sslMode = QStringLiteral("verify-full");
        if (location.m_sslMode != QLatin1String("verify-full"))
            return invalid(
                QStringLiteral("A team store on %1 must use sslmode=verify-full (TLS with the server's "
                               "certificate and host name checked); only a server on this machine "
                               "may use sslmode=%2.")
                    .arg(location.m_host, location.m_sslMode));
    }
    location.m_text = text;
    return location;
}

bool StoreLocation::isLoopback() const
{
    if (m_engine != Engine::Postgres)
        return true;
    // No host, or a socket directory: libpq connects through a Unix socket on this machine.
    if (m_host.isEmpty() || m_host.startsWith(QLatin1Char('/')) ||
        m_host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    static const QRegularExpression ipv4Loopback(QStringLiteral("^127(\\.\\d{1,3}){3}$"));
    return m_host == QLatin1String("::1") || ipv4Loopback.match(m_host).hasMatch();
}

QString StoreLocation::connectOptions(const QString &clientKeyPassphrase) const
{
    QStringList options = {QStringLiteral("connect_timeout=%1").arg(m_connectTimeout),
                           QStringLiteral("application_name=scimflow")};
    if (!m_sslMode.isEmpty())
        options << QStringLiteral("sslmode=") + m_sslMode;
    if (!m_sslRootCert.isEmpty())
        options << QStringLiteral("sslrootcert=") + conninfoValue(m_sslRootCert);
    if (!m_sslCert.isEmpty())
        options << QStringLiteral("sslcert=") + conninfoValue(m_sslCert);
    if (!m_sslKey.isEmpty()) {
        options << QStringLiteral("sslkey=") + conninfoValue(m_sslKey);
        if (!clientKeyPassphrase.isEmpty())
            options << QStringLiteral("sslpassword=") + conninfoValue(clientKeyPassphrase);
    }
    return options.join(QLatin1Char(';'));
}

QString StoreLocation::passphraseProblem(const QString &clientKeyPassphrase)
{
    if (clientKeyPassphrase.contains(QLatin1Char(';')))
        return QStringLiteral("The client key passphrase contains a semicolon, which Qt's PostgreSQL driver "
                              "cannot pass on to libpq. Give the key a passphrase without one (openssl pkey "
                              "-in KEY -aes256 -out NEWKEY).");
    return {};
}

} // namespace Scimflow
