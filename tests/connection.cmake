# Tests of core/connection and the check command.
cutover_add_test(tst_connectionprobe SOURCES tst_connectionprobe.cpp LABELS db)
cutover_add_test(tst_checkcommand SOURCES tst_checkcommand.cpp LABELS db)
target_compile_definitions(tst_checkcommand PRIVATE CUTOVER_CLI_PATH="$<TARGET_FILE:cutover-cli>")
add_dependencies(tst_checkcommand cutover-cli)
cutover_add_test(tst_preflight SOURCES tst_preflight.cpp LABELS db)
# The Connections and Pre-flight pages in a real wizard, and the no-password-on-disk check across wizard and CLI.
cutover_add_test(tst_connectionspage SOURCES tst_connectionspage.cpp LIBRARIES cutover_wizard cutover_appcommon
    LABELS db TIMEOUT 400)
target_compile_definitions(tst_connectionspage PRIVATE CUTOVER_CLI_PATH="$<TARGET_FILE:cutover-cli>")
add_dependencies(tst_connectionspage cutover-cli)
cutover_add_test(tst_tls SOURCES tst_tls.cpp LABELS db)
cutover_add_test(tst_wizardresume SOURCES tst_wizardresume.cpp LIBRARIES cutover_wizard LABELS db TIMEOUT 300)
