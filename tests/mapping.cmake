# Tests of core/mapping.
cutover_add_test(tst_phpserialize SOURCES tst_phpserialize.cpp TIMEOUT 60)
cutover_add_test(tst_mapping SOURCES tst_mapping.cpp TIMEOUT 60)
cutover_add_test(tst_handlers SOURCES tst_handlers.cpp TIMEOUT 60)
cutover_add_test(tst_defaultmapping SOURCES tst_defaultmapping.cpp LABELS db TIMEOUT 600)
target_compile_definitions(tst_defaultmapping PRIVATE CUTOVER_CLI_PATH="$<TARGET_FILE:cutover-cli>")
add_dependencies(tst_defaultmapping cutover-cli)
