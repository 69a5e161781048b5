#pragma once

#include "entityref.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Scimflow {

class Store;

/// Everything the detail pane shows about one entity, as display text: its attributes and its related
/// entities (group memberships, members, principals), read from the store when the focus changes.
struct EntityDetails
{
    struct Attribute
    {
        QString label;
        QString value;
    };
    struct Section
    {
        QString title;
        QStringList items; // at most a screenful; `total` counts them all
        qint64 total = 0;
    };

    EntityRef ref;
    QString title;    // e.g. the userName or the job name
    QString subtitle; // e.g. "Person · Inactive"
    QList<Attribute> attributes;
    QList<Section> sections;

    bool isEmpty() const { return !ref.isValid(); }
    /// Loads the details of \a ref; empty when it does not exist. The Store must belong to this thread.
    static EntityDetails load(const Store &store, const EntityRef &ref);
};

} // namespace Scimflow
