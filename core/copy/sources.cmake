# Sources of core/copy (keyset reads, transforms, batched writes, resume points), added to cutover_core.
target_sources(cutover_core PRIVATE
    copy/runcontrol.h
    copy/copyledger.h copy/copyledger.cpp
    copy/tablecopier.h copy/tablecopier.cpp)
