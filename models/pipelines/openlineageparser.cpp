#include "openlineageparser.h"

#include "jsoninput.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Scimflow {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Scimflow::OpenLineageParser", text);
}

} // namespace

OpenLineageParser::OpenLineageParser(OpenLineageOptions options)
    : m_options(std::move(options))
{}

QString OpenLineageParser::source() const
{
    return QStringLiteral("openlineage");
}

Result<JobPage> OpenLineageParser::parse(const QByteArray &body) const
{
    if (body.size() > m_limits.maxBytes) {
        return Error::make(Error::Kind::TooLarge,
                           tr("The OpenLineage file is %1 bytes, more than the limit of "
                              "%2 bytes; split the file.")
                               .arg(body.size())
                               .arg(m_limits.maxBytes));
    }
    OpenLineageAssembler assembler(m_options, m_limits);
    JobPage page;
    int events = 0;
    auto add = [&](const QJsonValue &value, const QString &where) {
        QString why;
        if (!value.isObject())
            page.report.skip(where, tr("not an object"), m_limits);
        else if (!assembler.addEvent(value.toObject(), &why))
            page.report.skip(where, why, m_limits);
        else
            ++events;
    };
    if (JsonInput::looksLikeArray(body)) {
        Result<QJsonDocument> doc = JsonInput::parse(body, m_limits, tr("The OpenLineage file"));
        if (!doc)
            return doc.error();
        const QJsonArray array = doc->array();
        if (array.size() > m_limits.maxRecords) {
            return Error::make(Error::Kind::TooLarge,
                               tr("The OpenLineage file holds %1 events, more than the limit of %2.")
                                   .arg(array.size())
                                   .arg(m_limits.maxRecords));
        }
        for (qsizetype i = 0; i < array.size(); ++i)
            add(array.at(i), tr("event %1").arg(i + 1));
    } else {
        const QList<JsonInput::Line> lines = JsonInput::ndjsonLines(body);
        if (lines.size() > m_limits.maxRecords) {
            return Error::make(Error::Kind::TooLarge,
                               tr("The OpenLineage file holds %1 lines, more than the limit of %2.")
                                   .arg(lines.size())
                                   .arg(m_limits.maxRecords));
        }
        for (const JsonInput::Line &line : lines) {
            const QString where = tr("line %1").arg(line.number);
            Result<QJsonDocument> doc = JsonInput::parse(line.text.toByteArray(), m_limits, where);
            if (!doc) {
                page.report.skip(where, doc.error().message, m_limits);
                continue;
            }
            add(doc->object().isEmpty() && !doc->isObject() ? QJsonValue() : QJsonValue(doc->object()),
                where);
        }
        if (!lines.isEmpty() && events == 0) {
            return Error::make(Error::Kind::InvalidInput,
                               tr("No line of the OpenLineage file is a RunEvent (%1). Check the file is "
                                  "newline-delimited JSON.")
                                   .arg(page.report.problems.value(0)));
        }
    }
    page.jobs = assembler.jobs();
    page.report.accepted = events;
    return page;
}

} // namespace Scimflow
