#pragma once

#include <QHashFunctions>
#include <QMetaType>
#include <QtGlobal>

namespace Scimflow {

/// What a row in the console stands for. The order is part of EntityRef::key(): identities sort users
/// before service accounts.
enum class EntityKind : quint8 { None = 0, User = 1, ServiceAccount = 2, Group = 3, Job = 4 };

/// A reference to one thing the linked views can focus on: a kind and its local row id in the store.
struct EntityRef
{
    EntityKind kind = EntityKind::None;
    qint64 id = 0;

    bool isValid() const { return kind != EntityKind::None && id > 0; }
    /// One 64-bit key per entity, unique across kinds (kind in the top byte).
    quint64 key() const { return (quint64(kind) << 56) | (quint64(id) & 0x00ffffffffffffffULL); }
    static EntityRef fromKey(quint64 key)
    {
        return {EntityKind(key >> 56), qint64(key & 0x00ffffffffffffffULL)};
    }
    friend bool operator==(const EntityRef &a, const EntityRef &b)
    {
        return a.kind == b.kind && a.id == b.id;
    }
    friend bool operator!=(const EntityRef &a, const EntityRef &b) { return !(a == b); }
};

inline size_t qHash(const EntityRef &ref, size_t seed = 0)
{
    return ::qHash(ref.key(), seed);
}

} // namespace Scimflow

Q_DECLARE_METATYPE(Scimflow::EntityRef)
