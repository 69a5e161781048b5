#pragma once

class QThreadPool;

namespace Scimflow {

/// The thread pool for Scimflow's own work off the GUI thread: table loads, drift analysis, snapshot writes,
/// parsing and report rendering (QtConcurrent::run(backgroundPool(), ...)). Qt's global pool must stay free
/// for Qt itself: the raster paint engine hands parts of a paint to it and waits, so a window painted while
/// the global pool is busy with a long load stalls until that load ends.
QThreadPool *backgroundPool();

} // namespace Scimflow
