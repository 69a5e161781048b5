# Drift analysis over the large scenario: bench_drift [/tmp/large.db]
add_executable(bench_drift ${CMAKE_CURRENT_LIST_DIR}/bench_drift.cpp)
target_link_libraries(bench_drift PRIVATE scimflow_drift scimflow_store Qt6::Core)
