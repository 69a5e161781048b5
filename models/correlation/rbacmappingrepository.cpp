#include "rbacmappingrepository.h"

#include "jobswriter.h"
#include "principalresolver.h"
#include "rbacmappingtables.h"
#include "store.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>

namespace Scimflow {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Scimflow::RbacMappingRepository", text);
}

/// The parse of \a content. A mapping is read for every job import and drift run, and a large one takes
/// most of a second to parse; the last text parsed is kept, for every thread, as stored versions never
/// change.
RbacMappingParseResult parsedContent(const QString &content)
{
    static QMutex mutex;
    static QString lastContent;
    static RbacMappingParseResult lastParse;
    {
        const QMutexLocker lock(&mutex);
        if (!lastContent.isNull() && lastContent == content)
            return lastParse;
    }
    RbacMappingParseResult parse = RbacMappingParser::parse(content);
    const QMutexLocker lock(&mutex);
    lastContent = content;
    lastParse = parse;
    return parse;
}

StoredRbacMapping parsed(const RbacMappingVersionRow &row, bool withContent)
{
    StoredRbacMapping s;
    s.version = row.version;
    s.createdAt = row.createdAt;
    s.author = row.author;
    if (withContent) {
        s.content = row.content;
        RbacMappingParseResult parsed = parsedContent(s.content);
        s.mapping = std::move(parsed.mapping);
        s.errors = std::move(parsed.errors);
    }
    return s;
}

Result<StoredRbacMapping> parsed(const Result<RbacMappingVersionRow> &row)
{
    if (!row)
        return row.error();
    if (row->version == 0)
        return StoredRbacMapping{};
    return parsed(*row, true);
}

/// Writes the mapping's service accounts and group roles; returns warnings about names the IdP lacks.
Status applyMapping(Store &store, const RbacMapping &m, RbacApplyReport *report)
{
    Result<QHash<QString, qint64>> groupIds = RbacMappingTables::groupIdsByName(store);
    if (!groupIds)
        return groupIds.error();

    QList<std::pair<qint64, QString>> roles;
    for (auto it = m.groupRoles.begin(); it != m.groupRoles.end(); ++it) {
        const qint64 gid = groupIds->value(it.key().toCaseFolded());
        if (!gid) {
            report->warnings
                << QCoreApplication::translate(
                       "Scimflow::RbacMappingRepository",
                       "The group \"%1\" is not in the IdP snapshot; its roles apply once it is.")
                       .arg(it.key());
            continue;
        }
        for (const QString &role : it.value())
            roles.append({gid, role});
    }
    if (Status s = RbacMappingTables::replaceGroupRoles(store, roles); !s)
        return s;
    report->groupRoles = int(roles.size());
    for (const QString &g : m.privilegedGroups) {
        if (!groupIds->contains(g.toCaseFolded()))
            report->warnings << QCoreApplication::translate(
                                    "Scimflow::RbacMappingRepository",
                                    "The privileged group \"%1\" is not in the IdP snapshot.")
                                    .arg(g);
    }

    QList<ServiceAccountRuleRow> rules;
    for (const RbacServiceAccountRule &sa : m.serviceAccounts) {
        const qint64 gid = sa.owner.isEmpty() ? 0 : groupIds->value(sa.owner.toCaseFolded());
        if (!sa.owner.isEmpty() && !gid) {
            report->warnings
                << QCoreApplication::translate(
                       "Scimflow::RbacMappingRepository",
                       "Line %1: the owner \"%2\" of %3 is not in the IdP snapshot; the account is "
                       "treated as unowned.")
                       .arg(sa.line)
                       .arg(sa.owner, sa.email);
        }
        rules.append({sa.email, gid, sa.role});
    }
    if (Status s = RbacMappingTables::replaceServiceAccountRules(store, rules); !s)
        return s;
    report->serviceAccounts = int(rules.size());
    return {};
}

} // namespace

Result<StoredRbacMapping> RbacMappingRepository::current(const Store &store)
{
    return parsed(RbacMappingTables::current(store));
}

Result<StoredRbacMapping> RbacMappingRepository::version(const Store &store, int version)
{
    return parsed(RbacMappingTables::version(store, version));
}

Result<QList<StoredRbacMapping>> RbacMappingRepository::history(const Store &store)
{
    Result<QList<RbacMappingVersionRow>> rows = RbacMappingTables::history(store);
    if (!rows)
        return rows.error();
    QList<StoredRbacMapping> out;
    for (const RbacMappingVersionRow &row : *rows)
        out << parsed(row, false);
    return out;
}

Result<RbacApplyReport> RbacMappingRepository::save(Store &store, const QString &content,
                                                    const QString &author)
{
    const RbacMappingParseResult parsed = RbacMappingParser::parse(content);
    if (!parsed.ok()) {
        return Error::make(
            Error::Kind::InvalidInput,
            tr("The RBAC mapping has errors; fix them and save again:\n%1").arg(parsed.errorText()));
    }
    Result<StoredRbacMapping> now = current(store);
    if (!now)
        return now.error();
    RbacApplyReport report;
    if (now->version > 0 && now->content == content) {
        report.version = now->version;
        report.unchanged = true;
        return report;
    }

    Transaction tx(store.database());
    if (!tx.isActive())
        return Error::make(Error::Kind::Database, tr("Cannot start a transaction to save the RBAC mapping."));
    report.version = now->version + 1;
    if (Status s =
            RbacMappingTables::insertVersion(store, {report.version, currentTimestamp(), author, content});
        !s)
        return s.error();
    if (Status s = applyMapping(store, parsed.mapping, &report); !s)
        return s.error();
    // Aliases and service accounts changed: links of existing jobs follow the new mapping.
    Result<PrincipalResolver> resolver = PrincipalResolver::load(store);
    if (!resolver)
        return resolver.error();
    Result<int> relinked = JobsWriter::relinkAll(store, *resolver);
    if (!relinked)
        return relinked.error();
    report.jobsRelinked = *relinked;
    if (Status s = tx.commit(); !s)
        return s.error();
    return report;
}

} // namespace Scimflow
