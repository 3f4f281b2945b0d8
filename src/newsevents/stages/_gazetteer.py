"""The gazetteer as a shared resource: built once per set of user files, used by several stages."""

from __future__ import annotations

from newsevents.places.gazetteer import Gazetteer, build_gazetteer
from newsevents.resources import Resources
from newsevents.settings import GazetteerSettings


def shared_gazetteer(resources: Resources, settings: GazetteerSettings) -> Gazetteer:
    """The gazetteer with the user's files of ``[gazetteer]``, built once per resources and files."""
    paths = [*settings.extra_gazetteers, *(f"spellings:{p}" for p in settings.extra_spellings)]
    key = "gazetteer" if not paths else "gazetteer+" + "|".join(paths)
    return resources.get(key, lambda: build_gazetteer(settings.extra_gazetteers, settings.extra_spellings))
