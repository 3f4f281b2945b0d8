"""The `newsevents` command: a thin shell over the library."""
