# bench_views: the whole console on the large scenario (run by ./bench.sh views).
add_executable(bench_views bench_views.cpp benchresult.h)
target_link_libraries(bench_views PRIVATE scimflow_console scimflow_views scimflow_itemmodels scimflow_store Qt6::Test)
add_dependencies(bench_views scimflow)
target_compile_definitions(bench_views PRIVATE SCIMFLOW_BINARY="$<TARGET_FILE:scimflow>")
