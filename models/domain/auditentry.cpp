#include "auditentry.h"

#include <QCryptographicHash>

namespace Scimflow {

namespace {

void field(QByteArray &out, const char *name, const QByteArray &value)
{
    out += name;
    out += '=';
    out += QByteArray::number(value.size());
    out += ':';
    out += value;
    out += '\n';
}

} // namespace

QByteArray AuditEntry::canonicalForm() const
{
    QByteArray out("scimflow-audit-v1\n");
    field(out, "seq", QByteArray::number(seq));
    field(out, "at", QByteArray::number(at));
    field(out, "os_user", osUser.toUtf8());
    field(out, "idp_identity", idpIdentity.toUtf8());
    field(out, "kind", auditKindName(kind).toUtf8());
    field(out, "action", action.toUtf8());
    field(out, "target", target.toUtf8());
    field(out, "request", request.toUtf8());
    field(out, "reason", reason.toUtf8());
    field(out, "outcome", outcome.toUtf8());
    field(out, "intent_seq", intentSeq ? QByteArray::number(intentSeq) : QByteArray());
    field(out, "prev_hash", prevHash.toUtf8());
    return out;
}

QString AuditEntry::computeHash() const
{
    return QString::fromLatin1(QCryptographicHash::hash(canonicalForm(), QCryptographicHash::Sha256).toHex());
}

QString auditKindName(AuditEntry::Kind kind)
{
    switch (kind) {
    case AuditEntry::Kind::Intent:
        return QStringLiteral("intent");
    case AuditEntry::Kind::Outcome:
        return QStringLiteral("outcome");
    case AuditEntry::Kind::Note:
        break;
    }
    return QStringLiteral("note");
}

bool auditKindFromName(QStringView name, AuditEntry::Kind *kind)
{
    for (auto k : {AuditEntry::Kind::Intent, AuditEntry::Kind::Outcome, AuditEntry::Kind::Note}) {
        if (name == auditKindName(k)) {
            *kind = k;
            return true;
        }
    }
    return false;
}

} // namespace Scimflow
