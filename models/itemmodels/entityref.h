#pragma once

#include <QHashFunctions>
#include <QMetaType>
#include <QString>
#include <QtGlobal>

namespace Scimflow {

/// What a row in the console stands for. The order is part of EntityRef::key(): identities sort users
/// before service accounts.
enum class EntityKind : quint8 { None = 0, User = 1, ServiceAccount = 2, Group = 3, Job = 4, Credential = 5 };

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
    /// The kind as findings and evidence name it ("user", "service-account", "group", "job", "credential");
    /// None for any other name ("principal", "source": not rows of the linked views).
    static EntityKind kindFromName(QStringView name)
    {
        if (name == QLatin1String("user"))
            return EntityKind::User;
        if (name == QLatin1String("service-account"))
            return EntityKind::ServiceAccount;
        if (name == QLatin1String("group"))
            return EntityKind::Group;
        if (name == QLatin1String("job"))
            return EntityKind::Job;
        if (name == QLatin1String("credential"))
            return EntityKind::Credential;
        return EntityKind::None;
    }
    static QString kindName(EntityKind kind)
    {
        switch (kind) {
        case EntityKind::User:
            return QStringLiteral("user");
        case EntityKind::ServiceAccount:
            return QStringLiteral("service-account");
        case EntityKind::Group:
            return QStringLiteral("group");
        case EntityKind::Job:
            return QStringLiteral("job");
        case EntityKind::Credential:
            return QStringLiteral("credential");
        case EntityKind::None:
            break;
        }
        return {};
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
