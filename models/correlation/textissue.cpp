#include "textissue.h"

#include <QCoreApplication>

namespace Scimflow {

QString TextIssue::toString() const
{
    return QCoreApplication::translate("TextIssue", "line %1, column %2: %3")
        .arg(line)
        .arg(column)
        .arg(message);
}

} // namespace Scimflow
