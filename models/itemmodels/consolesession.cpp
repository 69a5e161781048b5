#include "consolesession.h"

#include "consoleloader.h"
#include "consolequeries.h"
#include "credentialmodel.h"
#include "identitymodel.h"
#include "jobmodel.h"
#include "linkedtableproxy.h"
#include "linkresolver.h"
#include "rolemodel.h"
#include "selectioncontext.h"
#include "store.h"

namespace Scimflow {

ConsoleSession::ConsoleSession(QObject *parent)
    : QObject(parent)
    , m_identities(new IdentityModel(this))
    , m_roles(new RoleModel(this))
    , m_jobs(new JobModel(this))
    , m_credentials(new CredentialModel(this))
    , m_identityProxy(new LinkedTableProxy(this))
    , m_roleProxy(new LinkedTableProxy(this))
    , m_jobProxy(new LinkedTableProxy(this))
    , m_credentialProxy(new LinkedTableProxy(this))
    , m_selection(new SelectionContext(this))
{
    m_identityProxy->setSourceModel(m_identities);
    m_roleProxy->setSourceModel(m_roles);
    m_jobProxy->setSourceModel(m_jobs);
    m_credentialProxy->setSourceModel(m_credentials);
    for (LinkedTableProxy *proxy : {m_identityProxy, m_roleProxy, m_jobProxy, m_credentialProxy})
        proxy->setSelectionContext(m_selection);
}

ConsoleSession::~ConsoleSession()
{
    delete m_job; // waits for the workers
}

Status ConsoleSession::open(const QString &databasePath)
{
    auto store = Store::open(databasePath);
    if (!store)
        return store.error();
    m_selection->clearFocus();
    m_store = std::move(*store);
    ConsoleQueries(*m_store).prepareForLinking();
    m_selection->setResolver(LinkResolver(*m_store, nullptr)); // the jobs' links arrive with the tables
    return {};
}

QString ConsoleSession::databasePath() const
{
    return m_store ? m_store->path() : QString();
}

void ConsoleSession::reload()
{
    if (!m_store || m_job)
        return;
    m_job = new ConsoleLoadJob(m_store->path(), this);
    connect(m_job, &ConsoleLoadJob::progress, this, &ConsoleSession::loadProgress);
    connect(m_job, &ConsoleLoadJob::finished, this, [this] {
        std::shared_ptr<ConsoleData> data = m_job->takeData();
        m_job->deleteLater();
        m_job = nullptr;
        m_identities->setTable(std::move(data->identities));
        m_roles->setTable(std::move(data->roles));
        m_jobs->setTable(std::move(data->jobs));
        m_credentials->setTable(std::move(data->credentials));
        m_lastSyncRuns = std::move(data->lastSyncRuns);
        m_selection->setResolver(LinkResolver(*m_store, std::move(data->jobLinks)));
        m_loaded = true;
        m_selection->refresh();
        emit loaded();
    });
    connect(m_job, &ConsoleLoadJob::failed, this, [this](const Error &error) {
        m_job->deleteLater();
        m_job = nullptr;
        emit loadFailed(error.message);
    });
    m_job->start();
}

EntityDetails ConsoleSession::details(const EntityRef &ref) const
{
    if (!m_store)
        return {};
    return EntityDetails::load(*m_store, ref);
}

} // namespace Scimflow
