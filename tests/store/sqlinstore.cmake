# Fails when a source file under ROOT's app/, models/ or views/ but outside models/store runs SQL itself:
# includes the QtSql classes that run statements or read results, or the store's raw SQLite readers.
# Passing a QSqlDatabase around as a connection handle is allowed; statements live in models/store.
# Run as: cmake -DROOT=<source folder> -P sqlinstore.cmake
if(NOT IS_DIRECTORY "${ROOT}/models")
    message(FATAL_ERROR "sqlinstore.cmake: ROOT=${ROOT} has no models folder")
endif()
file(GLOB_RECURSE sources "${ROOT}/app/*.cpp" "${ROOT}/app/*.h" "${ROOT}/models/*.cpp" "${ROOT}/models/*.h"
     "${ROOT}/views/*.cpp" "${ROOT}/views/*.h")
set(offenders "")
foreach(source IN LISTS sources)
    string(FIND "${source}" "${ROOT}/models/store/" inStore)
    if(inStore EQUAL 0)
        continue()
    endif()
    file(STRINGS "${source}" includes
         REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"](QtSql/|QtSql[>\"]|QSql(Query|Error|Record|Driver|Field|Result|QueryModel|TableModel)[>\"]|bulkstatement\\.h\"|sqlitestatement\\.h\")")
    foreach(line IN LISTS includes)
        string(STRIP "${line}" line)
        list(APPEND offenders "${source}: ${line}")
    endforeach()
endforeach()
if(offenders)
    list(JOIN offenders "\n  " text)
    message(FATAL_ERROR "SQL outside models/store: move the statement into a repository or query class there:\n  ${text}")
endif()
list(LENGTH sources count)
message(STATUS "${count} files outside models/store, none runs SQL")
