"""Heavy, shared objects (spaCy model, gazetteer, lexicons), built once and injectable by tests.

Stages fetch what they need from the :class:`Resources` a pipeline was built with; domain packages
never fetch anything: they receive the objects as arguments.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")


class Resources:
    """A cache of heavy, shared objects, created on first use and injectable by tests.

    >>> res = Resources(nlp=my_small_nlp)   # inject
    >>> res.get("nlp", load_model)          # returns the injected object
    """

    def __init__(self, **provided: Any) -> None:
        self._cache: dict[str, Any] = dict(provided)

    def get(self, key: str, factory: Callable[[], T]) -> T:
        if key not in self._cache:
            self._cache[key] = factory()
        value: T = self._cache[key]
        return value

    def provide(self, key: str, value: Any) -> None:
        self._cache[key] = value

    def __contains__(self, key: str) -> bool:
        return key in self._cache
