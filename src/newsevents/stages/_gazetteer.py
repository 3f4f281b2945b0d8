"""The gazetteer as a shared resource: built once per set of user files, used by several stages."""

from __future__ import annotations

from newsevents.places.gazetteer import Gazetteer, GazetteerFiles, build_gazetteer
from newsevents.resources import Resources

#: Resources key under which the places stage records the user gazetteer files it was configured
#: with, so that later stages (event_locations) resolve against the same gazetteer.
EXTRA_FILES_KEY = "gazetteer.extra_files"


def shared_gazetteer(resources: Resources, files: GazetteerFiles | None = None) -> Gazetteer:
    """The process-wide gazetteer with the user's files; ``None`` means those the places stage uses."""
    if files is None:
        files = resources.get(EXTRA_FILES_KEY, GazetteerFiles)
    paths = [*files.regions, *(f"spellings:{p}" for p in files.spellings)]
    key = "gazetteer" if not paths else "gazetteer+" + "|".join(paths)
    return resources.get(key, lambda: build_gazetteer(files.regions, files.spellings))
