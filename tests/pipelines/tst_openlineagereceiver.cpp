#include "openlineagereceiver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace Scimflow;

namespace {

QByteArray lineageEvent(const char *type, const char *time, const char *runId)
{
    const QJsonObject o{
        {QStringLiteral("eventType"), QLatin1String(type)},
        {QStringLiteral("eventTime"), QLatin1String(time)},
        {QStringLiteral("run"), QJsonObject{{QStringLiteral("runId"), QLatin1String(runId)}}},
        {QStringLiteral("job"), QJsonObject{{QStringLiteral("namespace"), QStringLiteral("airflow-prod")},
                                            {QStringLiteral("name"), QStringLiteral("dbt.daily")}}},
        {QStringLiteral("producer"), QStringLiteral("https://github.com/apache/airflow")},
        {QStringLiteral("schemaURL"), QStringLiteral("https://openlineage.io/spec/2-0-2/OpenLineage.json")},
    };
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

class TestOpenLineageReceiver : public QObject
{
    Q_OBJECT

private slots:
    void receivesAndPairsEvents()
    {
        OpenLineageOptions options;
        options.namespacePrincipals.insert(QStringLiteral("airflow-prod"),
                                           QStringLiteral("airflow@example.com"));
        OpenLineageReceiver receiver(options);
        receiver.setBearerToken("s3cret");
        Result<quint16> port = receiver.listen();
        QVERIFY(port.ok());
        QSignalSpy updated(&receiver, &OpenLineageReceiver::runUpdated);
        QSignalSpy rejected(&receiver, &OpenLineageReceiver::eventRejected);

        QNetworkAccessManager nam;
        auto post = [&](const QByteArray &body, const QByteArray &token = "s3cret") {
            QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1/lineage").arg(*port)));
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            if (!token.isEmpty())
                request.setRawHeader("Authorization", "Bearer " + token);
            QNetworkReply *reply = nam.post(request, body);
            QSignalSpy done(reply, &QNetworkReply::finished);
            if (!done.wait(5000))
                qFatal("no answer");
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            reply->deleteLater();
            return status;
        };

        QCOMPARE(post(lineageEvent("START", "2026-11-20T01:00:00Z", "r1")), 201);
        QCOMPARE(updated.size(), 1);
        QCOMPARE(updated.last().at(0).value<Job>().state, Job::State::Running);
        QCOMPARE(post(lineageEvent("COMPLETE", "2026-11-20T01:10:00Z", "r1")), 201);
        const Job done = updated.last().at(0).value<Job>();
        QCOMPARE(done.externalId, QStringLiteral("r1"));
        QCOMPARE(done.state, Job::State::Succeeded);
        QCOMPARE(done.launcher, QStringLiteral("airflow@example.com"));
        QCOMPARE(done.endTime - done.startTime, 10 * 60 * 1000);

        QCOMPARE(post("{not json"), 400);
        QCOMPARE(post("{\"eventType\":\"START\"}"), 400);
        QCOMPARE(post(lineageEvent("START", "2026-11-20T01:00:00Z", "r2"), "wrong"), 401);
        QCOMPARE(post(lineageEvent("START", "2026-11-20T01:00:00Z", "r2"), QByteArray()), 401);
        QCOMPARE(post(QByteArray(OpenLineageReceiver::kMaxEventBytes + 10, ' ')), 413);
        QCOMPARE(rejected.size(), 5);
        QCOMPARE(receiver.acceptedEvents(), 2);
        QCOMPARE(receiver.rejectedEvents(), 5);
        QCOMPARE(receiver.runs().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestOpenLineageReceiver)
#include "tst_openlineagereceiver.moc"
