#pragma once

#include <QStringList>

// The console's entry point: parses the GUI options, composes the Workspace (what is open) and the Console
// (the windows that follow it), opens the database (the demo by default) and runs the event loop.

namespace Scimflow::Gui {

/// Runs the console. \a commandSummaries ("name  summary" lines) are listed by --help.
int run(int &argc, char **argv, const QStringList &commandSummaries);

} // namespace Scimflow::Gui
