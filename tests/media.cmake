# Tests of core/media and the media command.
cutover_add_test(tst_media SOURCES tst_media.cpp LABELS db TIMEOUT 600)
cutover_add_test(tst_media_cli SOURCES tst_media_cli.cpp LABELS db)
target_compile_definitions(tst_media_cli PRIVATE CUTOVER_CLI_PATH="$<TARGET_FILE:cutover-cli>")
add_dependencies(tst_media_cli cutover-cli)
cutover_add_test(tst_mediapage SOURCES tst_mediapage.cpp LIBRARIES cutover_wizard LABELS db)
