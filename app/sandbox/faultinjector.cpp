#include "faultinjector.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace Scimflow {

namespace {
bool isListKind(Fault::Kind k)
{
    return k == Fault::Kind::LyingTotal || k == Fault::Kind::TotalChanges ||
           k == Fault::Kind::IgnoreStartIndex || k == Fault::Kind::DuplicateIds;
}
} // namespace

Result<Fault> Fault::parse(const QString &input)
{
    Fault f;
    QString text = input.trimmed().toLower();
    const int at = text.indexOf(QLatin1Char('@'));
    if (at >= 0) {
        f.pathContains = input.trimmed().mid(at + 1);
        text = text.left(at);
    }
    static const QRegularExpression repeat(QStringLiteral("x(\\d+)$"));
    const QRegularExpressionMatch m = repeat.match(text);
    if (m.hasMatch()) {
        const int n = m.captured(1).toInt();
        f.times = n == 0 ? -1 : n;
        text.chop(m.capturedLength());
    }
    QString arg;
    const int colon = text.indexOf(QLatin1Char(':'));
    if (colon >= 0) {
        arg = text.mid(colon + 1);
        text = text.left(colon);
    }
    static const QHash<QString, Kind> names{
        {QStringLiteral("429"), Kind::RateLimit},
        {QStringLiteral("429-okta"), Kind::RateLimitOkta},
        {QStringLiteral("429-github"), Kind::RateLimitGithub},
        {QStringLiteral("expired-token"), Kind::ExpiredToken},
        {QStringLiteral("slow"), Kind::Slow},
        {QStringLiteral("truncated"), Kind::Truncated},
        {QStringLiteral("reset"), Kind::ConnectionReset},
        {QStringLiteral("malformed"), Kind::Malformed},
        {QStringLiteral("wrong-shape"), Kind::WrongShape},
        {QStringLiteral("content-type"), Kind::WrongContentType},
        {QStringLiteral("huge"), Kind::Huge},
        {QStringLiteral("lying-total"), Kind::LyingTotal},
        {QStringLiteral("total-changes"), Kind::TotalChanges},
        {QStringLiteral("ignore-start-index"), Kind::IgnoreStartIndex},
        {QStringLiteral("duplicates"), Kind::DuplicateIds},
    };
    bool numeric = false;
    const int status = text.toInt(&numeric);
    if (names.contains(text)) {
        f.kind = names.value(text);
    } else if (numeric && status >= 400 && status < 600) {
        f.kind = Kind::Status;
        f.status = status;
    } else {
        return Error::make(Error::Kind::InvalidInput,
                           QCoreApplication::translate("Scimflow::FaultInjector", "Unknown fault \"%1\". %2")
                               .arg(input, syntaxHelp()));
    }
    if (f.kind == Kind::Slow)
        f.delayMs = arg.isEmpty() ? 5000 : arg.toInt();
    if (f.kind == Kind::RateLimit && !arg.isEmpty())
        f.retryAfterSeconds = arg.toInt();
    if (f.kind == Kind::Huge && !arg.isEmpty())
        f.bytes = arg.toLongLong();
    if (isListKind(f.kind) && !m.hasMatch())
        f.times = -1;
    return f;
}

QString Fault::syntaxHelp()
{
    return QStringLiteral(
        "Faults: 403|404|409|412|500|502|503 (any 4xx/5xx status), 429[:seconds], 429-okta, 429-github, "
        "expired-token, slow[:ms], truncated, reset, malformed, wrong-shape, content-type, "
        "huge[:bytes], lying-total, total-changes, ignore-start-index, duplicates; append xN "
        "to repeat (x0 = always) and @/path to restrict, e.g. 503x3@/Users.");
}

std::optional<Fault> FaultInjector::take(const QString &path)
{
    for (int i = 0; i < m_faults.size(); ++i) {
        Fault &f = m_faults[i];
        if (isListKind(f.kind) || !path.contains(f.pathContains))
            continue;
        if (f.skip > 0) {
            --f.skip;
            continue;
        }
        const Fault out = f;
        if (f.times > 0 && --f.times == 0)
            m_faults.removeAt(i);
        return out;
    }
    return std::nullopt;
}

bool FaultInjector::takeKind(Fault::Kind kind, const QString &path)
{
    for (int i = 0; i < m_faults.size(); ++i) {
        Fault &f = m_faults[i];
        if (f.kind != kind || !path.contains(f.pathContains))
            continue;
        if (f.skip > 0) {
            --f.skip;
            continue;
        }
        if (f.times > 0 && --f.times == 0)
            m_faults.removeAt(i);
        return true;
    }
    return false;
}

} // namespace Scimflow
