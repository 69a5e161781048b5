# bench_drift: the drift analysis of the large scenario (run by ./bench.sh drift).
add_executable(bench_drift ${CMAKE_CURRENT_LIST_DIR}/bench_drift.cpp)
target_link_libraries(bench_drift PRIVATE scimflow_drift scimflow_store Qt6::Core)
