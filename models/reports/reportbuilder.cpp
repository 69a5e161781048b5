#include "reportbuilder.h"

#include "accessreviewreport.h"
#include "deprovisioningreport.h"
#include "gdprreport.h"
#include "orphanedcredentialsreport.h"

#include <QCoreApplication>

namespace Scimflow {

Status ReportBuilder::validate(const ReportOptions &options)
{
    auto invalid = [](const char *text) {
        return Error::make(Error::Kind::InvalidInput, QCoreApplication::translate("Scimflow::Reports", text));
    };
    if (options.from <= 0 || options.to <= 0)
        return invalid("The report period needs a start and an end date.");
    if (options.to <= options.from)
        return invalid("The period ends before it starts: choose an end date after the start date.");
    if (options.slaHours <= 0)
        return invalid("The deprovisioning SLA must be at least 1 hour.");
    if (options.idleDays <= 0)
        return invalid("The idle limit must be at least 1 day.");
    return {};
}

Result<ReportDocument> ReportBuilder::build(const Store &store, const ReportOptions &given,
                                            const ReportCancel *cancel, const Progress &progress)
{
    if (Status valid = validate(given); !valid)
        return valid.error();
    ReportOptions options = given;
    if (options.generatedAt == 0)
        options.generatedAt = currentTimestamp();
    auto step = [&progress](int done) {
        if (progress)
            progress(done, 3);
    };
    step(0);
    Result<ReportData> data = ReportData::load(store, options, cancel);
    if (!data)
        return data.error();
    step(1);
    if (cancel && cancel->isCancelled())
        return Error::make(Error::Kind::Cancelled,
                           QCoreApplication::translate("Scimflow::Reports", "The report was cancelled."));

    ReportDocument doc;
    switch (options.kind) {
    case ReportKind::AccessReview:
        doc = AccessReviewReport::compute(*data, options).document();
        break;
    case ReportKind::Deprovisioning: {
        Result<DeprovisioningReport> r = DeprovisioningReport::compute(store, *data, options);
        if (!r)
            return r.error();
        doc = r->document();
        break;
    }
    case ReportKind::OrphanedCredentials:
        doc = OrphanedCredentialsReport::compute(*data, options).document();
        break;
    case ReportKind::Gdpr: {
        Result<GdprReport> r = GdprReport::compute(store, *data, options);
        if (!r)
            return r.error();
        doc = r->document();
        break;
    }
    }
    step(2);
    doc.generatedAt = options.generatedAt;
    if (Status header = ReportData::loadHeader(store, &doc); !header)
        return header.error();
    step(3);
    return doc;
}

} // namespace Scimflow
