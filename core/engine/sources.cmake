# Sources of core/engine (plans steps, runs them on worker threads, progress, pause, resume, verification), added to cutover_core.
target_sources(cutover_core PRIVATE
    engine/progresstracker.h engine/progresstracker.cpp
    engine/step.h engine/step.cpp
    engine/destinationcontents.h engine/destinationcontents.cpp
    engine/migrationrunner.h engine/migrationrunner.cpp
    engine/verifier.h engine/verifier.cpp
    engine/foreignkeycheck.h engine/foreignkeycheck.cpp
    engine/integritycheck.h engine/integritycheck.cpp)
