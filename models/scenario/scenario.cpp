#include "scenario.h"

namespace Scimflow {

ScenarioSpec ScenarioSpec::demo()
{
    ScenarioSpec s;
    s.name = QStringLiteral("demo");
    return s;
}

ScenarioSpec ScenarioSpec::large()
{
    ScenarioSpec s;
    s.name = QStringLiteral("large");
    s.users = 100000;
    s.groups = 5000;
    s.serviceAccounts = 2000;
    s.jobs = 200000;
    s.days = 180;
    s.membershipsPerUser = 8;
    s.identityEvents = 1000000;
    return s;
}

ScenarioSpec ScenarioSpec::byName(const QString &name)
{
    if (name == QLatin1String("demo"))
        return demo();
    if (name == QLatin1String("large"))
        return large();
    return {};
}

} // namespace Scimflow
