#include "yamlvalue.h"

#include <QCoreApplication>

namespace Scimflow {

const YamlValue *YamlValue::member(QStringView key) const
{
    for (const auto &m : members) {
        if (m.first == key)
            return &m.second;
    }
    return nullptr;
}

QString YamlValue::typeName() const
{
    switch (type) {
    case Type::Null:
        return QCoreApplication::translate("Scimflow::YamlValue", "null");
    case Type::Bool:
        return QCoreApplication::translate("Scimflow::YamlValue", "a boolean");
    case Type::Number:
        return QCoreApplication::translate("Scimflow::YamlValue", "a number");
    case Type::String:
        return QCoreApplication::translate("Scimflow::YamlValue", "a string");
    case Type::Array:
        return QCoreApplication::translate("Scimflow::YamlValue", "a list");
    case Type::Object:
        return QCoreApplication::translate("Scimflow::YamlValue", "an object");
    }
    return {};
}

} // namespace Scimflow
