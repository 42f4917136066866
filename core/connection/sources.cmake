# Sources of core/connection (connection probe and pre-flight findings), added to cutover_core.
target_sources(cutover_core PRIVATE
    connection/probefinding.h connection/probefinding.cpp
    connection/grants.h connection/grants.cpp
    connection/magentoinstall.h connection/magentoinstall.cpp
    connection/connectionprobe.h connection/connectionprobe.cpp
    connection/preflight.h connection/preflight.cpp)
