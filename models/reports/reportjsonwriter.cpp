#include "reportjsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Scimflow {

namespace {

QJsonValue time(Timestamp ts)
{
    return ts ? QJsonValue(reportTime(ts)) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject ReportJsonWriter::toJson(const ReportDocument &d)
{
    QJsonObject o;
    o.insert(QStringLiteral("format"), QStringLiteral("scimflow-report"));
    o.insert(QStringLiteral("version"), 1);
    o.insert(QStringLiteral("kind"), reportKindName(d.kind));
    o.insert(QStringLiteral("title"), d.title);
    o.insert(QStringLiteral("subtitle"), d.subtitle);
    o.insert(QStringLiteral("period"),
             QJsonObject{{QStringLiteral("from"), time(d.from)}, {QStringLiteral("to"), time(d.to)}});
    o.insert(QStringLiteral("generatedAt"), time(d.generatedAt));
    o.insert(QStringLiteral("scope"), d.scope);
    o.insert(QStringLiteral("parameters"), QJsonArray::fromStringList(d.parameters));
    QJsonArray freshness;
    for (const SourceFreshness &f : d.freshness)
        freshness.append(QJsonObject{{QStringLiteral("source"), f.source},
                                     {QStringLiteral("lastSuccessfulSync"), time(f.lastSuccessfulSync)}});
    o.insert(QStringLiteral("freshness"), freshness);
    o.insert(QStringLiteral("findingsComputedAt"), time(d.findingsComputedAt));
    o.insert(QStringLiteral("findingsStale"), d.findingsStale);
    o.insert(QStringLiteral("auditChainHead"),
             d.chainHead.isEmpty() ? QJsonValue(QJsonValue::Null)
                                   : QJsonValue(QJsonObject{{QStringLiteral("seq"), d.chainHead.seq},
                                                            {QStringLiteral("hash"), d.chainHead.hash},
                                                            {QStringLiteral("head"), d.chainHead.token()}}));
    QJsonObject summary;
    for (const ReportCount &c : d.summary)
        summary.insert(c.key, c.value);
    o.insert(QStringLiteral("summary"), summary);
    QJsonArray charts;
    for (const ChartData &c : d.charts) {
        QJsonArray values;
        for (double v : c.values)
            values.append(v);
        charts.append(QJsonObject{{QStringLiteral("id"), c.id},
                                  {QStringLiteral("title"), c.title},
                                  {QStringLiteral("valueLabel"), c.valueLabel},
                                  {QStringLiteral("categories"), QJsonArray::fromStringList(c.categories)},
                                  {QStringLiteral("values"), values}});
    }
    o.insert(QStringLiteral("charts"), charts);
    QJsonArray tables;
    for (const ReportTable &t : d.tables) {
        QJsonArray columns;
        for (const ReportColumn &c : t.columns)
            columns.append(QJsonObject{{QStringLiteral("key"), c.key}, {QStringLiteral("title"), c.title}});
        QJsonArray rows;
        for (const QStringList &row : t.rows) {
            QJsonObject r;
            for (int i = 0; i < t.columns.size() && i < row.size(); ++i)
                r.insert(t.columns[i].key, row[i]);
            rows.append(r);
        }
        tables.append(QJsonObject{{QStringLiteral("id"), t.id},
                                  {QStringLiteral("title"), t.title},
                                  {QStringLiteral("columns"), columns},
                                  {QStringLiteral("rows"), rows}});
    }
    o.insert(QStringLiteral("tables"), tables);
    o.insert(QStringLiteral("notes"), QJsonArray::fromStringList(d.notes));
    return o;
}

QByteArray ReportJsonWriter::write(const ReportDocument &document)
{
    return QJsonDocument(toJson(document)).toJson(QJsonDocument::Indented);
}

} // namespace Scimflow
