# Sources of core/media, added to cutover_core.
target_sources(cutover_core PRIVATE
    media/mediarules.h media/mediarules.cpp
    media/mediareferences.h media/mediareferences.cpp
    media/mediacopier.h media/mediacopier.cpp)
