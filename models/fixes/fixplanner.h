#pragma once

#include "finding.h"
#include "fixaction.h"
#include "fixrequest.h"
#include "result.h"

#include <QList>
#include <QSqlDatabase>

namespace Scimflow {

class FixConnector;

/// A fix offered for a finding: the action, what it will do in words, and the exact request.
struct FixPlan
{
    FixAction action;
    QString title;          // "Cancel job nightly-rollup-..."
    QString expectedEffect; // what changes for whom, in one or two sentences
    FixRequest request;     // empty when no connector can perform it
    QString unavailableReason;

    bool isAvailable() const { return !request.isEmpty(); }
};

/// Works out which fixes make sense for a finding (deactivate a user, remove a group membership, cancel a
/// running job), reading what it needs from the store; connectors describe the requests.
class FixPlanner
{
public:
    FixPlanner(QSqlDatabase db, QList<FixConnector *> connectors)
        : m_db(std::move(db))
        , m_connectors(std::move(connectors))
    {}

    Result<QList<FixPlan>> plansFor(const Finding &finding) const;
    /// The connector that performs \a action, or nullptr.
    FixConnector *connectorFor(const FixAction &action) const;
    /// The plan for an action decided elsewhere (a review's revoke decision): title, effect and request.
    FixPlan describe(const FixAction &action) const;

private:
    Result<QList<FixAction>> actionsFor(const Finding &finding) const;
    /// Service-account credential findings: disable the account or key, delete the key, revoke the token.
    Result<QList<FixAction>> credentialActions(const Finding &finding) const;
    static void describeCredentialFix(const FixAction &action, FixPlan &plan);
    // provisioning-drift: fixes made in a SCIM target rather than the IdP.
    static QList<FixAction> targetActionsFor(const Finding &finding);
    void describeOnTarget(const FixAction &action, FixPlan *plan) const;

    QSqlDatabase m_db;
    QList<FixConnector *> m_connectors;
};

} // namespace Scimflow
