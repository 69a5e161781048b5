#include "rbacmapping.h"

#include "yamlreader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace Scimflow {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Scimflow::RbacMappingParser", text);
}

void addError(RbacMappingParseResult *r, const YamlValue &at, const QString &message)
{
    r->errors.append(TextIssue{at.line, at.column, message});
}

bool isRoleName(const QString &role)
{
    if (role.isEmpty())
        return false;
    for (const QChar c : role) {
        if (!(c.isLetterOrNumber() || c == QLatin1Char('.') || c == QLatin1Char('_') ||
              c == QLatin1Char('-') || c == QLatin1Char('/')))
            return false;
    }
    return true;
}

/// Reads a list of non-empty strings; reports each entry that is not one.
QStringList stringList(const YamlValue &v, const QString &what, RbacMappingParseResult *r)
{
    QStringList out;
    if (!v.isArray()) {
        addError(
            r, v,
            QCoreApplication::translate("Scimflow::RbacMappingParser", "%1 must be a list of names, not %2")
                .arg(what, v.typeName()));
        return out;
    }
    for (const YamlValue &item : v.items) {
        if (!item.isString() || item.string.trimmed().isEmpty())
            addError(r, item,
                     QCoreApplication::translate("Scimflow::RbacMappingParser",
                                                 "%1 must hold non-empty names; this entry is %2")
                         .arg(what, item.typeName()));
        else
            out << item.string.trimmed();
    }
    return out;
}

} // namespace

