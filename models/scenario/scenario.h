#pragma once

#include "scenariodata.h"

#include <QString>

namespace Scimflow {

/// Size and shape of a generated scenario.
struct ScenarioSpec
{
    QString name;
    quint64 seed = 20261128;
    int users = 60;
    int groups = 12;
    int serviceAccounts = 15;
    int jobs = 300;
    int days = 14; // jobs spread over the last N days before the anchor
    int membershipsPerUser = 2;
    qint64 identityEvents = 0; // total events wanted; 0 = only what the history implies

    static ScenarioSpec demo();
    static ScenarioSpec large();
    /// "demo" or "large"; an empty spec (name empty) otherwise.
    static ScenarioSpec byName(const QString &name);
};

/// Generates scenarios. Deterministic: the same spec and anchor give the same data on every platform.
class ScenarioGenerator
{
public:
    static Scenario generate(const ScenarioSpec &spec, Timestamp anchor);
};

} // namespace Scimflow
