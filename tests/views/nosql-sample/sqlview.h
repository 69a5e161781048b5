#pragma once

// What the views_no_sql check must reject: a view that queries the database itself.
#include <QSqlQuery>
