# Sources of core/report (the report tree of a run, and the migration report exported as HTML and PDF), added to
# cutover_core.
target_sources(cutover_core PRIVATE report/runreport.h report/runreport.cpp report/migrationreport.h
    report/migrationreport.cpp)
