#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace Scimflow {

/// An error crossing a layer boundary: a kind the caller can branch on and a message a person can read.
struct Error
{
    enum class Kind {
        Io,           // file or database could not be read or written
        Database,     // SQLite refused a statement or the schema is not what we expect
        Network,      // connection refused, reset, DNS, TLS
        Timeout,      // no answer within the configured time
        Http,         // the server answered with an error status
        Auth,         // 401/403 or no usable credential
        RateLimited,  // 429 and retries exhausted
        Conflict,     // 409/412: the server state changed
        NotFound,     // 404 on a resource that should exist
        Protocol,     // malformed or wrong-shaped response, lying pagination
        TooLarge,     // a size or count limit was exceeded
        InvalidInput, // bad user input or file content
        Cancelled,    // the user cancelled
        Internal,
    };

    Kind kind = Kind::Internal;
    QString message;
    int httpStatus = 0;

    static Error make(Kind kind, QString message, int httpStatus = 0)
    {
        return Error{kind, std::move(message), httpStatus};
    }
};

QString errorKindName(Error::Kind kind);

/// A value or an Error. Small on purpose: enough for layer boundaries until std::expected is available.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    {}
    Result(Error error)
        : m_data(std::move(error))
    {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() { return value(); }
    const T &operator*() const { return value(); }

    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

/// Result of an operation that yields nothing but may fail.
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error error)
        : m_error(std::move(error))
    {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace Scimflow
