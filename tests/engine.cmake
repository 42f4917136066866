# Tests of the migration engine (copy, engine, steps, report) and the migrate/verify commands.
cutover_add_test(tst_copy SOURCES tst_copy.cpp LABELS db TIMEOUT 600)
cutover_add_test(tst_mapstep SOURCES tst_mapstep.cpp LABELS db TIMEOUT 600)
