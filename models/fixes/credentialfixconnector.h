#pragma once

#include "fixconnector.h"
#include "httprequest.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

namespace Scimflow {

class HttpClient;

/// The service-account credential fixes: disables or enables a Google Cloud service account or key, deletes a
/// key (IAM v1), or revokes a GitHub fine-grained token's access to an organisation, then reads the resource
/// back (keys.get, serviceAccounts.get, the token's repositories) to confirm. One connector per project and
/// per organisation; a null client leaves that side unsupported.
class CredentialFixConnector : public QObject, public FixConnector
{
    Q_OBJECT
public:
    struct Target
    {
        HttpClient *client = nullptr; // not owned; its auth provider adds the credential
        QUrl base;                    // IAM (https://iam.googleapis.com) or GitHub API base
        QString source;               // the project or organisation it serves
        QString identity;             // who the requests are made as, for the audit log
    };

    CredentialFixConnector(Target gcp, Target github, QObject *parent = nullptr);

    bool supports(const FixAction &action) const override;
    QString identity() const override;
    FixRequest describe(const FixAction &action) const override;
    void perform(const FixAction &action, std::function<void(FixResult)> done) override;
    void readBack(const FixAction &action, std::function<void(ResourceState)> done) override;

    HttpRequest request(const FixAction &action) const;

private:
    const Target &targetOf(const FixAction &action) const;

    Target m_gcp;
    Target m_github;
    QPointer<HttpClient> m_gcpClient;
    QPointer<HttpClient> m_githubClient;
};

} // namespace Scimflow
