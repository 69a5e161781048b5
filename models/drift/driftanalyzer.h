#pragma once

#include "driftrule.h"
#include "findingrepository.h"

#include <memory>
#include <vector>

namespace Scimflow {

class Store;

/// Time one rule took, for the bench and the status bar.
struct RuleTiming
{
    QString rule;
    qint64 milliseconds = 0;
    int findings = 0;
};

/// Runs every drift rule over the store and keeps the findings table current: each finding gets a
/// fingerprint (rule + subject identity) so first-seen times and acknowledgements survive recomputation.
class DriftAnalyzer
{
public:
    explicit DriftAnalyzer(Store &store, DriftSettings settings = {});
    ~DriftAnalyzer();

    /// The built-in rules, in report order.
    static std::vector<std::unique_ptr<DriftRule>> defaultRules();
    QStringList ruleIds() const;
    void setRules(std::vector<std::unique_ptr<DriftRule>> rules) { m_rules = std::move(rules); }

    const DriftSettings &settings() const { return m_settings; }
    void setSettings(const DriftSettings &settings) { m_settings = settings; }

    /// Runs the rules without writing; every finding has its fingerprint. Fails if any rule fails.
    Result<QList<Finding>> analyse();
    /// analyse() and persist in one transaction: new findings get first_seen, vanished ones resolved_at.
    Result<FindingChanges> recompute();

    /// Whether the rules read the file memory-mapped (the default: faster). Mapped pages count towards the
    /// process's resident memory while the analysis runs, about 250 MB on the large scenario, so the
    /// console, which holds its tables meanwhile, reads without.
    void setMemoryMapped(bool mapped) { m_memoryMapped = mapped; }

    FindingRepository &repository() { return m_repository; }
    /// Per-rule timings of the last analyse().
    const QList<RuleTiming> &timings() const { return m_timings; }
    /// The analysis time of the last analyse().
    Timestamp lastAnalysisTime() const { return m_lastNow; }

private:
    Store &m_store;
    DriftSettings m_settings;
    std::vector<std::unique_ptr<DriftRule>> m_rules;
    FindingRepository m_repository;
    QList<RuleTiming> m_timings;
    Timestamp m_lastNow = 0;
    bool m_memoryMapped = true;
};

} // namespace Scimflow
