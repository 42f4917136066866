# Tests of the migration engine (copy, engine, steps, report) and the migrate/verify commands.
cutover_add_test(tst_copy SOURCES tst_copy.cpp LABELS db TIMEOUT 600)
cutover_add_test(tst_mapstep SOURCES tst_mapstep.cpp LABELS db TIMEOUT 600)
cutover_add_test(tst_verify SOURCES tst_verify.cpp LABELS db TIMEOUT 900)
cutover_add_test(tst_migratecli SOURCES tst_migratecli.cpp LABELS db TIMEOUT 900)
target_compile_definitions(tst_migratecli PRIVATE CUTOVER_CLI_PATH="$<TARGET_FILE:cutover-cli>")
add_dependencies(tst_migratecli cutover-cli)
