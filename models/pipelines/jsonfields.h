#pragma once

#include "timestamp.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace Scimflow {

/// Typed reads of optional JSON fields that say why a present field is unusable, so a record can be
/// skipped with a precise reason instead of being half-read.
class JsonFields
{
public:
    explicit JsonFields(const QJsonObject &object)
        : m_object(object)
    {}

    /// The string at \a key; empty when absent or null. A present non-string sets the problem.
    QString string(QLatin1StringView key);
    /// An RFC 3339 time at \a key; 0 when absent or null. Present but unparseable sets the problem.
    Timestamp time(QLatin1StringView key);
    /// The object at \a key; empty when absent or null. A present non-object sets the problem.
    QJsonObject object(QLatin1StringView key);

    bool ok() const { return m_problem.isEmpty(); }
    QString problem() const { return m_problem; }

private:
    void fail(QLatin1StringView key, const char *what);

    QJsonObject m_object;
    QString m_problem;
};

} // namespace Scimflow
