"""Normalise recognised candidates to TIMEX3 values, in text order, against an anchor date.

The state and shared helpers are in :mod:`resolve_base`; the handlers of each family of rules in
:mod:`resolve_dates`, :mod:`resolve_relative` and :mod:`resolve_extents`.
"""

from __future__ import annotations

from newsevents.times.resolve_base import Resolution
from newsevents.times.resolve_dates import DateRules
from newsevents.times.resolve_extents import ExtentRules
from newsevents.times.resolve_relative import RelativeRules

__all__ = ["Resolution", "Resolver"]


class Resolver(DateRules, RelativeRules, ExtentRules):
    """Resolves one document's candidates in order; keeps the reference day and quarter it has seen."""
