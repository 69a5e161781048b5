#include "osuser.h"

#include <QDir>

namespace Scimflow {

QString currentOsUser()
{
    for (const char *name : {"USER", "LOGNAME", "USERNAME"}) {
        const QString value = qEnvironmentVariable(name);
        if (!value.isEmpty())
            return value;
    }
    const QString home = QDir::homePath();
    return home.isEmpty() || home == QLatin1String("/") ? QStringLiteral("unknown") : QDir(home).dirName();
}

} // namespace Scimflow
