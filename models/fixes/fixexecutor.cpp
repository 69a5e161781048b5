#include "fixexecutor.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <memory>

namespace Scimflow {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Scimflow::FixExecutor", text);
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// Connectors promise one callback; this keeps a second one from writing a second outcome.
template <typename T> std::function<void(T)> once(std::function<void(T)> f)
{
    auto called = std::make_shared<bool>(false);
    return [called, f = std::move(f)](T value) {
        if (*called)
            return;
        *called = true;
        f(std::move(value));
    };
}

} // namespace

FixConnector *FixExecutor::connectorFor(const FixAction &action) const
{
    for (FixConnector *c : m_connectors) {
        if (c && c->supports(action))
            return c;
    }
    return nullptr;
}

QString FixExecutor::outcomeText(const FixResult &r)
{
    switch (r.status) {
    case FixResult::Status::Succeeded: {
        const QString base = r.httpStatus ? QStringLiteral("succeeded (HTTP %1)").arg(r.httpStatus)
                                          : QStringLiteral("succeeded");
        return r.message.isEmpty() ? base : base + QStringLiteral(": ") + r.message;
    }
    case FixResult::Status::Conflict:
        return QStringLiteral("conflict (HTTP %1): %2; current server state: %3")
            .arg(r.httpStatus)
            .arg(r.message, compact(r.serverState));
    case FixResult::Status::Failed:
        break;
    }
    return r.httpStatus ? QStringLiteral("failed (HTTP %1): %2").arg(r.httpStatus).arg(r.message)
                        : QStringLiteral("failed: %1").arg(r.message);
}

void FixExecutor::execute(const FixPlan &plan, const QString &reason, std::function<void(FixOutcome)> done)
{
    FixOutcome refused;
    if (reason.trimmed().isEmpty()) {
        refused.refusal = Error::make(Error::Kind::InvalidInput,
                                      tr("Enter a reason for the change; it is kept in the audit log."));
        done(refused);
        return;
    }
    FixConnector *connector = connectorFor(plan.action);
    if (!connector) {
        refused.refusal =
            Error::make(Error::Kind::InvalidInput, plan.unavailableReason.isEmpty()
                                                       ? tr("No connection can perform this fix.")
                                                       : plan.unavailableReason);
        done(refused);
        return;
    }
    connector->prepare(plan.action, once<Status>([this, plan, reason, connector, done](Status prepared) {
                           if (!prepared) {
                               FixOutcome refused;
                               refused.refusal = prepared.error();
                               done(refused);
                               return;
                           }
                           // The request as it will be sent (described now, after preparing, not the possibly
                           // stale preview).
                           QJsonObject request = connector->describe(plan.action).toJson();
                           request.insert(QStringLiteral("action"), plan.action.toJson());
                           Result<AuditEntry> intent =
                               m_log.appendIntent(connector->identity(), fixKindName(plan.action.kind),
                                                  plan.action.target(), compact(request), reason.trimmed());
                           if (!intent) {
                               FixOutcome refused;
                               refused.refusal = intent.error();
                               done(refused);
                               return;
                           }
                           const AuditEntry intentEntry = *intent;
                           connector->perform(
                               plan.action, once<FixResult>([this, intentEntry, done](FixResult result) {
                                   FixOutcome outcome;
                                   outcome.performed = true;
                                   outcome.result = result;
                                   outcome.intentSeq = intentEntry.seq;
                                   outcome.needsConfirmation = true;
                                   Result<AuditEntry> written =
                                       m_log.appendOutcome(intentEntry, outcomeText(result));
                                   if (written)
                                       outcome.outcomeSeq = written->seq;
                                   else
                                       outcome.refusal =
                                           written.error(); // reconcile() closes the intent later
                                   done(outcome);
                               }));
                       }));
}

void FixExecutor::prepare(const FixAction &action, std::function<void(Status)> done)
{
    FixConnector *connector = connectorFor(action);
    if (!connector) {
        done(Error::make(Error::Kind::InvalidInput, tr("No connection can perform this fix.")));
        return;
    }
    connector->prepare(action, once<Status>(std::move(done)));
}

