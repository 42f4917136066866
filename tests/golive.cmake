# Tests of core/golive (reindex, cache warm-up) and their commands.
cutover_add_test(tst_reindex SOURCES tst_reindex.cpp LIBRARIES Qt6::Network TIMEOUT 300)
cutover_add_test(tst_cachewarmer SOURCES tst_cachewarmer.cpp LIBRARIES Qt6::Network LABELS db TIMEOUT 300)
foreach(_test tst_reindex tst_cachewarmer)
    target_compile_definitions(${_test} PRIVATE CUTOVER_CLI_PATH="$<TARGET_FILE:cutover-cli>")
    add_dependencies(${_test} cutover-cli)
endforeach()
cutover_add_test(tst_golivechecklist SOURCES tst_golivechecklist.cpp LIBRARIES Qt6::Network LABELS db TIMEOUT 300)
