# Tests of core/connection and the check command.
