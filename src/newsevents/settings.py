"""Typed settings: each stage declares its config section once, as a frozen dataclass with defaults.

A TOML section becomes an instance of that dataclass when the pipeline is built, so a misspelt key
(E203) or a value of the wrong type (E204) stops the run at once, naming the key, instead of failing
every article. ``default_config.toml`` is checked against these declarations by a test.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Mapping
from typing import Any, TypeVar

from newsevents.errors import NewsEventsError

T = TypeVar("T")


@dataclasses.dataclass(frozen=True)
class NoSettings:
    """The settings of a stage that has none."""


def settings_from(cls: type[T], values: Mapping[str, Any], section: str) -> T:
    """``values`` (one TOML section) as an instance of the settings dataclass ``cls``.

    Lists become tuples so that settings are hashable and can key cached resources.
    """
    hints = typing.get_type_hints(cls)
    fields = {f.name for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
    kwargs: dict[str, Any] = {}
    for key, value in values.items():
        dotted = f"{section}.{key}" if section else key
        if key not in fields:
            raise NewsEventsError("E203", key=dotted, known=", ".join(sorted(fields)) or "none")
        kwargs[key] = _checked(value, hints[key], dotted)
    return cls(**kwargs)


def settings_defaults(cls: type[Any]) -> dict[str, Any]:
    """The defaults of a settings dataclass as TOML values (tuples as lists)."""
    out: dict[str, Any] = {}
    for f in dataclasses.fields(cls):
        # every settings field has a plain default: settings are flat TOML values
        value = f.default
        out[f.name] = list(value) if isinstance(value, tuple) else value
    return out


def _checked(value: Any, hint: Any, key: str) -> Any:
    origin = typing.get_origin(hint)
    if origin is tuple:
        item = typing.get_args(hint)[0]
        if isinstance(value, list | tuple):
            return tuple(_checked(v, item, f"{key}[{i}]") for i, v in enumerate(value))
        raise _wrong(key, f"a list of {_name(item)}", value)
    if origin in (typing.Union, types.UnionType):
        options = typing.get_args(hint)
        if value is None and type(None) in options:
            return None
        return _checked(value, next(o for o in options if o is not type(None)), key)
    if hint is bool:
        if isinstance(value, bool):
            return value
    elif hint is int:
        if isinstance(value, int) and not isinstance(value, bool):
            return value
    elif hint is float:
        if isinstance(value, int | float) and not isinstance(value, bool):
            return float(value)
    elif hint is str:
        if isinstance(value, str):
            return value
    else:
        raise TypeError(f"settings field {key} has an unsupported type {hint!r}")
    raise _wrong(key, _name(hint), value)


def _name(hint: Any) -> str:
    return {bool: "true or false", int: "a whole number", float: "a number", str: "a string"}.get(
        hint, str(hint)
    )


def _wrong(key: str, expected: str, value: Any) -> NewsEventsError:
    return NewsEventsError("E204", key=key, expected=expected, value=value)


@dataclasses.dataclass(frozen=True)
class GazetteerSettings:
    """``[gazetteer]``: the user's own places, used by every stage that resolves a place name."""

    extra_gazetteers: tuple[str, ...] = ()  # TSV files with the columns of knowledge/places/regions.tsv
    extra_spellings: tuple[str, ...] = ()  # TSV files with the columns of knowledge/places/spellings.tsv


@dataclasses.dataclass(frozen=True)
class IngestSettings:
    """``[ingest]``: how ``ingest`` and ``extract`` read their input unless the command line says."""

    max_chars: int = 1_000_000  # items longer than this become failures (E105)
    encoding: str = "utf-8"  # of every file and of standard input
    glob: str = "**/*"  # files of a directory to read, relative to it


@dataclasses.dataclass(frozen=True)
class SharedSettings:
    """Sections of the config that configure resources several stages share."""

    gazetteer: GazetteerSettings = GazetteerSettings()
    ingest: IngestSettings = IngestSettings()

    @classmethod
    def from_config(cls, config: Mapping[str, Any]) -> SharedSettings:
        return cls(
            gazetteer=settings_from(GazetteerSettings, config.get("gazetteer", {}), "gazetteer"),
            ingest=settings_from(IngestSettings, config.get("ingest", {}), "ingest"),
        )
