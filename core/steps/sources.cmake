# Sources of core/steps (the Magento knowledge: settings, map; later EAV, catalog, customers...), added to cutover_core.
target_sources(cutover_core PRIVATE
    steps/sourcehandlercontext.h steps/sourcehandlercontext.cpp
    steps/mappedtable.h steps/mappedtable.cpp
    steps/attributemap.h steps/attributemap.cpp
    steps/mapstep.h steps/mapstep.cpp
    steps/settingsstep.h steps/settingsstep.cpp)
