"""The bundled example articles (see README.md beside this file), shipped as package data.

They live inside the package, not beside it, so that ``newsevents demo`` finds them in an installed,
non-editable copy too; the golden tests, the gold checker and the benchmarks read the same files.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

#: The folder of ``NN_slug.input.json`` articles and their ``NN_slug.gold.json`` gold files.
FOLDER = Path(str(resources.files(__name__)))
