#pragma once

#include <QList>
#include <QString>

#include <utility>

namespace Scimflow {

/// A YAML node (JSON is the flow style of YAML) that remembers where it was written, so that validation
/// errors can name the line and column. Plain scalars are typed by the YAML 1.2 core schema.
struct YamlValue
{
    enum class Type { Null, Bool, Number, String, Array, Object };

    Type type = Type::Null;
    int line = 0; // 1-based
    int column = 0;
    bool boolean = false;
    double number = 0;
    QString string;
    QList<YamlValue> items;                       // sequences
    QList<std::pair<QString, YamlValue>> members; // mappings, in document order

    const YamlValue *member(QStringView key) const;
    bool isString() const { return type == Type::String; }
    bool isObject() const { return type == Type::Object; }
    bool isArray() const { return type == Type::Array; }
    /// "a number", "a list", ... for messages.
    QString typeName() const;
};

} // namespace Scimflow
