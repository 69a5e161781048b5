#pragma once

#include "timestamp.h"

#include <QByteArray>
#include <QString>

namespace Scimflow {

/// One row of the append-only, hash-chained audit log.
///
/// Canonical form (version 1), the bytes that are hashed: the UTF-8 line "scimflow-audit-v1\n" followed by
/// one line per field, in this order:
///   seq, at, os_user, idp_identity, kind, action, target, request, reason, outcome, intent_seq, prev_hash
/// each written as  <name> '=' <length in bytes, decimal> ':' <value as UTF-8> '\n'.
/// Integers are decimal ASCII without sign or leading zeros; a missing intent_seq is the empty string.
/// hash = lower-case hex SHA-256 of the canonical form; prev_hash = the previous entry's hash, or 64 '0'
/// for the first entry (seq 1). Length prefixes make the form unambiguous whatever the values contain.
struct AuditEntry
{
    enum class Kind { Intent, Outcome, Note };

    qint64 seq = 0;
    Timestamp at = 0;
    QString osUser;      // who sat at the workstation
    QString idpIdentity; // the IdP/pipeline identity the request was made with (client id, account)
    Kind kind = Kind::Note;
    QString action;       // "deactivate-user", "remove-membership", "cancel-job", "acknowledge", ...
    QString target;       // the resource, e.g. "user/<scim id>"
    QString request;      // redacted request summary (JSON: method, url, body, action); never a token
    QString reason;       // why, as the admin typed it
    QString outcome;      // for outcome entries: "succeeded", "failed: ...", "conflict: ..."
    qint64 intentSeq = 0; // outcome entries: the intent they close
    QString prevHash;
    QString hash;

    QByteArray canonicalForm() const;
    /// SHA-256 (hex) of canonicalForm().
    QString computeHash() const;

    static QString genesisHash() { return QString(64, QLatin1Char('0')); }
};

QString auditKindName(AuditEntry::Kind kind);
bool auditKindFromName(QStringView name, AuditEntry::Kind *kind);

} // namespace Scimflow
