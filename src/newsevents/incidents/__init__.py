"""Incidents: the reports of one real-world event, across articles and outlets, grouped into one.

Derived data: :func:`group_incidents` is a pure function of stored event rows, and the store
rebuilds its ``incidents`` tables from the events whenever they change (``Store.merge_incidents``).
"""

from __future__ import annotations

from newsevents.incidents.cluster import Incident, Member, group_incidents, group_reports
from newsevents.incidents.reports import Report, report_of

__all__ = ["Incident", "Member", "Report", "group_incidents", "group_reports", "report_of"]
