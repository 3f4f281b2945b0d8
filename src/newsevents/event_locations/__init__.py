"""Where each event happened, read from the syntax of its own clause (the event_locations stage)."""

from newsevents.event_locations.locate import locate, locate_events

__all__ = ["locate", "locate_events"]
