#pragma once

#include "result.h"

#include <QList>
#include <QString>

#include <optional>

namespace Scimflow {

/// One fault the sandbox injects into matching requests.
struct Fault
{
    enum class Kind {
        Status,           // answer with `status` (e.g. 403, 404, 409, 500, 502, 503) and a SCIM error body
        RateLimit,        // 429 with Retry-After: retryAfterSeconds
        RateLimitOkta,    // 429 with X-Rate-Limit-Limit/-Remaining/-Reset (epoch seconds)
        RateLimitGithub,  // 403 with x-ratelimit-remaining: 0 and x-ratelimit-reset (GitHub's primary limit)
        ExpiredToken,     // 401 as if the bearer token had expired
        Slow,             // answer normally after delayMs (longer than the client's timeout = a hung server)
        Truncated,        // send half of the body, then close the connection
        ConnectionReset,  // send the headers and a few bytes, then reset the connection
        Malformed,        // corrupt the JSON body
        WrongShape,       // valid JSON that is not the expected document (an array)
        WrongContentType, // text/html
        Huge,         // the normal body padded to about `bytes` bytes (still valid JSON of the right shape)
        LyingTotal,   // list responses report totalResults larger than what exists
        TotalChanges, // list responses after the first report a different totalResults
        IgnoreStartIndex, // list responses always return the first page
        DuplicateIds,     // list pages repeat the last resource of the previous page
    };

    Kind kind = Kind::Status;
    int times = 1; // how many matching requests it affects; -1 = all
    int skip = 0;  // let this many matching requests through first
    int status = 500;
    int delayMs = 0;
    int retryAfterSeconds = 1;
    qint64 bytes = 50 << 20;
    QString pathContains; // only requests whose path contains this ("" = all)

    /// "429", "429-okta", "429-github", "500x3", "503x2", "403", "slow:2000", "truncated", "reset",
    /// "malformed", "wrong-shape", "content-type", "huge", "expired-token", "lying-total", "total-changes",
    /// "ignore-start-index", "duplicates"; optional "@/path" restricts it and "xN" repeats it (x0 = all
    /// requests).
    static Result<Fault> parse(const QString &text);
    static QString syntaxHelp();
};

/// The faults a sandbox is told to inject, consumed request by request. Shared by every component that
/// registers routes on a SandboxServer; configurable from tests and from `scimflow sandbox --fault`.
class FaultInjector
{
public:
    void add(const Fault &fault) { m_faults.append(fault); }
    void clear() { m_faults.clear(); }
    bool isEmpty() const { return m_faults.isEmpty(); }
    /// The next fault for a request to \a path, counting it as used.
    std::optional<Fault> take(const QString &path);
    /// Whether a list-level fault of \a kind applies to \a path (counted like take()).
    bool takeKind(Fault::Kind kind, const QString &path);

private:
    QList<Fault> m_faults;
};

} // namespace Scimflow
