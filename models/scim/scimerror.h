#pragma once

#include "httprequest.h"
#include "result.h"

namespace Scimflow {

/// Turns a non-2xx SCIM response into an Error: reads the SCIM Error schema (status is a string, scimType,
/// detail) when present and maps the status to an error kind (412/409 -> Conflict, 404 -> NotFound, ...).
Error scimErrorFromResponse(const HttpRequest &request, const HttpResponse &response);

} // namespace Scimflow
