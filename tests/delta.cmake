# Tests of core/delta and the delta command.
cutover_add_test(tst_delta SOURCES tst_delta.cpp LABELS db)
cutover_add_test(tst_deltacommand SOURCES tst_deltacommand.cpp LABELS db)
target_compile_definitions(tst_deltacommand PRIVATE CUTOVER_CLI_PATH="$<TARGET_FILE:cutover-cli>")
add_dependencies(tst_deltacommand cutover-cli)
cutover_add_test(tst_deltaapply SOURCES tst_deltaapply.cpp LABELS db TIMEOUT 900)
target_compile_definitions(tst_deltaapply PRIVATE CUTOVER_CLI_PATH="$<TARGET_FILE:cutover-cli>")
add_dependencies(tst_deltaapply cutover-cli)
cutover_add_test(tst_deltapage SOURCES tst_deltapage.cpp LIBRARIES cutover_wizard LABELS db)
