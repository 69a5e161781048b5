#include "reportcsvwriter.h"

#include "csvwriter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

namespace Scimflow {

namespace {

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

QByteArray ReportCsvWriter::table(const ReportTable &table)
{
    CsvWriter out;
    QStringList header;
    for (const ReportColumn &c : table.columns)
        header << c.title;
    const bool signOff = !table.signOffColumn.isEmpty();
    if (signOff)
        header << table.signOffColumn;
    out.addRow(header);
    for (const QStringList &row : table.rows) {
        if (signOff) {
            QStringList withSignOff = row;
            withSignOff << QString();
            out.addRow(withSignOff);
        } else {
            out.addRow(row);
        }
    }
    return out.toUtf8();
}

QByteArray ReportCsvWriter::about(const ReportDocument &d)
{
    CsvWriter out;
    out.addRow({QStringLiteral("field"), QStringLiteral("value")});
    out.addRow({QStringLiteral("report"), reportKindName(d.kind)});
    out.addRow({QStringLiteral("title"), d.title});
    out.addRow({QStringLiteral("period_from"), reportTime(d.from)});
    out.addRow({QStringLiteral("period_to"), reportTime(d.to)});
    out.addRow({QStringLiteral("generated_at"), reportTime(d.generatedAt)});
    out.addRow({QStringLiteral("scope"), d.scope});
    for (const QString &p : d.parameters)
        out.addRow({QStringLiteral("parameter"), p});
    for (const SourceFreshness &f : d.freshness)
        out.addRow({QStringLiteral("last_sync.") + f.source,
                    f.lastSuccessfulSync ? reportTime(f.lastSuccessfulSync) : QStringLiteral("never")});
    out.addRow({QStringLiteral("findings_computed_at"),
                d.findingsComputedAt ? reportTime(d.findingsComputedAt) : QStringLiteral("unknown")});
    out.addRow(
        {QStringLiteral("findings_stale"), d.findingsStale ? QStringLiteral("yes") : QStringLiteral("no")});
    out.addRow({QStringLiteral("audit_chain_head"),
                d.chainHead.isEmpty() ? QStringLiteral("empty") : d.chainHead.token()});
    out.addRow({QStringLiteral("audit_chain_head_seq"), QString::number(d.chainHead.seq)});
    out.addRow({QStringLiteral("audit_chain_head_hash"),
                d.chainHead.isEmpty() ? QStringLiteral("empty") : d.chainHead.hash});
    for (const ReportCount &c : d.summary)
        out.addRow({QStringLiteral("count.") + c.key, QString::number(c.value)});
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
