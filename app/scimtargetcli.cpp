#include "scimtargetcli.h"

#include "vendorprofile.h"

#include <QMap>

namespace Scimflow::Cli {

namespace {

Error usage(const QString &message)
{
    return Error::make(Error::Kind::InvalidInput, message);
}

/// "NAME=VALUE" pairs of one repeatable option, by name; an error for a malformed or repeated name.
Result<QMap<QString, QString>> pairs(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    QMap<QString, QString> out;
    const QString flag = QStringLiteral("--") + option.names().constFirst();
    for (const QString &value : parser.values(option)) {
        const qsizetype eq = value.indexOf(QLatin1Char('='));
        const QString name = value.left(eq).trimmed();
        if (eq <= 0 || name.isEmpty() || value.mid(eq + 1).trimmed().isEmpty())
            return usage(QStringLiteral("%1 takes NAME=VALUE, not \"%2\"").arg(flag, value));
        if (out.contains(name))
            return usage(QStringLiteral("%1 names target \"%2\" twice").arg(flag, name));
        out.insert(name, value.mid(eq + 1).trimmed());
    }
    return out;
}

} // namespace

bool ScimTargetCliOptions::anySet(const QCommandLineParser &parser) const
{
    return parser.isSet(target) || parser.isSet(tokenEnv) || parser.isSet(vendor);
}

Result<QList<ScimTargetRun>> ScimTargetCliOptions::targets(const QCommandLineParser &parser,
                                                           const QString &caFile) const
{
    Result<QMap<QString, QString>> urls = pairs(parser, target);
    if (!urls)
        return urls.error();
    Result<QMap<QString, QString>> tokens = pairs(parser, tokenEnv);
    if (!tokens)
        return tokens.error();
    Result<QMap<QString, QString>> vendors = pairs(parser, vendor);
    if (!vendors)
        return vendors.error();
    for (const QMap<QString, QString> *m : {&*tokens, &*vendors}) {
        for (auto it = m->cbegin(); it != m->cend(); ++it) {
            if (!urls->contains(it.key()))
                return usage(
                    QStringLiteral("target \"%1\" has options but no --scim-target %1=URL").arg(it.key()));
        }
    }
    QList<ScimTargetRun> out;
    for (auto it = urls->cbegin(); it != urls->cend(); ++it) {
        ScimTargetRun run;
        run.name = it.key();
        run.url = it.value();
        run.caFile = caFile;
        run.vendor = vendors->value(run.name, QStringLiteral("generic"));
        VendorProfile profile;
        if (!VendorProfile::targetFromName(run.vendor, &profile))
            return usage(
                QStringLiteral("--scim-target-vendor %1=%2: unknown profile; use one of %3")
                    .arg(run.name, run.vendor, VendorProfile::targetNames().join(QStringLiteral(", "))));
        const QString var = tokens->value(run.name);
        if (var.isEmpty())
            return usage(QStringLiteral("target \"%1\" needs its token: --scim-target-token-env %1=VAR")
                             .arg(run.name));
        run.token = qEnvironmentVariable(var.toLocal8Bit().constData());
        if (run.token.isEmpty())
            return usage(
                QStringLiteral("the environment variable %1 (token of target \"%2\") is empty or not set")
                    .arg(var, run.name));
        out << run;
    }
    return out;
}

} // namespace Scimflow::Cli
