#pragma once

#include <QJsonArray>
#include <QList>
#include <QString>

namespace Scimflow {

/// A pipeline system a connection reads jobs from: a Dataflow project and location, a GitHub repository or an
/// OpenLineage NDJSON file. Holds no secret: only secretRef, the key of its token in SecretStore (empty: the
/// source is read without a token).
struct PipelineSource
{
    enum class Kind { Dataflow, Github, OpenLineage };

    Kind kind = Kind::Dataflow;
    QString name;
    QString url;        // API base URL: Dataflow or GitHub
    QString loggingUrl; // Cloud Logging base URL for Dataflow launchers; empty: derived from url
    QString project;
    QString location;
    QString repository; // OWNER/REPO
    QString file;       // OpenLineage NDJSON file, imported on each sync
    int listenPort =
        0; // OpenLineage: receive events on 127.0.0.1:listenPort while the console is open; 0: off
    QString secretRef;
    // Dataflow: the Google credentials file (service-account key or authorized_user) the secret was read
    // from. Non-empty: the keychain secret is that file's JSON, private key or refresh token included, and
    // tokens come from its token_uri. Only the path is stored here.
    QString credentialsFile;

    static QString kindName(Kind kind);  // "dataflow", "github", "openlineage": also the jobs' source
    static QString kindLabel(Kind kind); // translated, for the user
    /// What the source reads, for lists: "acme/data-pipelines on api.github.com".
    QString target() const;
    /// Empty when the fields are complete, else what is missing, for the user.
    QString validate() const;

    static QJsonArray toJson(const QList<PipelineSource> &sources);
    static QList<PipelineSource> fromJson(const QJsonArray &array);
};

} // namespace Scimflow
