#include "scimdirectoryreader.h"

#include "scimclient.h"
#include "scimfiltertext.h"
#include "scimlistjob.h"

#include <algorithm>

namespace Scimflow {

ScimDirectoryReader::ScimDirectoryReader(ScimClient *client, QObject *parent)
    : DirectoryReader(parent)
    , m_client(client)
{}

void ScimDirectoryReader::start(const DirectoryReadRequest &request)
{
    m_read = DirectoryRead();
    m_cancelled = false;
    if (!m_client) {
        finish(Error::make(Error::Kind::Internal, tr("The SCIM client is gone.")));
        return;
    }
    Q_EMIT phaseChanged(tr("Reading the server's capabilities"));
    m_client->discover(this, [this, request](const Result<ServiceProviderInfo> &info) {
        if (!info) {
            finish(info.error());
            return;
        }
        if (m_cancelled) {
            finish(Error::make(Error::Kind::Cancelled, tr("The sync was cancelled; nothing was changed.")));
            return;
        }
        QStringList served = info->schemas;
        for (const QString &type : info->resourceTypes)
            served << QStringLiteral("resourceType:") + type;
        served.sort();
        m_read.schemasDocument = served.join(QLatin1Char('\n')).toUtf8();
        // A server that cannot filter is read in full.
        m_read.full = request.full || !info->filterSupported;
        m_filter = m_read.full ? QString()
                               : ScimFilterText::greaterThan(QStringLiteral("meta.lastModified"),
                                                             timestampToIso(request.since));
        list(ScimParser::Kind::Users, tr("Reading users"), [this](const ScimListing &users) {
            m_read.users = users.users;
            list(ScimParser::Kind::Groups, tr("Reading groups"), [this](const ScimListing &groups) {
                m_read.groups = groups.groups;
                fillMembersFromUsers();
                m_read.summary = tr("scim: %n users", nullptr, int(m_read.users.size())) +
                                 tr(", %n groups", nullptr, int(m_read.groups.size()));
                finish(std::move(m_read));
            });
        });
    });
}

void ScimDirectoryReader::list(ScimParser::Kind kind, const QString &phase,
                               std::function<void(const ScimListing &)> next)
{
    Q_EMIT phaseChanged(phase);
    m_list = m_client->list(kind, m_filter);
    connect(m_list, &ScimListJob::progress, this, &DirectoryReader::progress);
    connect(m_list, &ScimListJob::finished, this, [this, job = m_list.data(), next] {
        const Result<ScimListing> &r = job->result();
        if (!r) {
            finish(r.error());
            return;
        }
        m_read.requests += r->requests;
        m_read.duplicates += r->duplicates;
        next(*r);
    });
}

void ScimDirectoryReader::fillMembersFromUsers()
{
    // Only a full listing has every user, and only users' "groups" can tell who is in a group listed without
    // members; a group nobody names is then empty. Otherwise such groups keep their stored memberships.
    const bool usersNameGroups = std::any_of(m_read.users.cbegin(), m_read.users.cend(),
                                             [](const User &u) { return !u.groupScimIds.isEmpty(); });
    if (!m_read.full || !usersNameGroups)
        return;
    QHash<QString, QStringList> membersOf;
    for (const User &u : std::as_const(m_read.users)) {
        for (const QString &g : u.groupScimIds)
            membersOf[g] << u.scimId;
    }
    for (Group &g : m_read.groups) {
        if (!g.membersListed) {
            g.memberScimIds = membersOf.value(g.scimId);
            g.membersListed = true;
        }
    }
}

void ScimDirectoryReader::cancel()
{
    m_cancelled = true;
    if (m_list)
        m_list->cancel(); // its finished() arrives with Error::Kind::Cancelled
}

} // namespace Scimflow
