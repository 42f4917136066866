# Sources of core/steps (the Magento knowledge: settings, map; later EAV, catalog, customers...), added to cutover_core.
target_sources(cutover_core PRIVATE
    steps/sourcehandlercontext.h steps/sourcehandlercontext.cpp
    steps/mappedtable.h steps/mappedtable.cpp
    steps/attributemap.h steps/attributemap.cpp
    steps/eavstep.h steps/eavstep.cpp steps/catalogstep.h steps/catalogstep.cpp
    steps/customerstep.h steps/customerstep.cpp
    steps/mapstep.h steps/mapstep.cpp
    steps/salesgridsstep.h steps/salesgridsstep.cpp steps/salesincrementstep.h steps/salesincrementstep.cpp steps/ratingsstep.h steps/ratingsstep.cpp
    steps/inventorystep.h steps/inventorystep.cpp steps/logstep.h steps/logstep.cpp
    steps/steplist.h steps/steplist.cpp steps/optionalareas.h steps/optionalareas.cpp
    steps/urlrewritestep.h steps/urlrewritestep.cpp
    steps/tierpricestep.h steps/tierpricestep.cpp steps/configurablepricesstep.h steps/configurablepricesstep.cpp
    steps/settingsstep.h steps/settingsstep.cpp)
