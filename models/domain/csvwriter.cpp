#include "csvwriter.h"

namespace Scimflow {

namespace {

// A spreadsheet evaluates cells starting with these as formulas (CSV injection). Tab and CR count too, and
// so does any of them after leading spaces: some spreadsheets strip those first and then see the formula.
bool runsAsFormula(const QString &value)
{
    for (const QChar c : value) {
        if (c == QLatin1Char(' '))
            continue;
        return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') ||
               c == QLatin1Char('@') || c == QLatin1Char('\t') || c == QLatin1Char('\r');
    }
    return false;
}

} // namespace

QString CsvWriter::cell(const QString &value)
{
    QString v = value;
    if (runsAsFormula(v))
        v.prepend(QLatin1Char('\''));
    if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) || v.contains(QLatin1Char('\n')) ||
        v.contains(QLatin1Char('\r'))) {
        v.replace(QLatin1Char('"'), QLatin1String("\"\""));
        return QLatin1Char('"') + v + QLatin1Char('"');
    }
    return v;
}

void CsvWriter::addRow(const QStringList &cells)
{
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i)
            m_text += QLatin1Char(',');
        m_text += cell(cells[i]);
    }
    m_text += QLatin1String("\r\n");
    ++m_rows;
}

} // namespace Scimflow
