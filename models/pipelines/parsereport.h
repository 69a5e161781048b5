#pragma once

#include "job.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Scimflow {

/// Size and count limits for everything read from the network or a file, so that a hostile or broken
/// source fails with a clear message instead of exhausting memory or the stack.
struct ParseLimits
{
    qint64 maxBytes = 64 * 1024 * 1024; // one response body or one imported file
    int maxRecords = 2'000'000;         // records in one body or file
    int maxDepth = 48;                  // JSON nesting; vendor documents need about 8
    int maxProblems = 50;               // problem texts kept; the count goes on
};

/// What a parse accepted and what it skipped, with a readable reason per skipped record.
struct ParseReport
{
    int accepted = 0;
    int skipped = 0;
    int duplicates = 0;   // records listed again on a later page (paging shifted); kept once
    QStringList problems; // at most ParseLimits::maxProblems, "record 3: no id"

    void skip(const QString &where, const QString &why, const ParseLimits &limits);
    void merge(const ParseReport &other, const ParseLimits &limits);
    /// "120 accepted, 2 skipped (record 3: no id; ...)".
    QString summary() const;
};

/// One page (or one whole file) of jobs from a pipeline source.
struct JobPage
{
    QList<Job> jobs;
    QString nextPageToken; // empty: last page
    ParseReport report;
};

} // namespace Scimflow