FixRequest FixExecutor::describe(const FixAction &action) const
{
    FixConnector *connector = connectorFor(action);
    return connector ? connector->describe(action) : FixRequest();
}

void FixExecutor::confirm(const FixAction &action, qint64 intentSeq, std::function<void(ResourceState)> done)
{
    FixConnector *connector = connectorFor(action);
    if (!connector) {
        ResourceState s;
        s.error = tr("No connection can read this resource.");
        done(s);
        return;
    }
    connector->readBack(
        action, once<ResourceState>([this, action, intentSeq, connector, done](ResourceState s) {
            AuditEntry note;
            note.idpIdentity = connector->identity();
            note.action = QStringLiteral("confirm-") + fixKindName(action.kind);
            note.target = action.target();
            note.intentSeq = intentSeq;
            note.outcome = !s.readOk         ? QStringLiteral("not confirmed: ") + s.error
                           : s.effectApplied ? QStringLiteral("confirmed: ") + s.summary
                                             : QStringLiteral("not in effect: ") + s.summary;
            if (Result<AuditEntry> recorded = m_log.append(note); !recorded) {
                // The check stands; say that the trail lacks it.
                const QString missing = tr("not recorded in the audit log: %1").arg(recorded.error().message);
                (s.readOk ? s.summary : s.error) += QStringLiteral(" (") + missing + QLatin1Char(')');
            }
            done(s);
        }));
}

void FixExecutor::reconcile(std::function<void(ReconcileReport)> done)
{
    Result<QList<AuditEntry>> pending = m_log.pendingIntents();
    if (!pending) {
        ReconcileReport report;
        report.messages << pending.error().message;
        done(report);
        return;
    }
    reconcileNext(*pending, ReconcileReport{}, std::move(done));
}

void FixExecutor::reconcileNext(QList<AuditEntry> pending, ReconcileReport report,
                                std::function<void(ReconcileReport)> done)
{
    if (pending.isEmpty()) {
        done(report);
        return;
    }
    const AuditEntry intent = pending.takeFirst();
    FixAction action;
    const QJsonObject request = QJsonDocument::fromJson(intent.request.toUtf8()).object();
    if (!FixAction::fromJson(request.value(QStringLiteral("action")).toObject(), &action)) {
        // Nothing to re-read: close it so it does not come back on every start.
        if (m_log.appendOutcome(intent,
                                QStringLiteral("unknown: interrupted, and the action cannot be re-read")))
            ++report.reconciled;
        report.messages << tr("Entry %1: interrupted; its action could not be re-read.").arg(intent.seq);
        reconcileNext(std::move(pending), report, std::move(done));
        return;
    }
    FixConnector *connector = connectorFor(action);
    if (!connector) {
        ++report.stillPending;
        report.messages << tr("Entry %1 (%2 %3): interrupted; no connection can re-read it yet.")
                               .arg(intent.seq)
                               .arg(intent.action, intent.target);
        reconcileNext(std::move(pending), report, std::move(done));
        return;
    }
    connector->readBack(
        action, once<ResourceState>([this, intent, pending, report, done](ResourceState s) mutable {
            if (!s.readOk) {
                ++report.stillPending;
                report.messages << tr("Entry %1 (%2 %3): interrupted; re-reading failed (%4), "
                                      "retried at the next start.")
                                       .arg(intent.seq)
                                       .arg(intent.action, intent.target, s.error);
            } else {
                const QString text =
                    (s.effectApplied ? QStringLiteral("reconciled after interruption: in effect: ")
                                     : QStringLiteral("reconciled after interruption: not in "
                                                      "effect: ")) +
                    s.summary;
                if (m_log.appendOutcome(intent, text))
                    ++report.reconciled;
                else
                    ++report.stillPending;
                report.messages
                    << tr("Entry %1 (%2 %3): %4").arg(intent.seq).arg(intent.action, intent.target, text);
            }
            reconcileNext(std::move(pending), report, std::move(done));
        }));
}

} // namespace Scimflow
