# Sources of core/delta, added to cutover_core.
target_sources(cutover_core PRIVATE
    delta/captureplan.h delta/captureplan.cpp
    delta/deltacapture.h delta/deltacapture.cpp
    delta/changelogreader.h delta/changelogreader.cpp
    delta/tableapplier.h delta/tableapplier.cpp
    delta/stepappliers.h delta/stepappliers.cpp
    delta/dependentrefresher.h delta/dependentrefresher.cpp
    delta/deltaapplier.h delta/deltaapplier.cpp
    delta/deltasync.h delta/deltasync.cpp)
