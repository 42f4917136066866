# Tests of core/mapping.
