#include "pipelinesource.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QUrl>

namespace Scimflow {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Scimflow::PipelineSource", text);
}

} // namespace

QString PipelineSource::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Dataflow:
        return QStringLiteral("dataflow");
    case Kind::Github:
        return QStringLiteral("github");
    case Kind::OpenLineage:
        return QStringLiteral("openlineage");
    }
    return {};
}

QString PipelineSource::kindLabel(Kind kind)
{
    switch (kind) {
    case Kind::Dataflow:
        return tr("Google Cloud Dataflow");
    case Kind::Github:
        return tr("GitHub Actions");
    case Kind::OpenLineage:
        return tr("OpenLineage");
    }
    return {};
}

QString PipelineSource::target() const
{
    const QString host = QUrl(url).host();
    switch (kind) {
    case Kind::Dataflow:
        return tr("%1 / %2 on %3").arg(project, location, host);
    case Kind::Github:
        return tr("%1 on %2").arg(repository, host);
    case Kind::OpenLineage:
        if (listenPort > 0 && !file.isEmpty())
            return tr("%1, and events received on 127.0.0.1:%2").arg(file).arg(listenPort);
        if (listenPort > 0)
            return tr("events received on 127.0.0.1:%1").arg(listenPort);
        return file;
    }
    return {};
}

QString PipelineSource::validate() const
{
    if (name.trimmed().isEmpty())
        return tr("Give the source a name.");
    switch (kind) {
    case Kind::Dataflow:
        if (url.isEmpty() || project.isEmpty() || location.isEmpty())
            return tr("A Dataflow source needs the API URL, the project and the location.");
        break;
    case Kind::Github:
        if (url.isEmpty() || repository.count(QLatin1Char('/')) != 1)
            return tr("A GitHub source needs the API URL and a repository as OWNER/REPO.");
        break;
    case Kind::OpenLineage:
        if (file.isEmpty() && listenPort <= 0)
            return tr("An OpenLineage source needs an NDJSON file to import, a port to receive events on, or "
                      "both.");
        if (listenPort < 0 || listenPort > 65535)
            return tr("The port must be between 1 and 65535.");
        break;
    }
    return {};
}

QJsonArray PipelineSource::toJson(const QList<PipelineSource> &sources)
{
    QJsonArray out;
    for (const PipelineSource &s : sources) {
        QJsonObject o{{QLatin1String("kind"), kindName(s.kind)}, {QLatin1String("name"), s.name}};
        const std::pair<const char *, const QString *> fields[] = {{"url", &s.url},
                                                                   {"loggingUrl", &s.loggingUrl},
                                                                   {"project", &s.project},
                                                                   {"location", &s.location},
                                                                   {"repository", &s.repository},
                                                                   {"file", &s.file},
                                                                   {"secretRef", &s.secretRef},
                                                                   {"credentialsFile", &s.credentialsFile}};
        for (const auto &[key, value] : fields) {
            if (!value->isEmpty())
                o.insert(QLatin1String(key), *value);
        }
        if (s.listenPort > 0)
            o.insert(QLatin1String("listenPort"), s.listenPort);
        out.append(o);
    }
    return out;
}

QList<PipelineSource> PipelineSource::fromJson(const QJsonArray &array)
{
    QList<PipelineSource> out;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        PipelineSource s;
        const QString kind = o.value(QLatin1String("kind")).toString();
        if (kind == QLatin1String("github"))
            s.kind = Kind::Github;
        else if (kind == QLatin1String("openlineage"))
            s.kind = Kind::OpenLineage;
        else if (kind != QLatin1String("dataflow"))
            continue; // written by a newer version: keep the others usable
        s.name = o.value(QLatin1String("name")).toString();
        s.url = o.value(QLatin1String("url")).toString();
        s.loggingUrl = o.value(QLatin1String("loggingUrl")).toString();
        s.project = o.value(QLatin1String("project")).toString();
        s.location = o.value(QLatin1String("location")).toString();
        s.repository = o.value(QLatin1String("repository")).toString();
        s.file = o.value(QLatin1String("file")).toString();
        s.secretRef = o.value(QLatin1String("secretRef")).toString();
        s.credentialsFile = o.value(QLatin1String("credentialsFile")).toString();
        s.listenPort = o.value(QLatin1String("listenPort")).toInt();
        out << s;
    }
    return out;
}

} // namespace Scimflow
