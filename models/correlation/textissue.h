#pragma once

#include <QString>

namespace Scimflow {

/// A problem in a text document, at a 1-based line and column.
struct TextIssue
{
    int line = 0;
    int column = 0;
    QString message;

    /// "line 4, column 7: ...".
    QString toString() const;
};

} // namespace Scimflow
