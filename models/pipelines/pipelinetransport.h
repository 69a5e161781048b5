#pragma once

#include "result.h"

#include <QByteArray>
#include <QList>
#include <QUrl>

#include <functional>
#include <utility>

namespace Scimflow {

/// One HTTP request a pipeline fetcher wants sent. Authorization is added by the transport, never here,
/// so that requests can be previewed and logged without secrets.
struct PipelineRequest
{
    QByteArray method = "GET";
    QUrl url;
    QByteArray body; // JSON, empty for GET
    QList<std::pair<QByteArray, QByteArray>> headers;

    /// "PUT https://...\n\n{...}": what the fix dialog shows before a request is sent.
    QString preview() const;
};

/// An HTTP answer as the fetchers need it.
struct PipelineResponse
{
    int status = 0;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;

    /// Header value by case-insensitive name; empty when absent.
    QByteArray header(const QByteArray &name) const;
};

/// Sends one request and calls back once with the answer or a typed error (timeouts, retries, rate
/// limits, auth and size caps are the transport's business: models/net). Non-2xx answers may come back
/// either as a response or as an Error carrying httpStatus; fetchers handle both.
using PipelineTransport =
    std::function<void(const PipelineRequest &, std::function<void(Result<PipelineResponse>)>)>;

/// The Error for a non-2xx response of a pipeline API, with the server's message where it gave one.
Error pipelineHttpError(const PipelineResponse &response, const QString &what);

} // namespace Scimflow
