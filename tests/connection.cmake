# Tests of core/connection and the check command.
cutover_add_test(tst_connectionprobe SOURCES tst_connectionprobe.cpp LABELS db)
cutover_add_test(tst_checkcommand SOURCES tst_checkcommand.cpp LABELS db)
target_compile_definitions(tst_checkcommand PRIVATE CUTOVER_CLI_PATH="$<TARGET_FILE:cutover-cli>")
add_dependencies(tst_checkcommand cutover-cli)
