#pragma once

#include <QString>

namespace Scimflow {

/// The OS account running the console ($USER, $LOGNAME or $USERNAME; else the home folder's name).
QString currentOsUser();

} // namespace Scimflow
