#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <limits>

namespace Scimflow::Sql {

/// The few SQL forms that differ between SQLite and PostgreSQL, for statements written once for both.
/// Everything else the store runs is written in their common dialect: ON CONFLICT DO NOTHING rather than
/// INSERT OR IGNORE, RETURNING rather than lastInsertId(), IS NOT DISTINCT FROM rather than IS, an alias on
/// every subquery in FROM, CASE rather than a boolean summed or compared with a number, every selected column
/// grouped or aggregated.
///
/// One behaviour differs too: on PostgreSQL a forward-only QSqlQuery streams its rows, and its connection
/// runs no other statement until they are all read. A query that runs others inside its loop is not
/// forward-only there.

bool isPostgres(const QSqlDatabase &db);

/// \a expr compared or sorted case-insensitively (ASCII): `expr COLLATE NOCASE` on SQLite (which uses the
/// NOCASE indexes), lower(expr) on PostgreSQL (which uses the lower() indexes).
QString nocase(const QSqlDatabase &db, const QString &expr);
/// `a = b`, case-insensitively.
QString equalsNocase(const QSqlDatabase &db, const QString &a, const QString &b);
/// The values of \a expr in a group joined by \a separator (group_concat, string_agg).
QString groupConcat(const QSqlDatabase &db, const QString &expr, const QString &separator);
/// The larger of two values (SQLite's two-argument max(), PostgreSQL's greatest()).
QString greatest(const QSqlDatabase &db, const QString &a, const QString &b);
/// A join that SQLite must run in the order written (CROSS JOIN is its planner hint; with an ON clause it
/// is an inner join). PostgreSQL plans the order itself and allows no ON after CROSS JOIN.
QString joinInOrder(const QSqlDatabase &db);

/// Row ids \a from to \a from + \a count (at most) as the literal list of an "IN (...)": the same text on
/// both engines, and no bound value per id.
QString idList(const QList<qint64> &ids, qsizetype from = 0,
               qsizetype count = std::numeric_limits<qsizetype>::max());

} // namespace Scimflow::Sql
