"""A date for every event, from the time expressions around its trigger (the event_dates stage)."""

from newsevents.event_dates.dating import date_events

__all__ = ["date_events"]
