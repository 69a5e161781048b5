#pragma once

#include <QString>

class QTextStream;

namespace Scimflow {
class Store;
}

namespace Scimflow::Cli {

/// `scimflow review remediate`: prints the remediation plan of signed campaign \a campaignId and, with
/// \a apply, carries it out through the fixes of saved connection \a connection (empty: the one the database
/// was synced from) with one \a reason. Returns the exit code.
int remediateCampaign(Store &store, qint64 campaignId, const QString &connection, const QString &reason,
                      bool apply, QTextStream &out, QTextStream &err);

} // namespace Scimflow::Cli
