# Timeline redraw (issue 6): bench_timeline [--db FILE] [--steps N], offscreen.
add_executable(bench_timeline ${CMAKE_CURRENT_LIST_DIR}/bench_timeline.cpp)
target_link_libraries(bench_timeline PRIVATE scimflow_timelineview scimflow_store)
