#pragma once

#include "openlineageassembler.h"
#include "textissue.h"
#include "yamlvalue.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Scimflow {

/// One service account in the RBAC mapping: which IdP group owns it and which pipeline role it may use.
struct RbacServiceAccountRule
{
    QString email;
    QString owner; // IdP group display name; empty: deliberately unowned
    QString role;
    int line = 0; // where it is written, for messages
};

/// The RBAC mapping file: IdP groups -> pipeline roles, service accounts -> owner group and role, the
/// privileged groups, login aliases (pipeline login -> IdP userName), which IdP attributes a principal may
/// match, and where OpenLineage events name their principal. The single source of who may run what;
/// versioned in the rbac_mappings table.
struct RbacMapping
{
    static constexpr int kFormatVersion = 1;

    int formatVersion = kFormatVersion;
    QMap<QString, QStringList> groupRoles;
    QList<RbacServiceAccountRule> serviceAccounts;
    QStringList privilegedGroups;
    QMap<QString, QString> aliases;
    /// "email", "userName", "externalId", "aliases": what a principal may match; empty: all of them.
    QStringList matchBy;
    OpenLineageOptions openLineage;

    static const QStringList &matchKeyNames();

    /// The canonical JSON form (the same shape Scenario::rbacMappingJson() writes).
    QByteArray toJson() const;
};

/// The outcome of reading a mapping file: the mapping when there are no errors, otherwise every error
/// found with its line.
struct RbacMappingParseResult
{
    RbacMapping mapping;
    QList<TextIssue> errors;

    bool ok() const { return errors.isEmpty(); }
    /// All errors, one per line of text.
    QString errorText() const;
};

/// Reads and validates RBAC mapping files: YAML, or JSON (which YAML reads too).
class RbacMappingParser
{
public:
    static constexpr qsizetype kMaxBytes = 32 * 1024 * 1024;

    static RbacMappingParseResult parse(const QString &text);

private:
    static void validate(const YamlValue &root, RbacMappingParseResult *result);
};

} // namespace Scimflow
