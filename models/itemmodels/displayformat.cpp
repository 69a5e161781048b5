#include "displayformat.h"

#include "job.h"

#include <QCoreApplication>

namespace Scimflow::DisplayFormat {

namespace {

// Days since 1970-01-01 to a proleptic Gregorian date (H. Hinnant's civil_from_days).
void civilFromDays(qint64 z, int *year, int *month, int *day)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 y = qint64(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    *day = int(doy - (153 * mp + 2) / 5 + 1);
    *month = int(mp < 10 ? mp + 3 : mp - 9);
    *year = int(y + (*month <= 2));
}

void put(char *&p, int value, int digits)
{
    for (int i = digits - 1; i >= 0; --i) {
        p[i] = char('0' + value % 10);
        value /= 10;
    }
    p += digits;
}

} // namespace

int timestampUtf8(Timestamp ts, char (&out)[24])
{
    if (ts == 0)
        return 0;
    const qint64 seconds = ts >= 0 ? ts / 1000 : (ts - 999) / 1000;
    qint64 days = seconds / 86400;
    qint64 rest = seconds % 86400;
    if (rest < 0) {
        rest += 86400;
        --days;
    }
    int year = 0, month = 0, day = 0;
    civilFromDays(days, &year, &month, &day);
    if (year < 0 || year > 9999)
        return 0;
    char *p = out;
    put(p, year, 4);
    *p++ = '-';
    put(p, month, 2);
    *p++ = '-';
    put(p, day, 2);
    *p++ = ' ';
    put(p, int(rest / 3600), 2);
    *p++ = ':';
    put(p, int(rest / 60 % 60), 2);
    return int(p - out);
}

QString timestamp(Timestamp ts)
{
    char buffer[24];
    const int n = timestampUtf8(ts, buffer);
    return QString::fromLatin1(buffer, n);
}

QString identityKind(EntityKind kind)
{
    switch (kind) {
    case EntityKind::User:
        return QCoreApplication::translate("Scimflow::DisplayFormat", "Person");
    case EntityKind::ServiceAccount:
        return QCoreApplication::translate("Scimflow::DisplayFormat", "Service account");
    case EntityKind::Group:
        return QCoreApplication::translate("Scimflow::DisplayFormat", "Role");
    case EntityKind::Job:
        return QCoreApplication::translate("Scimflow::DisplayFormat", "Job");
    case EntityKind::Credential:
        return QCoreApplication::translate("Scimflow::DisplayFormat", "Credential");
    case EntityKind::None:
        break;
    }
    return {};
}

QString credentialKind(CredentialRow::Kind kind)
{
    switch (kind) {
    case CredentialRow::Kind::ServiceAccount:
        return QCoreApplication::translate("Scimflow::DisplayFormat", "GCP service account");
    case CredentialRow::Kind::UserManagedKey:
        return QCoreApplication::translate("Scimflow::DisplayFormat", "GCP user-managed key");
    case CredentialRow::Kind::SystemManagedKey:
        return QCoreApplication::translate("Scimflow::DisplayFormat", "GCP system-managed key");
    case CredentialRow::Kind::Token:
        return QCoreApplication::translate("Scimflow::DisplayFormat", "GitHub fine-grained token");
    }
    return {};
}

QString credentialStatus(const CredentialRow &row)
{
    if (row.disabled)
        return QCoreApplication::translate("Scimflow::DisplayFormat", "Disabled");
    if (row.expired)
        return QCoreApplication::translate("Scimflow::DisplayFormat", "Expired");
    return QCoreApplication::translate("Scimflow::DisplayFormat", "Active");
}

QString day(Timestamp ts)
{
    return timestamp(ts).left(10);
}

QString identityStatus(IdentityRow::Status status)
{
    switch (status) {
    case IdentityRow::Status::Active:
        return QCoreApplication::translate("Scimflow::DisplayFormat", "Active");
    case IdentityRow::Status::Inactive:
        return QCoreApplication::translate("Scimflow::DisplayFormat", "Inactive");
    case IdentityRow::Status::Deleted:
        return QCoreApplication::translate("Scimflow::DisplayFormat", "Deleted");
    }
    return {};
}

QString jobState(quint8 state)
{
    switch (Job::State(state)) {
    case Job::State::Pending:
        return QCoreApplication::translate("Scimflow::DisplayFormat", "Pending");
    case Job::State::Running:
        return QCoreApplication::translate("Scimflow::DisplayFormat", "Running");
    case Job::State::Succeeded:
        return QCoreApplication::translate("Scimflow::DisplayFormat", "Succeeded");
    case Job::State::Failed:
        return QCoreApplication::translate("Scimflow::DisplayFormat", "Failed");
    case Job::State::Cancelled:
        return QCoreApplication::translate("Scimflow::DisplayFormat", "Cancelled");
    case Job::State::Unknown:
        break;
    }
    return QCoreApplication::translate("Scimflow::DisplayFormat", "Unknown");
}

QString yesNo(bool value)
{
    return value ? QCoreApplication::translate("Scimflow::DisplayFormat", "Yes") : QString();
}

} // namespace Scimflow::DisplayFormat
