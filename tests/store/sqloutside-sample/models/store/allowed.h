#pragma once

#include <QSqlQuery>
