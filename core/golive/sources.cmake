# Sources of core/golive (reindex, cache warm-up, the go-live checklist), added to cutover_core.
target_sources(cutover_core PRIVATE
    golive/reindexrunner.h golive/reindexrunner.cpp
    golive/cachewarmer.h golive/cachewarmer.cpp
    golive/golivechecklist.h golive/golivechecklist.cpp)
