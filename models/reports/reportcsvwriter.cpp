#include "reportcsvwriter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

namespace Scimflow {

namespace {

void appendRow(QString &out, const QStringList &cells)
{
    for (int i = 0; i < cells.size(); ++i) {
        if (i)
            out += QLatin1Char(',');
        out += ReportCsvWriter::cell(cells[i]);
    }
    out += QLatin1String("\r\n");
}

Status writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error::make(Error::Kind::Io, QCoreApplication::translate("Scimflow::Reports",
                                                                        "Cannot write %1: %2. Choose another "
                                                                        "folder or free some disk space.")
                                                .arg(path, file.errorString()));
    return {};
}

} // namespace

QString ReportCsvWriter::cell(const QString &value)
{
    QString v = value;
    // A spreadsheet evaluates cells starting with these as formulas (CSV injection); an apostrophe makes them
    // text. Tab and CR count too: some spreadsheets strip them and then see the formula.
    if (!v.isEmpty()) {
        const QChar first = v.front();
        if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') ||
            first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r'))
            v.prepend(QLatin1Char('\''));
    }
    if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) || v.contains(QLatin1Char('\n')) ||
        v.contains(QLatin1Char('\r'))) {
        v.replace(QLatin1String("\""), QLatin1String("\"\""));
        return QLatin1Char('"') + v + QLatin1Char('"');
    }
    return v;
}

QByteArray ReportCsvWriter::table(const ReportTable &table)
{
    QString out;
    QStringList header;
    for (const ReportColumn &c : table.columns)
        header << c.title;
    const bool signOff = !table.signOffColumn.isEmpty();
    if (signOff)
        header << table.signOffColumn;
    appendRow(out, header);
    for (const QStringList &row : table.rows) {
        if (signOff) {
            QStringList withSignOff = row;
            withSignOff << QString();
            appendRow(out, withSignOff);
        } else {
            appendRow(out, row);
        }
    }
    return out.toUtf8();
}

QByteArray ReportCsvWriter::about(const ReportDocument &d)
{
    QString out;
    appendRow(out, {QStringLiteral("field"), QStringLiteral("value")});
    appendRow(out, {QStringLiteral("report"), reportKindName(d.kind)});
    appendRow(out, {QStringLiteral("title"), d.title});
    appendRow(out, {QStringLiteral("period_from"), reportTime(d.from)});
    appendRow(out, {QStringLiteral("period_to"), reportTime(d.to)});
    appendRow(out, {QStringLiteral("generated_at"), reportTime(d.generatedAt)});
    appendRow(out, {QStringLiteral("scope"), d.scope});
    for (const QString &p : d.parameters)
        appendRow(out, {QStringLiteral("parameter"), p});
    for (const SourceFreshness &f : d.freshness)
        appendRow(out, {QStringLiteral("last_sync.") + f.source,
                        f.lastSuccessfulSync ? reportTime(f.lastSuccessfulSync) : QStringLiteral("never")});
    appendRow(out, {QStringLiteral("findings_computed_at"),
                    d.findingsComputedAt ? reportTime(d.findingsComputedAt) : QStringLiteral("unknown")});
    appendRow(out, {QStringLiteral("findings_stale"),
                    d.findingsStale ? QStringLiteral("yes") : QStringLiteral("no")});
    appendRow(out, {QStringLiteral("audit_chain_head"),
                    d.chainHead.isEmpty() ? QStringLiteral("empty") : d.chainHead.token()});
    appendRow(out, {QStringLiteral("audit_chain_head_seq"), QString::number(d.chainHead.seq)});
    appendRow(out, {QStringLiteral("audit_chain_head_hash"),
                    d.chainHead.isEmpty() ? QStringLiteral("empty") : d.chainHead.hash});
    for (const ReportCount &c : d.summary)
        appendRow(out, {QStringLiteral("count.") + c.key, QString::number(c.value)});
    return out.toUtf8();
}

Result<QStringList> ReportCsvWriter::write(const ReportDocument &document, const QString &path)
{
    const QFileInfo info(path);
    QString base = info.absoluteFilePath();
    if (base.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        base.chop(4);
    QStringList written;
    for (int i = 0; i < document.tables.size(); ++i) {
        const ReportTable &t = document.tables[i];
        const QString file =
            i == 0 ? info.absoluteFilePath() : base + QLatin1Char('-') + t.id + QStringLiteral(".csv");
        if (Status s = writeFile(file, table(t)); !s)
            return s.error();
        written << file;
    }
    const QString aboutFile = base + QStringLiteral("-about.csv");
    if (Status s = writeFile(aboutFile, about(document)); !s)
        return s.error();
    written << aboutFile;
    return written;
}

} // namespace Scimflow
