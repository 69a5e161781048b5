# bench_reports: the access-review report of the large scenario as PDF and CSV (run by ./bench.sh reports).
add_executable(bench_reports ${CMAKE_CURRENT_LIST_DIR}/bench_reports.cpp)
target_link_libraries(bench_reports PRIVATE scimflow_reports scimflow_store Qt6::Gui)
