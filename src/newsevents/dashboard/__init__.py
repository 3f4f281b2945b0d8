"""The analyst's dashboard served at ``/`` by ``newsevents serve``: a timeline, a map, an actor network,
an event table and the evidence of each event, drawn in the browser from vendored npm packages
(``static/vendor``, built by ``dashboard/vendor.mjs``) with nothing fetched from the network."""

from __future__ import annotations

from pathlib import Path

#: The page, its script and style, and the vendored packages with their licences.
STATIC_DIR = Path(__file__).parent / "static"
