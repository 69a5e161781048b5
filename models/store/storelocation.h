#pragma once

#include "result.h"

#include <QString>

namespace Scimflow {

/// What a team store connection may need besides its location; kept in memory only.
struct TeamStoreSecrets
{
    QString password;      // the server's password for the URL's user
    QString keyPassphrase; // the passphrase of the URL's encrypted client key (libpq's sslpassword)
};

/// Where a store lives: an SQLite file (the embedded default) or a PostgreSQL team store given as
///   postgresql://user@host:port/database?sslmode=verify-full
/// The location never holds a password: the console keeps it in the keychain, and libpq also reads
/// PGPASSWORD and ~/.pgpass. A team store on a host other than this machine must use sslmode=verify-full.
class StoreLocation
{
public:
    enum class Engine { Sqlite, Postgres };

    StoreLocation() = default;

    /// A file path (or ":memory:"), or a postgresql:// (postgres://) URL. Refuses a URL with a password,
    /// unknown parameters, or a non-loopback host without verify-full.
    static Result<StoreLocation> parse(const QString &text);
    /// True for text that names a PostgreSQL store (so callers do not treat it as a file name).
    static bool isPostgresUrl(const QString &text);
    /// Whether \a text names a store that already exists: a file that exists, or any team store (whose
    /// server says whether the database exists when it is opened).
    static bool existsOrIsRemote(const QString &text);

    Engine engine() const { return m_engine; }
    bool isPostgres() const { return m_engine == Engine::Postgres; }

    /// SQLite: the file path. PostgreSQL: the URL as given (it holds no secret).
    QString text() const { return m_text; }

    // PostgreSQL parts (empty host = libpq's default Unix socket).
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString databaseName() const { return m_database; }
    QString userName() const { return m_user; }
    QString sslMode() const { return m_sslMode; }
    bool isLoopback() const;
    /// Whether the URL names a client key (sslkey=), whose passphrase libpq may need.
    bool hasClientKey() const { return !m_sslKey.isEmpty(); }
    /// QPSQL connect options (libpq keywords separated by ';'), with \a clientKeyPassphrase as libpq's
    /// sslpassword when the URL names a client key. The passphrase is only ever in this string, never in
    /// text(). Qt's driver turns every ';' into a space, so a passphrase holding one cannot be passed on:
    /// see passphraseProblem().
    QString connectOptions(const QString &clientKeyPassphrase = {}) const;
    /// Why \a clientKeyPassphrase cannot be handed to libpq (empty if it can). Never quotes the passphrase.
    static QString passphraseProblem(const QString &clientKeyPassphrase);

private:
    Engine m_engine = Engine::Sqlite;
    QString m_text;
    QString m_host;
    int m_port = 5432;
    QString m_database;
    QString m_user;
    QString m_sslMode;
    QString m_sslRootCert;
    QString m_sslCert;
    QString m_sslKey;
    int m_connectTimeout = 10;
};

} // namespace Scimflow
