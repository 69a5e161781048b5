#include "backgroundpool.h"

#include <QThreadPool>

namespace Scimflow {

Q_GLOBAL_STATIC(QThreadPool, pool)

QThreadPool *backgroundPool()
{
    return pool();
}

} // namespace Scimflow
