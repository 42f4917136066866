# Sources of core/mapping (the Data Migration Tool configuration and the rules model), added to cutover_core.
target_sources(cutover_core PRIVATE)
