#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Scimflow {

/// Builds RFC 4180 CSV (CRLF record ends; fields holding a comma, a quote, CR or LF quoted, quotes doubled)
/// that is safe to open in a spreadsheet: a cell that would run as a formula (its first character after
/// any leading spaces is = + - @, tab or CR) gets a leading apostrophe, so it is read as text. Every CSV
/// the program writes goes through it.
class CsvWriter
{
public:
    /// One field, neutralised and quoted as described above.
    static QString cell(const QString &value);

    /// Appends one record.
    void addRow(const QStringList &cells);
    /// How many records were added (the header counts).
    int rowCount() const { return m_rows; }
    const QString &text() const { return m_text; }
    QByteArray toUtf8() const { return m_text.toUtf8(); }

private:
    QString m_text;
    int m_rows = 0;
};

} // namespace Scimflow
