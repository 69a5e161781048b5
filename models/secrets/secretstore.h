#pragma once

#include "result.h"

#include <QObject>
#include <QString>

#include <functional>

namespace Scimflow {

/// Keeps tokens and client secrets in the OS keychain (QtKeychain: Secret Service, macOS Keychain, Windows
/// Credential Manager). Where no keychain is reachable it says so, and the caller may keep the secret in
/// memory for this session only. Secrets are never written to a file, the database or settings.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    explicit SecretStore(QString service = QStringLiteral("scimflow"), QObject *parent = nullptr);

    using Done = std::function<void(const Status &)>;
    using Loaded = std::function<void(const Result<QString> &)>;

    /// Saves to the keychain. Fails with Error::Kind::Io and a message offering the session-only choice
    /// when no keychain backend is available.
    void store(const QString &ref, const QString &secret, QObject *context, Done done);
    /// Reads the session copy if there is one, else the keychain.
    void load(const QString &ref, QObject *context, Loaded done);
    void remove(const QString &ref, QObject *context, Done done);

    /// In-memory only, gone when the program exits.
    static void storeForSession(const QString &ref, const QString &secret);
    static bool hasSessionSecret(const QString &ref);
    static void forgetSessionSecret(const QString &ref);

    /// A fresh reference for a profile's secret ("scimflow:<profile>:<random>"); only references are stored.
    static QString newReference(const QString &profileName);

private:
    QString m_service;
};

} // namespace Scimflow
