# bench_timeline: wheel zoom and drag pan on the large scenario (run by ./bench.sh timeline).
add_executable(bench_timeline ${CMAKE_CURRENT_LIST_DIR}/bench_timeline.cpp)
target_link_libraries(bench_timeline PRIVATE scimflow_timelineview scimflow_store)
