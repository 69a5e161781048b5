#include "principalresolver.h"

#include "principalreads.h"
#include "rbacmappingrepository.h"

namespace Scimflow {

PrincipalResolver::PrincipalResolver(CorrelationKeys keys)
    : m_keys(keys)
{}

QString PrincipalResolver::normalize(const QString &principal)
{
    QString p = principal.trimmed();
    for (const char *prefix : {"user:", "serviceAccount:", "principal:"}) {
        if (p.startsWith(QLatin1String(prefix), Qt::CaseInsensitive)) {
            p = p.mid(int(qstrlen(prefix)));
            break;
        }
    }
    return p.toCaseFolded();
}

void PrincipalResolver::put(QHash<QString, qint64> &hash, const QString &key, qint64 id, bool deleted)
{
    if (key.isEmpty())
        return;
    auto it = hash.find(key);
    if (it == hash.end())
        hash.insert(key, id);
    else if (!deleted || m_deleted.value(*it))
        *it = id; // a live user wins over a deleted one with the same name
}

void PrincipalResolver::addUser(qint64 id, const QString &userName, const QStringList &emails,
                                const QString &externalId, bool deleted)
{
    m_deleted.insert(id, deleted);
    put(m_byUserName, normalize(userName), id, deleted);
    for (const QString &e : emails)
        put(m_byEmail, normalize(e), id, deleted);
    put(m_byExternalId, normalize(externalId), id, deleted);
}

void PrincipalResolver::addServiceAccount(qint64 id, const QString &email)
{
    m_accounts.insert(normalize(email), id);
}

void PrincipalResolver::setAliases(const QMap<QString, QString> &aliases)
{
    m_aliases.clear();
    for (auto it = aliases.begin(); it != aliases.end(); ++it)
        m_aliases.insert(normalize(it.key()), normalize(it.value()));
}

qint64 PrincipalResolver::userFor(const QString &principal) const
{
    const QString p = normalize(principal);
    if (p.isEmpty())
        return 0;
    if (m_keys.userName) {
        if (const qint64 id = m_byUserName.value(p))
            return id;
    }
    if (m_keys.email) {
        if (const qint64 id = m_byEmail.value(p))
            return id;
    }
    if (m_keys.externalId) {
        if (const qint64 id = m_byExternalId.value(p))
            return id;
    }
    if (m_keys.aliases) {
        const QString target = m_aliases.value(p);
        if (!target.isEmpty() && target != p) {
            if (const qint64 id = m_byUserName.value(target))
                return id;
            if (const qint64 id = m_byEmail.value(target))
                return id;
        }
    }
    return 0;
}

qint64 PrincipalResolver::serviceAccountFor(const QString &principal) const
{
    return m_accounts.value(normalize(principal));
}

Result<PrincipalResolver> PrincipalResolver::load(const Store &store, std::optional<CorrelationKeys> keys)
{
    Result<StoredRbacMapping> current = RbacMappingRepository::current(store);
    if (!current)
        return current.error();
    if (!keys) {
        const QStringList &matchBy = current->mapping.matchBy;
        keys = CorrelationKeys();
        if (!matchBy.isEmpty()) {
            keys->email = matchBy.contains(QLatin1String("email"));
            keys->userName = matchBy.contains(QLatin1String("userName"));
            keys->externalId = matchBy.contains(QLatin1String("externalId"));
            keys->aliases = matchBy.contains(QLatin1String("aliases"));
        }
    }
    PrincipalResolver r(*keys);
    const PrincipalVisitor visit{[&r](qint64 id, const QString &userName, const QStringList &emails,
                                      const QString &externalId,
                                      bool deleted) { r.addUser(id, userName, emails, externalId, deleted); },
                                 [&r](qint64 id, const QString &email) { r.addServiceAccount(id, email); }};
    if (Status read = readPrincipals(store, visit); !read)
        return read.error();
    if (keys->aliases)
        r.setAliases(current->mapping.aliases);
    return r;
}

} // namespace Scimflow
