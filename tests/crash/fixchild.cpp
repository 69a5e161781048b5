// Applies one fix the way the console does (FixExecutor + ScimFixConnector on a database file), so that
// tst_crashsafety can kill it between the audit intent and the outcome.
//   crashsafety_fixchild DB SCIM_URL USER_SCIM_ID USER_NAME   (bearer token in SCIMFLOW_FIX_TOKEN)

#include "auditlog.h"
#include "authprovider.h"
#include "fixexecutor.h"
#include "httpclient.h"
#include "scimclient.h"
#include "scimfixconnector.h"
#include "store.h"

#include <QCoreApplication>
#include <QUrl>

#include <cstdio>

using namespace Scimflow;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5) {
        std::fprintf(stderr, "usage: crashsafety_fixchild DB SCIM_URL USER_SCIM_ID USER_NAME\n");
        return 2;
    }
    auto opened = Store::open(args[1]);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    std::unique_ptr<Store> store = std::move(opened).value();
    HttpClientOptions options;
    options.timeoutMs = 60000; // the test kills this process long before
    options.maxRetries = 0;
    HttpClient http(options);
    StaticTokenAuth auth(QString::fromUtf8(qgetenv("SCIMFLOW_FIX_TOKEN")));
    http.setAuthProvider(&auth);
    ScimClient client(&http, QUrl(args[2]), VendorProfile::generic());
    ScimFixConnector connector(&client, QStringLiteral("crash test token"));
    AuditLog log(store->database());
    FixExecutor executor(log, {&connector});
    FixPlan plan;
    plan.action.kind = FixAction::Kind::DeactivateUser;
    plan.action.userScimId = args[3];
    plan.action.userName = args[4];
    int code = 1;
    executor.execute(plan, QStringLiteral("crash test"), [&](FixOutcome outcome) {
        code = outcome.performed ? 0 : 1;
        app.quit();
    });
    app.exec();
    return code;
}
