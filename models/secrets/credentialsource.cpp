#include "credentialsource.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QUrl>

#include <array>

namespace Scimflow {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Scimflow::CredentialSource", text);
}

/// Empty, or an absolute http(s) URL.
bool urlOrEmpty(const QString &text)
{
    if (text.trimmed().isEmpty())
        return true;
    const QUrl url(text.trimmed());
    return url.isValid() && !url.host().isEmpty() &&
           (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
}

/// The stored fields of \a s by their JSON keys (const or not, for writing and for reading).
template <typename Source> auto fields(Source &s)
{
    using Field = std::pair<const char *, decltype(&s.project)>;
    return std::array<Field, 9>{Field{"project", &s.project},
                                Field{"iamUrl", &s.iamUrl},
                                Field{"policyAnalyzerUrl", &s.policyAnalyzerUrl},
                                Field{"credentialsFile", &s.credentialsFile},
                                Field{"organisation", &s.organisation},
                                Field{"appId", &s.appId},
                                Field{"appKeyFile", &s.appKeyFile},
                                Field{"githubUrl", &s.githubUrl},
                                Field{"secretRef", &s.secretRef}};
}

} // namespace

QString CredentialSource::kindName(Kind kind)
{
    return kind == Kind::Github ? QStringLiteral("github") : QStringLiteral("gcp");
}

QString CredentialSource::displayName() const
{
    return kind == Kind::Github ? tr("GitHub organisation %1").arg(organisation)
                                : tr("Google Cloud project %1").arg(project);
}

QString CredentialSource::validate() const
{
    if (kind == Kind::Gcp) {
        if (project.trimmed().isEmpty())
            return tr("Give the Google Cloud project whose service accounts and keys to read.");
        if (!urlOrEmpty(iamUrl) || !urlOrEmpty(policyAnalyzerUrl))
            return tr("The IAM and Policy Analyzer URLs must be https:// addresses (or left empty for "
                      "Google's own).");
        return {};
    }
    if (organisation.trimmed().isEmpty())
        return tr("Give the GitHub organisation whose fine-grained tokens to read.");
    if (appId.trimmed().isEmpty())
        return tr("Give the id of the GitHub App installed on the organisation.");
    if (!urlOrEmpty(githubUrl))
        return tr("The GitHub API URL must be an https:// address (or left empty for api.github.com).");
    return {};
}

QJsonArray CredentialSource::toJson(const QList<CredentialSource> &sources)
{
    QJsonArray out;
    for (const CredentialSource &s : sources) {
        QJsonObject o{{QLatin1String("kind"), kindName(s.kind)}};
        for (const auto &[key, value] : fields(s)) {
            if (!value->isEmpty())
                o.insert(QLatin1String(key), *value);
        }
        out.append(o);
    }
    return out;
}

QList<CredentialSource> CredentialSource::fromJson(const QJsonArray &array)
{
    QList<CredentialSource> out;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        CredentialSource s;
        s.kind =
            o.value(QLatin1String("kind")).toString() == QLatin1String("github") ? Kind::Github : Kind::Gcp;
        for (const auto &[key, value] : fields(s))
            *value = o.value(QLatin1String(key)).toString();
        if (s.validate().isEmpty())
            out << s;
    }
    return out;
}

} // namespace Scimflow