QByteArray RbacMapping::toJson() const
{
    QJsonObject groups;
    for (auto it = groupRoles.begin(); it != groupRoles.end(); ++it)
        groups.insert(it.key(), QJsonArray::fromStringList(it.value()));
    QJsonArray accounts;
    for (const RbacServiceAccountRule &sa : serviceAccounts) {
        QJsonObject o{{QStringLiteral("email"), sa.email}, {QStringLiteral("role"), sa.role}};
        if (!sa.owner.isEmpty())
            o.insert(QStringLiteral("owner"), sa.owner);
        accounts.append(o);
    }
    QJsonObject aliasObject;
    for (auto it = aliases.begin(); it != aliases.end(); ++it)
        aliasObject.insert(it.key(), it.value());
    QJsonObject root{
        {QStringLiteral("version"), formatVersion},
        {QStringLiteral("groups"), groups},
        {QStringLiteral("serviceAccounts"), accounts},
        {QStringLiteral("privilegedGroups"), QJsonArray::fromStringList(privilegedGroups)},
        {QStringLiteral("aliases"), aliasObject},
    };
    if (!matchBy.isEmpty())
        root.insert(QStringLiteral("matchBy"), QJsonArray::fromStringList(matchBy));
    const OpenLineageOptions defaults;
    if (openLineage.principalPaths != defaults.principalPaths || !openLineage.runAsPaths.isEmpty() ||
        !openLineage.namespacePrincipals.isEmpty()) {
        QJsonObject namespaces;
        for (auto it = openLineage.namespacePrincipals.begin(); it != openLineage.namespacePrincipals.end();
             ++it)
            namespaces.insert(it.key(), it.value());
        root.insert(
            QStringLiteral("openLineage"),
            QJsonObject{
                {QStringLiteral("principalPaths"), QJsonArray::fromStringList(openLineage.principalPaths)},
                {QStringLiteral("runAsPaths"), QJsonArray::fromStringList(openLineage.runAsPaths)},
                {QStringLiteral("namespaces"), namespaces}});
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

const QStringList &RbacMapping::matchKeyNames()
{
    static const QStringList names{QStringLiteral("email"), QStringLiteral("userName"),
                                   QStringLiteral("externalId"), QStringLiteral("aliases")};
    return names;
}

QString RbacMappingParseResult::errorText() const
{
    QStringList lines;
    for (const TextIssue &e : errors)
        lines << e.toString();
    return lines.join(QLatin1Char('\n'));
}

RbacMappingParseResult RbacMappingParser::parse(const QString &text)
{
    RbacMappingParseResult result;
    if (text.size() > kMaxBytes) {
        result.errors.append(TextIssue{1, 1, tr("the mapping is larger than %1 MB").arg(kMaxBytes >> 20)});
        return result;
    }
    YamlValue root;
    TextIssue issue;
    if (!YamlReader::parse(text, &root, &issue)) {
        result.errors.append(issue);
        return result;
    }
    validate(root, &result);
    return result;
}

void RbacMappingParser::validate(const YamlValue &root, RbacMappingParseResult *r)
{
    if (!root.isObject()) {
        addError(r, root,
                 tr("the mapping must be an object with \"version\", \"groups\" and \"serviceAccounts\""));
        return;
    }
    RbacMapping &m = r->mapping;
    static const QStringList known{QStringLiteral("version"),         QStringLiteral("groups"),
                                   QStringLiteral("serviceAccounts"), QStringLiteral("privilegedGroups"),
                                   QStringLiteral("aliases"),         QStringLiteral("matchBy"),
                                   QStringLiteral("openLineage")};
    for (const auto &[key, value] : root.members) {
        if (!known.contains(key))
            addError(r, value,
                     tr("unknown key \"%1\"; expected one of %2").arg(key, known.join(QStringLiteral(", "))));
    }

    const YamlValue *version = root.member(u"version");
    if (!version) {
        addError(r, root,
                 tr("\"version\" is missing; write \"version\": %1").arg(RbacMapping::kFormatVersion));
    } else if (version->type != YamlValue::Type::Number || version->number != RbacMapping::kFormatVersion) {
        addError(r, *version, tr("\"version\" must be %1").arg(RbacMapping::kFormatVersion));
    }

    if (const YamlValue *groups = root.member(u"groups")) {
        if (!groups->isObject()) {
            addError(r, *groups,
                     tr("\"groups\" must map group names to lists of roles, not %1").arg(groups->typeName()));
        } else {
            for (const auto &[group, roles] : groups->members) {
                if (group.trimmed().isEmpty())
                    addError(r, roles, tr("a group name is empty"));
                const QStringList list = stringList(roles, tr("the roles of group \"%1\"").arg(group), r);
                for (const QString &role : list) {
                    if (!isRoleName(role))
                        addError(
                            r, roles,
                            tr("\"%1\" is not a role name (letters, digits, '.', '_', '-', '/')").arg(role));
                }
                m.groupRoles.insert(group.trimmed(), list);
            }
        }
    } else {
        addError(r, root, tr("\"groups\" is missing; map each IdP group to its pipeline roles"));
    }

    if (const YamlValue *accounts = root.member(u"serviceAccounts")) {
        if (!accounts->isArray()) {
            addError(r, *accounts,
                     tr("\"serviceAccounts\" must be a list, not %1").arg(accounts->typeName()));
        } else {
            QSet<QString> seen;
            for (const YamlValue &item : accounts->items) {
                if (!item.isObject()) {
                    addError(
                        r, item,
                        tr("a service account must be an object with \"email\", \"owner\" and \"role\""));
                    continue;
                }
                RbacServiceAccountRule rule;
                rule.line = item.line;
                for (const auto &[key, value] : item.members) {
                    if (key != QLatin1String("email") && key != QLatin1String("owner") &&
                        key != QLatin1String("role")) {
                        addError(r, value,
                                 tr("unknown key \"%1\" in a service account; expected email, owner, role")
                                     .arg(key));
                        continue;
                    }
                    if (value.type == YamlValue::Type::Null && key != QLatin1String("email"))
                        continue;
                    if (!value.isString()) {
                        addError(r, value, tr("\"%1\" must be a string, not %2").arg(key, value.typeName()));
                        continue;
                    }
                    const QString text = value.string.trimmed();
                    if (key == QLatin1String("email"))
                        rule.email = text;
                    else if (key == QLatin1String("owner"))
                        rule.owner = text;
                    else
                        rule.role = text;
                }
                const YamlValue *email = item.member(u"email");
                if (!email) {
                    addError(r, item, tr("a service account has no \"email\""));
                    continue;
                }
                if (!rule.email.contains(QLatin1Char('@'))) {
                    if (email->isString())
                        addError(r, *email, tr("\"%1\" is not an email address").arg(rule.email));
                    continue;
                }
                if (!rule.role.isEmpty() && !isRoleName(rule.role)) {
                    addError(r, *item.member(u"role"), tr("\"%1\" is not a role name").arg(rule.role));
                }
                if (seen.contains(rule.email.toLower())) {
                    addError(r, *email, tr("the service account %1 is listed twice").arg(rule.email));
                    continue;
                }
                seen.insert(rule.email.toLower());
                m.serviceAccounts.append(rule);
            }
        }
    } else {
        addError(r, root,
                 tr("\"serviceAccounts\" is missing; write \"serviceAccounts\": [] if there are none"));
    }

    if (const YamlValue *privileged = root.member(u"privilegedGroups"))
        m.privilegedGroups = stringList(*privileged, tr("\"privilegedGroups\""), r);

    if (const YamlValue *aliases = root.member(u"aliases")) {
        if (!aliases->isObject()) {
            addError(r, *aliases,
                     tr("\"aliases\" must map logins to IdP userNames, not %1").arg(aliases->typeName()));
        } else {
            for (const auto &[login, target] : aliases->members) {
                if (!target.isString() || target.string.trimmed().isEmpty()) {
                    addError(r, target, tr("the alias \"%1\" must name an IdP userName").arg(login));
                    continue;
                }
                m.aliases.insert(login.trimmed(), target.string.trimmed());
            }
        }
    }

    if (const YamlValue *matchBy = root.member(u"matchBy")) {
        m.matchBy = stringList(*matchBy, tr("\"matchBy\""), r);
        for (const QString &key : std::as_const(m.matchBy)) {
            if (!RbacMapping::matchKeyNames().contains(key))
                addError(r, *matchBy,
                         tr("\"%1\" cannot be matched; \"matchBy\" lists some of %2")
                             .arg(key, RbacMapping::matchKeyNames().join(QStringLiteral(", "))));
        }
        if (matchBy->isArray() && m.matchBy.isEmpty())
            addError(r, *matchBy,
                     tr("\"matchBy\" is empty: no principal could match anyone; leave it out to "
                        "match by every key"));
    }

    if (const YamlValue *lineage = root.member(u"openLineage")) {
        if (!lineage->isObject()) {
            addError(r, *lineage,
                     tr("\"openLineage\" must be an object with \"principalPaths\", \"runAsPaths\" and "
                        "\"namespaces\", not %1")
                         .arg(lineage->typeName()));
            return;
        }
        for (const auto &[key, value] : lineage->members) {
            if (key == QLatin1String("principalPaths")) {
                m.openLineage.principalPaths = stringList(value, tr("\"principalPaths\""), r);
            } else if (key == QLatin1String("runAsPaths")) {
                m.openLineage.runAsPaths = stringList(value, tr("\"runAsPaths\""), r);
            } else if (key == QLatin1String("namespaces")) {
                if (!value.isObject()) {
                    addError(r, value,
                             tr("\"namespaces\" must map job namespaces to principals, not %1")
                                 .arg(value.typeName()));
                    continue;
                }
                for (const auto &[ns, principal] : value.members) {
                    if (!principal.isString() || principal.string.trimmed().isEmpty())
                        addError(r, principal, tr("the namespace \"%1\" must name a principal").arg(ns));
                    else
                        m.openLineage.namespacePrincipals.insert(ns, principal.string.trimmed());
                }
            } else {
                addError(r, value,
                         tr("unknown key \"%1\" in \"openLineage\"; expected principalPaths, runAsPaths, "
                            "namespaces")
                             .arg(key));
            }
        }
    }
}

} // namespace Scimflow
