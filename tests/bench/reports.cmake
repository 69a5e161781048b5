# bench_reports: the access-review PDF (and other formats) for the large scenario (not a CTest test).
add_executable(bench_reports ${CMAKE_CURRENT_LIST_DIR}/bench_reports.cpp)
target_link_libraries(bench_reports PRIVATE scimflow_reports scimflow_scenario scimflow_store Qt6::Gui)
