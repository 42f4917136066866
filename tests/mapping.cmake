# Tests of core/mapping.
cutover_add_test(tst_phpserialize SOURCES tst_phpserialize.cpp TIMEOUT 60)
cutover_add_test(tst_mapping SOURCES tst_mapping.cpp TIMEOUT 60)
cutover_add_test(tst_handlers SOURCES tst_handlers.cpp TIMEOUT 60)
