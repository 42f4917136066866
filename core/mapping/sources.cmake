# Sources of core/mapping (the Data Migration Tool configuration and the rules model), added to cutover_core.
target_sources(cutover_core PRIVATE
    mapping/phpserialize.h mapping/phpserialize.cpp
    mapping/dmtxml.h mapping/dmtxml.cpp
    mapping/mapconfig.h mapping/mapconfig.cpp
    mapping/settingsconfig.h mapping/settingsconfig.cpp
    mapping/groupsconfig.h mapping/groupsconfig.cpp
    mapping/classmap.h mapping/classmap.cpp
    mapping/dmtconfig.h mapping/dmtconfig.cpp
    mapping/cryptkeys.h mapping/cryptkeys.cpp
    mapping/handlers.h mapping/handlers.cpp
    mapping/recordtransformer.h mapping/recordtransformer.cpp
)
# libxml2 validates the tool's files against their XSDs (Qt 6 has no XSD validator).
find_package(LibXml2 REQUIRED)
target_link_libraries(cutover_core PRIVATE LibXml2::LibXml2)
