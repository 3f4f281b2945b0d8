"""The gazetteer as a shared resource: read from its index file once per set of user files, used by
several stages."""

from __future__ import annotations

from pathlib import Path

from newsevents.places.gazetteer import Gazetteer
from newsevents.places.gazetteer_file import cached_gazetteer
from newsevents.resources import Resources
from newsevents.settings import GazetteerSettings


def shared_gazetteer(resources: Resources, settings: GazetteerSettings) -> Gazetteer:
    """The gazetteer with the user's files of ``[gazetteer]``, loaded once per resources and files."""
    paths = [*settings.extra_gazetteers, *(f"spellings:{p}" for p in settings.extra_spellings)]
    key = "gazetteer" if not paths else "gazetteer+" + "|".join(paths)
    return resources.get(
        key,
        lambda: cached_gazetteer(
            [Path(p) for p in settings.extra_gazetteers], [Path(p) for p in settings.extra_spellings]
        ),
    )
