#pragma once

#include <QStringList>

// The console's composition root: parses the GUI options, prepares the database (the demo by default),
// wires the ConsoleSession to the MainWindow and runs the event loop.

namespace Scimflow::Gui {

/// Runs the console. \a commandSummaries ("name  summary" lines) are listed by --help.
int run(int &argc, char **argv, const QStringList &commandSummaries);

} // namespace Scimflow::Gui
