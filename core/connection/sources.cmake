# Sources of core/connection (connection probe and pre-flight findings), added to cutover_core.
target_sources(cutover_core PRIVATE)
