# Sources of core/report (the report tree of a run), added to cutover_core.
target_sources(cutover_core PRIVATE report/runreport.h report/runreport.cpp)
