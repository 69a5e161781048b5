#pragma once

#include "consoletables.h"

#include <QString>

// Display texts shared by the models' data() and the search index, so that the text filter matches exactly
// what a cell shows.

namespace Scimflow::DisplayFormat {

/// "2026-11-28 14:03" in UTC, "" for 0. Formatted by hand: QDateTime is ~50x slower and the search index
/// formats three times per job.
QString timestamp(Timestamp ts);
/// The same as UTF-8 into a caller's buffer (no allocation); returns the length (0 for ts == 0).
int timestampUtf8(Timestamp ts, char (&out)[24]);

QString identityKind(EntityKind kind);
QString identityStatus(IdentityRow::Status status);
QString jobState(quint8 state);
/// "GCP user-managed key", "GitHub fine-grained token", …
QString credentialKind(CredentialRow::Kind kind);
/// "Disabled", "Expired" or "Active".
QString credentialStatus(const CredentialRow &row);
/// "2026-11-28": the day only (Policy Analyzer's last authentication has day granularity).
QString day(Timestamp ts);
QString yesNo(bool value);

} // namespace Scimflow::DisplayFormat
