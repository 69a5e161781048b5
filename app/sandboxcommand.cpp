#include "commands.h"

#include "demoenvironment.h"
#include "faultinjector.h"
#include "graphsandbox.h"
#include "oktasandbox.h"
#include "pipelinesandbox.h"
#include "sandboxserver.h"
#include "scenario.h"
#include "scimsandbox.h"
#include "scimtargetsandbox.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <memory>

namespace Scimflow::Cli {

int runSandbox(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Serve a simulated identity provider on 127.0.0.1 until killed (for trying the console, "
        "benchmarks and fault-injection tests): an Okta org at http://127.0.0.1:PORT (the token is its SSWS "
        "API token) and a SCIM 2.0 server at http://127.0.0.1:PORT/scim/v2."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("sandbox"), QStringLiteral("The command name."));
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Port (0 = any free port)."),
                                  QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption scenario(QStringLiteral("scenario"),
                                      QStringLiteral("demo or large (default demo)."), QStringLiteral("NAME"),
                                      QStringLiteral("demo"));
    const QCommandLineOption token(QStringLiteral("token"), QStringLiteral("Bearer token clients must send."),
                                   QStringLiteral("T"));
    const QCommandLineOption fault(QStringLiteral("fault"), Fault::syntaxHelp(), QStringLiteral("SPEC"));
    const QCommandLineOption entra(
        QStringLiteral("string-booleans"),
        QStringLiteral("Send \"active\" as \"True\"/\"False\" strings like Entra ID."));
    const QCommandLineOption offsetTokens(
        QStringLiteral("offset-page-tokens"),
        QStringLiteral("Write Dataflow and Cloud Logging page tokens as plain offsets (\"15\", \"30\"), as "
                       "some compatible servers do, instead of opaque ones."));
    const QCommandLineOption graph(
        QStringLiteral("graph"),
        QStringLiteral(
            "Also serve a Microsoft Graph (Entra ID) tenant: token endpoint "
            "/TENANT/oauth2/v2.0/token (client secret = --token), users and groups delta, directory "
            "audits and the fixes under /v1.0."));
    const QCommandLineOption graphTenant(
        QStringLiteral("graph-tenant"),
        QStringLiteral("Tenant of the Graph sandbox (default sandbox-tenant)."), QStringLiteral("TENANT"),
        QStringLiteral("sandbox-tenant"));
    const QCommandLineOption graphClientId(
        QStringLiteral("graph-client-id"),
        QStringLiteral("Client id the Graph sandbox accepts (default scimflow-sandbox)."),
        QStringLiteral("ID"), QStringLiteral("scimflow-sandbox"));
    parser.addOptions({port, scenario, token, fault, entra, offsetTokens, graph, graphTenant, graphClientId});
    parser.process(arguments);

    QTextStream err(stderr);
    QTextStream out(stdout);
    if (!parser.isSet(token) || parser.value(token).isEmpty()) {
        err << "error: --token T is required\n";
        return UsageError;
    }
    const ScenarioSpec spec = ScenarioSpec::byName(parser.value(scenario));
    if (spec.name.isEmpty()) {
        err << "error: unknown scenario '" << parser.value(scenario) << "' (use demo or large)\n";
        return UsageError;
    }
    SandboxServer server;
    for (const QString &text : parser.values(fault)) {
        const Result<Fault> f = Fault::parse(text);
        if (!f) {
            err << "error: " << f.error().message << '\n';
            return UsageError;
        }
        server.faults().add(*f);
    }
    const Scenario data = ScenarioGenerator::generate(spec, currentTimestamp());
    ScimSandbox scim(server, data, parser.value(token));
    scim.setStringBooleans(parser.isSet(entra));
    OktaSandbox okta(server, data, parser.value(token));          // Management API and System Log at the root
    PipelineSandbox pipelines(server, data, parser.value(token)); // Dataflow, Cloud Logging, GitHub Actions
    pipelines.data().setPlainOffsetTokens(parser.isSet(offsetTokens));
    std::unique_ptr<GraphSandbox> graphTenantSandbox;
    if (parser.isSet(graph))
        graphTenantSandbox = std::make_unique<GraphSandbox>(server, data, parser.value(graphTenant),
                                                            parser.value(graphClientId), parser.value(token));
    // An Identity-Center-shaped SCIM provisioning target, for `scimflow sync --scim-target`.
    ScimTargetSandbox awsTarget(server, QStringLiteral("/aws/scim/v2"), parser.value(token));
    DemoEnvironment::populateScimTarget(awsTarget, data);
    const Result<quint16> bound = server.listen(quint16(parser.value(port).toUInt()));
    if (!bound) {
        err << "error: " << bound.error().message << '\n';
        return Failure;
    }
    out << "listening on http://127.0.0.1:" << *bound << Qt::endl;
    out << "okta: --okta-url http://127.0.0.1:" << *bound << "; scim: --scim-url http://127.0.0.1:" << *bound
        << "/scim/v2" << Qt::endl;
    out << "pipelines: Dataflow project " << pipelines.data().project() << " location "
        << pipelines.data().location() << ", GitHub repository " << pipelines.data().repository() << Qt::endl;
    if (graphTenantSandbox)
        out << "graph: tenant " << graphTenantSandbox->tenant() << ", client id "
            << parser.value(graphClientId) << ", --graph-url " << graphTenantSandbox->graphUrl().toString()
            << " --graph-login-url " << graphTenantSandbox->loginUrl().toString() << Qt::endl;
    out << "SCIM target (aws-identity-center): http://127.0.0.1:" << *bound << "/aws/scim/v2" << Qt::endl;
    return QCoreApplication::exec();
}

} // namespace Scimflow::Cli
