# bench_views: the linked console on the large scenario (not a CTest test; run it and read the figures).
add_executable(bench_views bench_views.cpp)
target_link_libraries(bench_views PRIVATE scimflow_views scimflow_itemmodels scimflow_store Qt6::Test)
add_dependencies(bench_views scimflow)
target_compile_definitions(bench_views PRIVATE SCIMFLOW_BINARY="$<TARGET_FILE:scimflow>")
