#include "demoloader.h"

#include "scenario.h"
#include "scenarioimporter.h"
#include "store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

namespace Scimflow {

DemoLoader::DemoLoader(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Status>::finished, this, [this] {
        const Status status = m_watcher.result();
        if (status)
            emit finished(m_path);
        else
            emit failed(status.error().message);
    });
}

DemoLoader::~DemoLoader()
{
    m_watcher.waitForFinished();
}

QString DemoLoader::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/demo.db");
}

void DemoLoader::start(const QString &path)
{
    m_path = path;
    m_watcher.setFuture(QtConcurrent::run([path] { return prepare(path); }));
}

Status DemoLoader::prepare(const QString &path)
{
    // The demo is rebuilt on every start so that its "now" is the current time.
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return Error::make(Error::Kind::Io,
                           QCoreApplication::translate("Scimflow::DemoLoader",
                                                       "Cannot create the folder %1 for the demo database.")
                               .arg(info.absolutePath()));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFile::exists(path + suffix) && !QFile::remove(path + suffix))
            return Error::make(Error::Kind::Io,
                               QCoreApplication::translate("Scimflow::DemoLoader",
                                                           "Cannot replace the old demo database %1; close "
                                                           "other Scimflow windows and try again.")
                                   .arg(path + suffix));
    }
    auto store = Store::open(path);
    if (!store)
        return store.error();
    const Scenario scenario = ScenarioGenerator::generate(ScenarioSpec::demo(), currentTimestamp());
    return ScenarioImporter::write(**store, scenario);
}

} // namespace Scimflow
